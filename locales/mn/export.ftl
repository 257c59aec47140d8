# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: хэвлэх баримт бичгийн үгс (chatwise export plan | handout | agreement).
# { $хаалт } доторх хувьсагчдыг ChatWise бөглөнө; тэдгээрийг өөрчлөхгүй. Багш, эцэг эхэд «та» гэж ханддаг.

## Баримт бичгийн нэрс
export-plan = Хичээлийн төлөвлөгөө
export-handout = Гэрт авч явах хуудас
export-agreement = Гэр бүлийн гэрээ
export-made-by = ChatWise ашиглан «{ $lesson }» хичээлээс бэлтгэв. Хэвлэх, эсвэл хэвлэх цонхноос PDF болгон хадгалах боломжтой.
export-draft-notice = Энэ бол урьдчилсан орчуулга бөгөөд орон нутгийн байгууллагын хяналтыг хүлээж байна. Хүүхдүүдтэй ашиглахаасаа өмнө шалгана уу.

## Хичээлийн төлөвлөгөө
export-facts = Товч мэдээлэл
export-ages = Нас
export-duration = Хугацаа
export-minutes = { $minutes ->
    [one] { $minutes } минут
   *[other] { $minutes } минут
}
export-topic = Сэдэв
export-audiences = Хэнд
export-language = Хэл
export-objectives = Сургалтын зорилго
export-materials = Хэрэглэгдэхүүн
export-no-materials = Дэлгэц эсвэл проектороос өөр юу ч шаардлагагүй.
export-timings = Цагийн хуваарь
export-timing-step = Алхам
export-timing-what = Юу болох
export-timing-minutes = Минут
export-timing-total = Нийт
export-timing-branch = зөвхөн зарим хариултын дараа
export-before = Эхлэхээсээ өмнө
export-content-note = Чанга уншиж өгөх агуулгын анхааруулга
export-facilitator = Багшид зориулсан тэмдэглэл
export-safeguarding = Хүүхэд хамгаалал
export-safeguarding-always = Хэрэв суралцагч танд санаа зовоосон зүйл ярьвал сонсож, тайван байж, нууцлана гэж амлалгүй, сургуулийнхаа хүүхэд хамгааллын журмыг тэр өдөрт нь дагаж мөрдөөрэй.
export-script = Алхам алхмаар
export-step = Алхам { $number }
export-kind-story = Түүх
export-kind-chat = Дадлагын чат
export-kind-quiz = Сорил
export-kind-sort = Ангилах дасгал
export-kind-discussion = Хэлэлцүүлэг
export-kind-help = Тусламж
export-kind-end = Дүгнэлт
export-chat-with = { $name }-тай чат
export-chat-prompt = Ангиас асуух
export-replies = Боломжит хариултууд
export-verdict-safe = Аюулгүй сонголт
export-verdict-risky = Эрсдэлтэй сонголт
export-verdict-neutral = Аюулгүй ч биш, эрсдэлтэй ч биш
export-correct = Зөв
export-not-correct = Буруу
export-explanation = Тайлбар
export-sort-groups = Бүлгүүд
export-sort-answer = Хамаарах бүлэг: { $group }
export-questions = Хэлэлцүүлгийн асуултууд
export-model-answer = Сайн хариултад юу багтах вэ
export-parent-tip = Эцэг эх, асран хамгаалагчдад зөвлөгөө
export-step-notes = Багшийн тэмдэглэл
export-key-messages = Гол санаанууд
export-help = Тусламж ба мэдээлэх: { $country }
export-help-anywhere = Тусламж ба мэдээлэх
export-report = Зураг эсвэл бичлэгийг мэдээлэх
export-talk = Хэн нэгэнтэй ярилцах
export-international = Хаанаас ч авах боломжтой тусламж
export-hours = Ажиллах цаг: { $hours }
export-unverified = Хараахан баталгаажаагүй: орон нутгийн байгууллагаас лавлана уу.
export-sources = Эх сурвалж

## Гэрт авч явах хуудас
export-handout-intro = Өнөөдөр бид онлайн чат буруу болж эхэлбэл юу хийхийг дадлага хийлээ.
export-handout-remember = Санаарай
export-handout-steps = Хэрэв онлайнд ямар нэг зүйл чамайг санаа зовоовол
export-handout-step-stop = Хариулахаа боль, юу ч бүү илгээ.
export-handout-step-keep = Мессежүүдийг хадгал: бүү устга.
export-handout-step-block = Апп эсвэл тоглоом дотор тэр бүртгэлийг хааж, мэдээл.
export-handout-step-tell = Итгэдэг том хүндээ хэл. Хэзээ ч оройтохгүй, энэ хэзээ ч чиний буруу биш.

## Гэр бүлийн гэрээ
export-agreement-intro = Бид энэ тухай хамтдаа ярилцаж, дараах зүйлсийг тохиролцов. Илүү ихийг мэдэх тусам тэдгээрийг өөрчилж болно.
export-agreement-ours = Бидний өөрсдийн санаа
export-agreement-signed = Гарын үсэг
export-agreement-date = Огноо

## Асуулгын үр дүн
export-check = Асуулгын үр дүн
export-check-intro = Хариулт бүрийг хичээлийн өмнө болон дараа хэдэн удаа сонгосон. Зөвхөн тоо хадгалсан: нэр ч, хэн нэгний бичсэн зүйл ч байхгүй.
export-check-period = Тоолсон хугацаа: { $from } – { $to }.
export-check-question = Асуулт
export-check-answer = Хариулт
export-check-before = Өмнө
export-check-after = Дараа
export-check-best = хичээлийн заадаг хариулт
export-check-none = Одоогоор ямар ч хариулт тоологдоогүй байна.
