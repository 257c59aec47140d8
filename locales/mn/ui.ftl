# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: хичээл бүрийн эргэн тойронд програм өөрөө харуулдаг үгс.
# Хянагчид: хүүхдэд «чи» гэж ханддаг; насанд хүрэгчдэд (багш, зохиогч) зориулсан мөрүүдэд «та».
# { $хаалт } доторх хувьсагчдыг програм бөглөнө; тэдгээрийг өөрчлөхгүй. Тоо нь 0-9 цифрээр.

-brand = ChatWise

## Хичээлийн явц

ui-continue = Үргэлжлүүлэх
ui-back = Буцах
ui-step-of = Алхам { $current } / { $total }
ui-lesson-finished = Чи хичээлийн төгсгөлд хүрлээ.

## Эмзэг сэдэвтэй хичээлийн өмнө

ui-content-note-title = Эхлэхээсээ өмнө
ui-content-note-stop = Чи хүссэн үедээ зогсоож болно. «Тусламж» болон «Яаралтай гарах» товч дэлгэцийн дээд хэсэгт үргэлж байдаг (эсвэл Shift товчийг гурван удаа дар).
ui-start-lesson = Эхлэх
ui-choose-another = Өөр хичээл сонгох

## Дадлагын чат

ui-practice-chat = Дадлагын чат
ui-chat-prompt = Чи юу гэж хариулах вэ?
ui-typing = { $name } бичиж байна
ui-chat-you = Чи
ui-chat-said = { $name }: { $text }
ui-you-tried = Чи үүнийг оролдсон
ui-try-another = Өөр хариулт оролдох

## Хариу үнэлгээний гарчиг

ui-feedback-safe = Сайн бодсон байна
ui-feedback-risky = Дахиад бодоод үзье
ui-feedback-neutral = Бодох зүйл байна

## Сорил

ui-quiz-choose-one = Нэг хариулт сонго.
ui-quiz-choose-many = Тохирох бүх хариултыг сонго.
ui-quiz-check = Шалгах
ui-quiz-hint = Сануулга харах
ui-quiz-try-again = Дахин оролдох
ui-quiz-revealed = Зөв хариулт нь энэ
ui-quiz-correct-option = Тийм
ui-quiz-missed-option = Зөв хариулт
ui-quiz-wrong-option = Яг биш
ui-true = Үнэн
ui-false = Худал

## Карт ангилах

ui-sort-choose-card-first = Эхлээд нэг карт сонго.
ui-sort-put-in = Сонгосон картыг энд хийх:
ui-sort-check = Ангиллаа шалгах
ui-sort-move = Зөөх
ui-sort-selected = Сонгосон
ui-sort-good-place = Зөв байрласан
ui-sort-think-again = Үүнийг дахиад бодоорой
ui-sort-all-right = Бүх карт зөв байрандаа байна.
ui-sort-some-wrong = { $count ->
    [one] Нэг картыг илүү тохирох газар тавьж болно.
   *[other] { $count } картыг илүү тохирох газар тавьж болно.
}
ui-sort-unplaced = { $count ->
    [one] Нэг карт бүлэгт ороогүй байна.
   *[other] { $count } карт бүлэгт ороогүй байна.
}

## Энэ тухай ярилцах

ui-discussion-talk = Энэ тухай ярилцъя
ui-discussion-starters = Яриа эхлүүлэх асуултууд
ui-parent-tip = Эцэг эхэд зөвлөгөө
ui-model-answer = Сайн хариултад юу багтах вэ
ui-notes-for-adults = Насанд хүрэгчдэд зориулсан тэмдэглэл

## Тусламж

