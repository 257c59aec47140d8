# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: қолданба әр сабақтың айналасында өзі көрсететін сөздер.
# Ағылшын тілінен (эталон тіл) аударылған. { $жақша } ішіндегі айнымалыларды қолданба толтырады; оларды өзгертпеңіз.
# Балаға «сен» деп қаратып жазылған. Қазақ тілінде көпше түрдің екі категориясы бар: [one] және *[other].

-brand = ChatWise

## Сабақ бойынша жүру

ui-continue = Жалғастыру
ui-back = Артқа
ui-step-of = Қадам { $current } / { $total }
ui-lesson-finished = Сен сабақтың соңына жеттің.

## Сезімтал тақырыптағы сабақ алдында

ui-content-note-title = Бастамас бұрын
ui-content-note-stop = Кез келген уақытта тоқтай аласың. «Көмек» және «Жылдам шығу» батырмалары әрқашан экранның жоғарғы жағында тұрады (немесе Shift пернесін үш рет бас).
ui-start-lesson = Бастау
ui-choose-another = Басқа сабақ таңдау

## Жаттығу чаты

ui-practice-chat = Жаттығу чаты
ui-chat-prompt = Не деп жауап бересің?
ui-typing = { $name } жазып жатыр
ui-chat-you = Сен
ui-chat-said = { $name }: { $text }
ui-you-tried = Бұл жауапты байқап көрдің
ui-try-another = Басқа жауапты байқап көр

## Кері байланыс тақырыптары

ui-feedback-safe = Жақсы ойладың
ui-feedback-risky = Қайта ойланайық
ui-feedback-neutral = Ойланатын нәрсе бар

## Тест

ui-quiz-choose-one = Бір жауапты таңда.
ui-quiz-choose-many = Сәйкес келетін барлық жауапты таңда.
ui-quiz-check = Тексеру
ui-quiz-hint = Кеңесті көрсету
ui-quiz-try-again = Қайта байқап көр
ui-quiz-revealed = Міне, жауабы
ui-quiz-correct-option = Иә
ui-quiz-missed-option = Дұрыс жауап
ui-quiz-wrong-option = Дәл емес
ui-true = Шын
ui-false = Жалған

## Карточкаларды сұрыптау

ui-sort-choose-card-first = Алдымен карточканы таңда.
ui-sort-put-in = Таңдалған карточканы мына топқа сал:
ui-sort-check = Сұрыптауымды тексеру
ui-sort-move = Жылжыту
ui-sort-selected = Таңдалды
ui-sort-good-place = Жақсы орын
ui-sort-think-again = Бұл карточка туралы қайта ойлан
ui-sort-all-right = Барлық карточка өз орнында.
ui-sort-some-wrong = { $count ->
    [one] Бір карточканы басқа топқа салған дұрыс болар еді.
   *[other] { $count } карточканы басқа топқа салған дұрыс болар еді.
}
ui-sort-unplaced = { $count ->
    [one] Бір карточка әлі ешбір топқа салынбаған.
   *[other] { $count } карточка әлі ешбір топқа салынбаған.
}

## Осы туралы сөйлесейік

ui-discussion-talk = Талқылаңдар
ui-discussion-starters = Әңгімені неден бастауға болады
ui-parent-tip = Ата-анаға кеңес
ui-model-answer = Жақсы жауапта не болуы керек
ui-notes-for-adults = Ересектерге арналған жазбалар

## Көмек

ui-help = Көмек
ui-help-never-your-fault = Бұл ешқашан сенің кінәң емес.
ui-help-report-person = Егер біреу сенен жалаңаш суреттер сұраса, саған қорқытса немесе бопсаласа, ол туралы хабарлай аласың және дәл қазір біреумен сөйлесе аласың. Қалай екенін «Қайдан көмек алуға болады» бөлімі көрсетеді.
ui-help-report-person-young = Егер интернетте біреу сенен сурет сұраса, құпия сақтауды өтінсе немесе сені қорқытса, өзің сенетін ересекке айт. Ересек бұл туралы хабарлауға көмектеседі.
ui-help-anonymous = Көптеген қызметтер атыңды айтпай-ақ көмек алуға мүмкіндік береді.
ui-help-trusted-adult = Өзің сенетін ересекке айт: ата-анаңа не қамқоршыңа, мұғаліміңе немесе қасында өзіңді қауіпсіз сезінетін басқа үлкен адамға.
ui-help-do-not-share = 18 жасқа толмаған адамның жыныстық сипаттағы суретін ешқашан басқаға жіберме, таратпа және скриншотын жасама, тіпті ол туралы хабарлау үшін де. Оның орнына сілтеме туралы хабарла.
ui-help-do-not-share-young = Ешкім сенен іш киім жабатын дене мүшелерінің суретін сұрамауы керек. Егер біреу сұраса немесе сондай сурет көрсең, өзің сенетін ересекке айт.

## Сабақтың соңы

