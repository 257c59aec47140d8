# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: басып шығаруға арналған құжаттардың сөздері (сабақ жоспары, үйге арналған жадынама, отбасылық келісім).
# Ағылшын тілінен (эталон тіл) аударылған. { $жақша } ішіндегі айнымалыларды қолданба толтырады; оларды өзгертпеңіз.

## Құжаттардың атаулары
export-plan = Сабақ жоспары
export-handout = Үйге арналған жадынама
export-agreement = Отбасылық келісім
export-made-by = ChatWise арқылы «{ $lesson }» сабағы негізінде жасалған. Оны басып шығарыңыз немесе басып шығару терезесінде PDF ретінде сақтаңыз.
export-draft-notice = Бұл аударма жобасы жергілікті ұйымның тексеруін күтіп тұр. Балалармен қолданбас бұрын оны тексеріп шығыңыз.

## Сабақ жоспары
export-facts = Сабақ туралы қысқаша
export-ages = Жасы
export-duration = Ұзақтығы
export-minutes = { $minutes } минут
export-topic = Тақырып
export-audiences = Кімге арналған
export-language = Тіл
export-objectives = Оқу мақсаттары
export-materials = Материалдар
export-no-materials = Экран немесе проектордан басқа ештеңе қажет емес.
export-timings = Уақыт жоспары
export-timing-step = Қадам
export-timing-what = Не болады
export-timing-minutes = Минут
export-timing-total = Жиыны
export-timing-branch = тек кейбір жауаптардан кейін
export-before = Бастамас бұрын
export-content-note = Мазмұн туралы ескерту (дауыстап оқыңыз)
export-facilitator = Мұғалімге арналған жазбалар
export-safeguarding = Балаларды қорғау
export-safeguarding-always = Егер оқушы сізге алаңдатарлық бір нәрсе айтса, оны тыңдаңыз, сабыр сақтаңыз, мұны құпия сақтаймын деп уәде бермеңіз және сол күні мектебіңіздің балаларды қорғау тәртібін орындаңыз.
export-script = Қадам-қадаммен
export-step = { $number }-қадам
export-kind-story = Оқиға
export-kind-chat = Жаттығу чаты
export-kind-quiz = Тест
export-kind-sort = Карточкаларды сұрыптау
export-kind-discussion = Талқылау
export-kind-help = Көмек
export-kind-end = Қорытынды
export-chat-with = { $name } деген кейіпкермен чат
export-chat-prompt = Сыныптан сұраңыз
export-replies = Мүмкін жауаптар
export-verdict-safe = Қауіпсіз таңдау
export-verdict-risky = Тәуекелді таңдау
export-verdict-neutral = Қауіпсіз де, тәуекелді де емес
export-correct = Дұрыс
export-not-correct = Дұрыс емес
export-explanation = Түсіндірме
export-sort-groups = Топтар
export-sort-answer = Қай топқа жатады: { $group }
export-questions = Талқылауға арналған сұрақтар
export-model-answer = Жақсы жауапта не болуы керек
export-parent-tip = Ата-анаға немесе қамқоршыға кеңес
export-step-notes = Мұғалімге ескертпе
export-key-messages = Негізгі ойлар
export-help = Көмек және хабарлау: { $country }
export-help-anywhere = Көмек және хабарлау
export-report = Сурет не бейне туралы хабарлау
export-talk = Біреумен сөйлесу
export-international = Кез келген жерден көмек
export-hours = Жұмыс уақыты: { $hours }
export-unverified = Әзірге расталмаған: жергілікті ұйымнан нақтылаңыз.
export-sources = Дереккөздер

## Үйге арналған жадынама
export-handout-intro = Бүгін біз интернеттегі әңгіме бір түрлі, дұрыс емес сияқты сезіле бастағанда не істеу керектігін жаттықтық.
export-handout-remember = Есіңде сақта
export-handout-steps = Егер интернеттегі бір нәрсе сені алаңдатса
export-handout-step-stop = Жауап беруді тоқтат және ештеңе жіберме.
export-handout-step-keep = Хабарламаларды сақтап қой: оларды өшірме.
export-handout-step-block = Аккаунтты қолданбада немесе ойында бұғатта және оған шағымдан.
export-handout-step-tell = Өзің сенетін ересекке айт. Ешқашан кеш емес, және бұл ешқашан сенің кінәң емес.

## Отбасылық келісім
export-agreement-intro = Біз бұл туралы бірге сөйлестік және мыналарға келістік. Көбірек білген сайын оларды өзгерте аламыз.
export-agreement-ours = Өз ойларымыз
export-agreement-signed = Қол қойғандар
export-agreement-date = Күні

## Сауалнама нәтижелері
export-check = Сауалнама нәтижелері
export-check-intro = Әр жауап сабаққа дейін және сабақтан кейін неше рет таңдалды. Тек сандар сақталды: ешқандай есім жоқ, ешкімнің жазғаны жоқ.
export-check-period = Санау кезеңі: { $from } – { $to }.
export-check-question = Сұрақ
export-check-answer = Жауап
export-check-before = Сабаққа дейін
export-check-after = Сабақтан кейін
export-check-best = сабақ үйрететін жауап
export-check-none = Әзірге бірде-бір жауап саналған жоқ.