ui-help = Тусламж
ui-help-never-your-fault = Энэ хэзээ ч чиний буруу биш.
ui-help-report-person = Хэрэв хэн нэгэн чамаас нүцгэн зураг гуйж, чамайг сүрдүүлж эсвэл шантаажилж байвал чи түүний талаар мэдээлж болно, мөн яг одоо хэн нэгэнтэй ярилцаж болно. «Хаанаас тусламж авах вэ» хэсэг яаж хийхийг харуулна.
ui-help-report-person-young = Хэрэв онлайнд хэн нэгэн чамаас зураг гуйвал, нууц хадгалахыг хүсвэл эсвэл чамайг айлгавал итгэдэг том хүндээ хэл. Тэр чамд мэдээлэхэд тусалж чадна.
ui-help-anonymous = Олон үйлчилгээ нэрээ хэлэхгүйгээр тусламж авах боломж олгодог.
ui-help-trusted-adult = Итгэдэг том хүндээ хэл: аав ээж эсвэл асран хамгаалагч, багш, эсвэл дэргэд нь аюулгүй санагддаг өөр том хүн.
ui-help-do-not-share = 18 нас хүрээгүй хүний бэлгийн шинжтэй зургийг хэзээ ч бусдад дамжуулж, хуваалцаж, скриншот авч болохгүй, мэдээлэх гэж байсан ч. Оронд нь холбоосыг мэдээл.
ui-help-do-not-share-young = Дотуур хувцасны чинь далдалдаг биеийн хэсгүүдийн зургийг хэн ч чамаас гуйх ёсгүй. Хэрэв хэн нэгэн гуйвал, эсвэл ийм зураг харвал итгэдэг том хүндээ хэл.

## Хичээлийн төгсгөл

ui-end-practised = Чиний дадлага хийсэн зүйлс
ui-end-safe-choices = { $count ->
    [0] Чи дадлагын чатыг дуусгалаа.
    [one] Чи дадлагын чатад нэг аюулгүй хариулт сонгосон.
   *[other] Чи дадлагын чатад { $count } аюулгүй хариулт сонгосон.
}

## Хичээлийн мэдээлэл

ui-topic-sexting = Секстинг ба зураг илгээх шахалт
ui-topic-grooming = Онлайнаар уруу татах (грүүминг)
ui-topic-sextortion = Бэлгийн шантааж (сексторшн)
ui-topic-reporting = Онлайн хүчирхийллийг мэдээлэх
ui-audience-class = Анги
ui-audience-family = Гэр бүл
ui-audience-solo = Ганцаараа
ui-ages = { $min }–{ $max } нас
ui-minutes = { $minutes } мин
ui-translation-draft = Урьдчилсан орчуулга, орон нутгийн байгууллагын хяналтыг хүлээж байна.

## Хичээлүүдийн эргэн тойрон дахь програм

ui-app-name = { -brand }
ui-nav-lessons = Хичээлүүд
ui-nav-back = Буцах
ui-nav-settings = Тохиргоо
ui-quick-exit = Яаралтай гарах
ui-quick-exit-hint = Shift ×3

## Эхлэл

ui-start-title = { -brand }-д тавтай морил
ui-start-intro = Онлайнд ирдэг эргэлзээтэй мессежийг таньж сурч, хаанаас тусламж авахаа мэдэж ав. Оноо ч, бүртгэл ч байхгүй, чиний хийсэн юу ч энэ төхөөрөмжөөс гарахгүй.
ui-start-organisation = Бэлтгэсэн: { $organisation }
ui-start-who = Хэн тоглож байна вэ?
ui-start-language = Хэл
ui-start-go = Хичээлүүдийг харах
ui-player-class = Анги, багштайгаа
ui-player-family = Гэр бүл, хамтдаа
ui-player-solo = Би, ганцаараа

## Хичээлийн сан

ui-library-title = Хичээлүүд
ui-filter-topic = Сэдэв
ui-filter-all = Бүгд
ui-filter-length = Хугацаа
ui-filter-short = 20 мин хүртэл
ui-filter-long = Илүү урт
ui-filter-for = Хэнд
ui-filter-age = Нас
ui-filter-age-younger = 11 хүртэл
ui-filter-age-older = 12 ба түүнээс дээш
ui-library-empty = Эдгээр сонголтод тохирох хичээл алга. «Бүгд»-ийг сонгоод үз.
ui-lesson-continue = Үргэлжлүүлэх
ui-lesson-done = Дууссан
ui-lesson-restart = Дахин эхлэх
ui-lesson-talks-about = Юуны тухай:

## Энэ тухай ярилцах

ui-discussion-think = Ганцаараа бод
ui-discussion-pair = Хамтрагчдаа хэл
ui-discussion-share = Бүлэгтэйгээ хуваалц

## Тусламж

ui-help-open = Хаанаас тусламж авах вэ
ui-help-quick-exit-note = «Яаралтай гарах» нь энэ дэлгэцийг шууд нууна, гэхдээ хөтчийн түүхийг устгахгүй.