ui-end-practised = Сен не жаттықтың
ui-end-safe-choices = { $count ->
    [0] Сен жаттығу чатын аяқтадың.
    [one] Жаттығу чатында бір қауіпсіз жауап таңдадың.
   *[other] Жаттығу чатында { $count } қауіпсіз жауап таңдадың.
}

## Сабақ туралы ақпарат

ui-topic-sexting = Секстинг және сурет жіберуге қысым көрсету
ui-topic-grooming = Онлайн-груминг
ui-topic-sextortion = Сексторшн (интимдік суреттермен бопсалау)
ui-topic-reporting = Интернеттегі зорлық-зомбылық туралы хабарлау
ui-audience-class = Сынып
ui-audience-family = Отбасы
ui-audience-solo = Өзім
ui-ages = { $min }–{ $max } жас
ui-minutes = { $minutes } мин
ui-translation-draft = Аударма жобасы, жергілікті ұйымның тексеруін күтіп тұр.

## Сабақтардың айналасындағы қолданба

ui-app-name = { -brand }
ui-nav-lessons = Сабақтар
ui-nav-back = Артқа
ui-nav-settings = Баптаулар
ui-quick-exit = Жылдам шығу
ui-quick-exit-hint = Shift ×3

## Бастау

ui-start-title = { -brand } қолданбасына қош келдің
ui-start-intro = Интернеттегі айлакер хабарламаларды байқауға жаттық және қайдан көмек алуға болатынын біліп ал. Мұнда ұпай да, аккаунт та жоқ, және сенің мұнда жасағандарыңның ешқайсысы осы құрылғыдан шықпайды.
ui-start-organisation = Ұсынған: { $organisation }
ui-start-who = Кім ойнап жатыр?
ui-start-language = Тіл
ui-start-go = Сабақтарды көрсету
ui-player-class = Сынып, мұғаліммен бірге
ui-player-family = Отбасы, бәрі бірге
ui-player-solo = Мен, өз бетімше

## Сабақтар кітапханасы

ui-library-title = Сабақтар
ui-filter-topic = Тақырып
ui-filter-all = Барлығы
ui-filter-length = Ұзақтығы
ui-filter-short = 20 минутқа дейін
ui-filter-long = Ұзағырақ
ui-filter-for = Кімге арналған
ui-filter-age = Жасы
ui-filter-age-younger = 11 жасқа дейін
ui-filter-age-older = 12 жас және одан үлкен
ui-library-empty = Бұл таңдауларға сәйкес келетін сабақ жоқ. «Барлығы» дегенді таңдап көр.
ui-lesson-continue = Жалғастыру
ui-lesson-done = Өтілді
ui-lesson-restart = Қайтадан бастау
ui-lesson-talks-about = Сабақ не туралы:

## Осы туралы сөйлесейік

ui-discussion-think = Өз бетіңше ойлан
ui-discussion-pair = Жұбыңа айт
ui-discussion-share = Топпен бөліс

## Көмек

ui-help-open = Қайдан көмек алуға болады
ui-help-quick-exit-note = «Жылдам шығу» бұл экранды бірден жасырады, бірақ браузердегі қаралған беттер тарихын өшірмейді.

## Сабақтың соңы

ui-end-back-to-lessons = Сабақтарға оралу

## Баптаулар

ui-settings-title = Баптаулар
ui-settings-language = Тіл
ui-settings-text-size = Мәтін өлшемі
ui-settings-text-smaller = Кішірек мәтін
ui-settings-text-larger = Үлкенірек мәтін
ui-settings-percent = { $percent }%
ui-settings-high-contrast = Жоғары контраст
ui-settings-reduced-motion = Анимацияны азайту
ui-settings-who = Кім ойнап жатыр
ui-settings-data = Сенің деректерің
ui-settings-data-note = Сенің прогресің мен баптауларың тек осы құрылғыда сақталады. Ешнәрсе ешқайда жіберілмейді.
ui-settings-data-check = Сабаққа дейінгі және кейінгі сауалнамалар осы құрылғыда әр жауаптың неше рет таңдалғанын ғана сақтайды, оны кім таңдағанын ешқашан сақтамайды. «Прогресім мен баптауларымды өшіру» батырмасы бұл сандарды да өшіреді.
ui-settings-clear = Прогресім мен баптауларымды өшіру
ui-settings-accessibility = Қолжетімділік туралы мәлімдеме (ағылшынша)
ui-settings-cleared = Прогресің мен баптауларың өшірілді.
ui-settings-on = Қосулы
ui-settings-off = Өшірулі

## Хабарламалар

ui-notice-corrupt = Сақталған прогресіңді оқу мүмкін болмады, сондықтан ол бөлек сақталды, ал сен басынан бастайсың.
ui-notice-reload-failed = { $count ->
    [one] Соңғы өзгерісіңде бір қате бар, сондықтан әлі де алдыңғы нұсқа жұмыс істеп тұр:
   *[other] Соңғы өзгерісіңде { $count } қате бар, сондықтан әлі де алдыңғы нұсқа жұмыс істеп тұр:
}
ui-notice-reloaded = Сабақтар сенің файлдарыңнан қайта жүктелді.
ui-notice-dismiss = Жабу
ui-chat-skip = Барлық хабарламаны көрсету