## Хичээлийн төгсгөл

ui-end-back-to-lessons = Хичээлүүд рүү буцах

## Тохиргоо

ui-settings-title = Тохиргоо
ui-settings-language = Хэл
ui-settings-text-size = Үсгийн хэмжээ
ui-settings-text-smaller = Жижиг үсэг
ui-settings-text-larger = Том үсэг
ui-settings-percent = { $percent }%
ui-settings-high-contrast = Өндөр контраст
ui-settings-reduced-motion = Хөдөлгөөнийг багасгах
ui-settings-who = Хэн тоглож байна
ui-settings-data = Чиний мэдээлэл
ui-settings-data-note = Чиний явц болон тохиргоо зөвхөн энэ төхөөрөмжид хадгалагдана. Юу ч хаашаа ч илгээгдэхгүй.
ui-settings-data-check = Хичээлийн өмнөх ба дараах асуулгад хариулт бүрийг хэдэн удаа сонгосныг л энэ төхөөрөмжид хадгална, хэн сонгосныг хэзээ ч хадгалахгүй. «Явц, тохиргоогоо устгах» товч эдгээр тоог ч устгана.
ui-settings-clear = Явц, тохиргоогоо устгах
ui-settings-accessibility = Хүртээмжийн мэдэгдэл (англиар)
ui-settings-cleared = Чиний явц болон тохиргоо устгагдлаа.
ui-settings-on = Асаалттай
ui-settings-off = Унтраалттай

## Мэдэгдэл

ui-notice-corrupt = Хадгалсан явцыг уншиж чадсангүй. Тиймээс түүнийг тусад нь хадгалж, чи шинээр эхэлж байна.
ui-notice-reload-failed = { $count ->
    [one] Таны сүүлийн засварт нэг алдаа байгаа тул өмнөх хувилбар ажилласаар байна:
   *[other] Таны сүүлийн засварт { $count } алдаа байгаа тул өмнөх хувилбар ажилласаар байна:
}
ui-notice-reloaded = Хичээлүүдийг таны файлуудаас дахин ачааллаа.
ui-notice-dismiss = Хаах
ui-chat-skip = Бүх мессежийг харуулах

## Ангийн горим: проектор дээрх илтгэгчийн харагдац
ui-class-teacher-notes = Багшийн тэмдэглэл
ui-class-notes-show = Багшийн тэмдэглэлийг харуулах
ui-class-notes-hide = Багшийн тэмдэглэлийг нуух
ui-class-planned = Энэ алхамд төлөвлөсөн: { $minutes } мин
ui-class-on-step = Энэ алхам дээр: { $minutes } мин
ui-class-next-key = Анги бэлэн болмогц Page Down эсвэл баруун сум товчоор цааш үргэлжлүүлнэ.
ui-class-reveal = Хариултыг харуулах
ui-class-discuss-first = Эхлээд хосоороо ярилц. Дараа нь бүгд толгойгоо бөхийлгөж, нүдээ аниад, өөрийн илгээх хариулт дээр гараа өргөнө.
ui-class-choose-reply = Анги аль хариултыг сонгосон бэ? Дараа нь юу болохыг харахын тулд түүн дээр дарна уу.
ui-class-hands = { $count ->
    [one] { $count } гар
   *[other] { $count } гар
}
ui-class-hands-more = { $option }: нэг гар нэмэх
ui-class-hands-fewer = { $option }: нэг гар хасах
ui-presenter-open = Багшийн цонхыг нээх
ui-presenter-close = Нэг дэлгэц рүү буцах
ui-presenter-title = Багшийн цонх
ui-presenter-intro = Энэ цонхыг зөвхөн та харна: үүнийг зөөврийн компьютер дээрээ, хичээлийг проектор дээр байрлуулна уу. Тэмдэглэл, цагийн хуваарь, хариултууд энд үлдэнэ.
ui-presenter-waiting = Нөгөө цонхонд хичээл эхлүүлнэ үү. Түүний тэмдэглэл, цагийн хуваарь, хариултууд энд гарч ирнэ.
ui-presenter-next = Дараагийн алхам
ui-presenter-next-depends = Дараагийн алхам — ангийн хариултаас хамаарна
ui-presenter-last = Энэ бол хичээлийн сүүлийн алхам.
ui-presenter-next-timed = { $kind }, { $minutes } мин
ui-presenter-blocked = Хөтөч багшийн цонхыг нээсэнгүй. Энэ сайтад гарч ирэх цонхыг (pop-up) зөвшөөрөөд дахин оролдоно уу, эсвэл энэ хаягийг шинэ цонхонд өөрөө нээнэ үү: { $address }

## Хэвлэх материал ба гэр бүлийн горим
ui-print-title = Энэ хичээлд хэвлэх
ui-print-plan = Хичээлийн төлөвлөгөө
ui-print-handout = Гэрт авч явах хуудас
ui-document-saved = { $path } хадгалагдлаа. Энэ нь хөтөч дээр нээгдэнэ: тэндээс хэвлэх эсвэл PDF болгон хадгалж болно.
ui-document-downloaded = { $path } татагдлаа. Хэвлэх эсвэл PDF болгон хадгалахын тулд нээнэ үү.
ui-agreement-title = Манай гэр бүлийн гэрээ
ui-agreement-intro = Хоёулаа зөвшөөрч буй мөрүүдийг тэмдэглэж, тохирохгүй зүйлийг өөрчилж, өөрсдийнхөө санааг нэмээрэй. Дараа нь хэвлэх эсвэл хадгалаарай.
ui-agreement-own-hint = Бидний тохирсон өөр зүйл
ui-agreement-add = Гэрээндээ нэмэх
ui-agreement-remove = «{ $line }» мөрийг хасах
ui-agreement-print = Гэрээгээ хэвлэх эсвэл хадгалах
ui-family-turn-child = Хамтдаа уншаарай. Энэ удаа хүүхэд сонгоод, дараа нь энэ тухай ярилцана.
ui-family-turn-adult = Хамтдаа уншаарай. Энэ удаа том хүн сонгоод, яагаад гэдгээ хэлнэ.

## Хичээлийн өмнөх ба дараах асуулга: хэдэн асуулт; зөвхөн тоолно, хэн хариулсныг хэзээ ч хадгалахгүй
ui-check-title-before = Эхлэхээсээ өмнө: хэдэн асуулт
ui-check-title-after = Бид дуусгалаа: нөгөө асуултууд дахиад
ui-check-intro = Буруу хариулт гэж байхгүй, чи эдгээр асуултыг алгасаж ч болно. Чиний тухай юу ч хадгалагдахгүй: энэ хичээлийг заадаг хүмүүс хичээл юуг өөрчилснийг харахын тулд энэ төхөөрөмж зөвхөн хариулт бүрийг хэдэн удаа сонгосныг тоолно.
ui-check-intro-class = Асуулт бүрийг ангид уншиж өгөөд, хариулт бүрд өргөсөн гарыг тоолно уу. Энэ төхөөрөмжид зөвхөн тоо хадгалагдана: нэр хэзээ ч биш.
ui-check-done = Болсон
ui-check-skip = Асуултуудыг алгасах
ui-check-again = Асуултуудад дахин хариулах
ui-check-thanks = Баярлалаа. Чиний хариултуудыг тоолж авлаа.
ui-check-sure-1 = Огт итгэлгүй
ui-check-sure-2 = Тийм ч итгэлтэй биш
ui-check-sure-3 = Бага зэрэг итгэлтэй
ui-check-sure-4 = Нэлээд итгэлтэй
ui-check-sure-5 = Маш итгэлтэй
ui-check-results = Асуулгын үр дүн
ui-check-results-csv = Тоог хадгалах (CSV)
ui-check-results-print = Үр дүнг хэвлэх
ui-check-counted = { $before ->
    [one] Хичээлийн өмнө тоолсон: { $before } удаа.
   *[other] Хичээлийн өмнө тоолсон: { $before } удаа.
} { $after ->
    [one] Дараа нь: { $after } удаа.
   *[other] Дараа нь: { $after } удаа.
}

# `chatwise walk`: терминалын өөрийн шошго (хичээлийг дугаараар тоглох).
ui-walk-you = чи
ui-walk-groups = Бүлгүүд
ui-walk-card = карт
ui-walk-picture = зураг
ui-walk-score = оноо { $score }