## Сынып режимі: проектор көрінісі
ui-class-teacher-notes = Мұғалімге арналған жазбалар
ui-class-notes-show = Мұғалім жазбаларын көрсету
ui-class-notes-hide = Мұғалім жазбаларын жасыру
ui-class-planned = Бұл қадамға жоспарланғаны: { $minutes } мин
ui-class-on-step = Бұл қадамда { $minutes } мин болдыңыздар
ui-class-next-key = Сынып дайын болғанда Page Down немесе оң жақ көрсеткі пернесі келесі қадамға өткізеді.
ui-class-reveal = Жауаптарды көрсету
ui-class-discuss-first = Алдымен жұпта талқылаңдар. Сосын бәрі басын төмен салып, көзін жұмады да, өзі жіберетін жауап үшін қол көтереді.
ui-class-choose-reply = Сынып қай жауапты таңдады? Әрі қарай не болатынын көру үшін соны басыңыз.
ui-class-hands = { $count } қол
ui-class-hands-more = { $option } үшін тағы бір қол
ui-class-hands-fewer = { $option } үшін бір қол кем

## Басып шығаруға арналған материалдар және отбасы режимі
ui-print-title = Осы сабаққа басып шығару
ui-print-plan = Сабақ жоспары
ui-print-handout = Үйге арналған жадынама
ui-document-saved = Сақталды: { $path }. Файл браузерде ашылады: сол жерден басып шығарыңыз немесе PDF ретінде сақтаңыз.
ui-document-downloaded = Жүктелді: { $path }. Басып шығару немесе PDF ретінде сақтау үшін файлды ашыңыз.
ui-agreement-title = Біздің отбасылық келісім
ui-agreement-intro = Екеуіңіз келісетін жолдарды белгілеңіз, сәйкес келмейтінін өзгертіп, өз ойларыңызды қосыңыз. Сосын басып шығарыңыз немесе сақтаңыз.
ui-agreement-own-hint = Тағы бір келісіміміз
ui-agreement-add = Келісімімізге қосу
ui-agreement-remove = «{ $line }» жолын алып тастау
ui-agreement-print = Келісімімізді басып шығару немесе сақтау
ui-family-turn-child = Бірге оқыңыздар. Бұл жолы бала таңдайды, сосын сол туралы сөйлесесіздер.
ui-family-turn-adult = Бірге оқыңыздар. Бұл жолы ересек адам таңдап, неге екенін түсіндіреді.

## Сабаққа дейінгі және кейінгі сауалнама: бірнеше сұрақ; жауаптар ғана саналады, кім жауап бергені ешқашан сақталмайды
ui-check-title-before = Бастамас бұрын: бірнеше сұрақ
ui-check-title-after = Біз аяқтадық: сол сұрақтар тағы бір рет
ui-check-intro = Мұнда қате жауап жоқ, сұрақтарды өткізіп жіберуге де болады. Сен туралы ештеңе сақталмайды: бұл құрылғы әр жауаптың неше рет таңдалғанын ғана санайды, сонда осы сабақты өткізетін адамдар сабақтың не өзгерткенін көре алады.
ui-check-intro-class = Әр сұрақты сыныпқа оқып беріп, әр жауап үшін көтерілген қолдарды санаңыз. Осы құрылғыда тек сандар сақталады, аты-жөндер ешқашан сақталмайды.
ui-check-done = Дайын
ui-check-skip = Сұрақтарды өткізіп жіберу
ui-check-again = Сұрақтарға қайта жауап беру
ui-check-thanks = Рақмет. Жауаптарың саналды.
ui-check-sure-1 = Мүлдем сенімді емеспін
ui-check-sure-2 = Онша сенімді емеспін
ui-check-sure-3 = Аздап сенімдімін
ui-check-sure-4 = Біршама сенімдімін
ui-check-sure-5 = Өте сенімдімін
ui-check-results = Сауалнама нәтижелері
ui-check-results-csv = Сандарды сақтау (CSV)
ui-check-results-print = Нәтижелерді басып шығару
ui-check-counted = { $before ->
    [one] Сабаққа дейін саналғаны: { $before } рет.
   *[other] Сабаққа дейін саналғаны: { $before } рет.
} { $after ->
    [one] Кейін: { $after } рет.
   *[other] Кейін: { $after } рет.
}

# `chatwise walk`: терминалдағы жазулар (нөмір таңдап өтетін сабақ). Аударма жобасы.
ui-walk-you = сен
ui-walk-groups = Топтар
ui-walk-card = карта
ui-walk-picture = сурет
ui-walk-score = ұпай: { $score }
