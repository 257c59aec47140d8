# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: слова, які показує сам застосунок навколо кожного уроку.
# Переклад з англійської (мова-еталон). Змінні в { $дужках } підставляє застосунок; не змінюйте їх.
# Звертання до дитини на «ти», без родових закінчень (ти зробив/зробила), щоб текст підходив усім.

-brand = ChatWise

## Рух уроком

ui-continue = Далі
ui-back = Назад
ui-step-of = Крок { $current } з { $total }
ui-lesson-finished = Урок завершено.

## Перед уроком на чутливу тему

ui-content-note-title = Перш ніж почати
ui-content-note-stop = Ти можеш зупинитися будь-коли. Кнопки «Допомога» і «Швидкий вихід» завжди вгорі екрана (або тричі натисни Shift).
ui-start-lesson = Почати
ui-choose-another = Вибрати інший урок

## Тренувальний чат

ui-practice-chat = Тренувальний чат
ui-chat-prompt = Що ти відповіси?
ui-typing = { $name } друкує
ui-chat-you = Ти
ui-chat-said = { $name }: { $text }
ui-you-tried = Цю відповідь уже спробувано
ui-try-another = Спробуй іншу відповідь

## Заголовки відгуків

ui-feedback-safe = Добре подумано
ui-feedback-risky = Давай подумаємо ще раз
ui-feedback-neutral = Є над чим подумати

## Тест

ui-quiz-choose-one = Вибери одну відповідь.
ui-quiz-choose-many = Вибери всі відповіді, які підходять.
ui-quiz-check = Перевірити
ui-quiz-hint = Показати підказку
ui-quiz-try-again = Спробуй ще раз
ui-quiz-revealed = Ось відповідь
ui-quiz-correct-option = Так
ui-quiz-missed-option = Правильна відповідь
ui-quiz-wrong-option = Не зовсім
ui-true = Правда
ui-false = Неправда

## Сортування карток

ui-sort-choose-card-first = Спершу вибери картку.
ui-sort-put-in = Поклади вибрану картку в групу:
ui-sort-check = Перевірити сортування
ui-sort-move = Перемістити
ui-sort-selected = Вибрано
ui-sort-good-place = Добре місце
ui-sort-think-again = Подумай ще раз про цю картку
ui-sort-all-right = Усі картки на своїх місцях.
ui-sort-some-wrong = { $count ->
    [one] { $count } картку краще перекласти в іншу групу.
    [few] { $count } картки краще перекласти в іншу групу.
    [many] { $count } карток краще перекласти в іншу групу.
   *[other] Карток, які краще перекласти в іншу групу: { $count }.
}
ui-sort-unplaced = { $count ->
    [one] Ще { $count } картка без групи.
    [few] Ще { $count } картки без групи.
    [many] Ще { $count } карток без групи.
   *[other] Карток без групи: { $count }.
}

## Поговорімо про це

ui-discussion-talk = Обговоріть
ui-discussion-starters = З чого почати розмову
ui-parent-tip = Порада для батьків
ui-model-answer = Що має бути в гарній відповіді
ui-notes-for-adults = Нотатки для дорослих

## Допомога

ui-help = Допомога
ui-help-never-your-fault = Це ніколи не твоя провина.
ui-help-report-person = Якщо хтось вимагає в тебе оголені фото, погрожує тобі чи шантажує тебе, ти можеш повідомити про цю людину і просто зараз поговорити з кимось. Як саме, показано в розділі «Де отримати допомогу».
ui-help-report-person-young = Якщо хтось в інтернеті просить у тебе фото, просить зберегти секрет або лякає тебе, розкажи дорослому, якому довіряєш. Дорослий допоможе повідомити про це.
ui-help-anonymous = Багато сервісів дають змогу отримати допомогу, не називаючи свого імені.
ui-help-trusted-adult = Розкажи дорослому, якому довіряєш: батькам чи опікунам, учителеві або іншому дорослому, з яким почуваєшся в безпеці.
ui-help-do-not-share = Ніколи не пересилай, не поширюй і не роби скриншотів сексуальних зображень людей, молодших за 18 років, навіть щоб повідомити про них. Натомість повідом про посилання.
ui-help-do-not-share-young = Ніхто не має просити в тебе фото тих частин тіла, які закриває білизна. Якщо хтось просить або якщо ти бачиш таке фото, розкажи дорослому, якому довіряєш.

## Кінець уроку

ui-end-practised = Що вдалося потренувати
ui-end-safe-choices = { $count ->
    [0] Тренувальний чат завершено.
    [one] У тренувальному чаті { $count } твоя відповідь була безпечною.
    [few] У тренувальному чаті { $count } твої відповіді були безпечними.
    [many] У тренувальному чаті { $count } твоїх відповідей були безпечними.
   *[other] Безпечних відповідей у тренувальному чаті: { $count }.
}

## Інформація про урок

ui-topic-sexting = Секстинг і тиск, щоб надіслати фото
ui-topic-grooming = Онлайн-грумінг
ui-topic-sextortion = Сексторшн (шантаж інтимними фото)
ui-topic-reporting = Як повідомити про насильство онлайн
ui-audience-class = Клас
ui-audience-family = Сім'я
ui-audience-solo = Самостійно
ui-ages = Вік { $min }–{ $max }
ui-minutes = { $minutes } хв
ui-translation-draft = Чернетка перекладу, що очікує на перевірку місцевою організацією.

## Застосунок навколо уроків

ui-app-name = { -brand }
ui-nav-lessons = Уроки
ui-nav-back = Назад
ui-nav-settings = Налаштування
ui-quick-exit = Швидкий вихід
ui-quick-exit-hint = Shift ×3

## Початок

ui-start-title = Вітаємо в { -brand }
ui-start-intro = Тренуйся помічати підступні повідомлення в інтернеті й дізнайся, де можна отримати допомогу. Тут немає балів і облікових записів, і ніщо з того, що ти робиш, не залишає цей пристрій.
ui-start-organisation = Від { $organisation }
ui-start-who = Хто грає?
ui-start-language = Мова
ui-start-go = Показати уроки
ui-player-class = Клас з учителем
ui-player-family = Сім'я разом
ui-player-solo = Я, самостійно

## Бібліотека уроків

ui-library-title = Уроки
ui-filter-topic = Тема
ui-filter-all = Усі
ui-filter-length = Тривалість
ui-filter-short = До 20 хв
ui-filter-long = Довші
ui-filter-for = Для кого
ui-filter-age = Вік
ui-filter-age-younger = 11 років і молодше
ui-filter-age-older = 12 років і старше
ui-library-empty = Жоден урок не підходить під ці параметри. Спробуй вибрати «Усі».
ui-lesson-continue = Продовжити
ui-lesson-done = Пройдено
ui-lesson-restart = Почати знову
ui-lesson-talks-about = Про що урок:

## Поговорімо про це

ui-discussion-think = Подумай самостійно
ui-discussion-pair = Обговори в парі
ui-discussion-share = Поділися з групою

## Допомога

ui-help-open = Де отримати допомогу
ui-help-quick-exit-note = «Швидкий вихід» одразу ховає цей екран, але не очищає історію переглядів у браузері.

## Кінець уроку

ui-end-back-to-lessons = Назад до уроків

## Налаштування

ui-settings-title = Налаштування
ui-settings-language = Мова
ui-settings-text-size = Розмір тексту
ui-settings-text-smaller = Менший текст
ui-settings-text-larger = Більший текст
ui-settings-percent = { $percent }%
ui-settings-high-contrast = Висока контрастність
ui-settings-reduced-motion = Менше анімації
ui-settings-who = Хто грає
ui-settings-data = Твої дані
ui-settings-data-note = Твій прогрес і налаштування зберігаються лише на цьому пристрої. Нічого нікуди не надсилається.
ui-settings-data-check = Під час опитувань до й після уроку цей пристрій зберігає лише те, скільки разів вибрали кожну відповідь, і ніколи не те, хто її вибрав. Кнопка «Видалити мій прогрес і налаштування» видаляє й ці числа.
ui-settings-clear = Видалити мій прогрес і налаштування
ui-settings-accessibility = Заява про доступність (англійською)
ui-settings-cleared = Твій прогрес і налаштування видалено.
ui-settings-on = Увімкнено
ui-settings-off = Вимкнено

## Сповіщення

ui-notice-corrupt = Не вдалося прочитати збережений прогрес, тому його відкладено, і ти починаєш спочатку.
ui-notice-reload-failed = { $count ->
    [one] В останній зміні є { $count } проблема, тому досі працює попередня версія:
    [few] В останній зміні є { $count } проблеми, тому досі працює попередня версія:
    [many] В останній зміні є { $count } проблем, тому досі працює попередня версія:
   *[other] Проблем в останній зміні: { $count }, тому досі працює попередня версія:
}
ui-notice-reloaded = Уроки перезавантажено з твоїх файлів.
ui-notice-dismiss = Закрити
ui-chat-skip = Показати всі повідомлення

## Режим класу: вигляд для проєктора
ui-class-teacher-notes = Нотатки для вчителя
ui-class-notes-show = Показати нотатки для вчителя
ui-class-notes-hide = Сховати нотатки для вчителя
ui-class-planned = Заплановано на цей крок: { $minutes } хв
ui-class-on-step = На цьому кроці вже { $minutes } хв
ui-class-next-key = Page Down або стрілка праворуч — далі, коли клас готовий.
ui-class-reveal = Показати відповіді
ui-class-discuss-first = Спершу обговоріть у парах. Потім усі опускають голови й заплющують очі та піднімають руку за відповідь, яку надіслали б.
ui-class-choose-reply = Яку відповідь обрав клас? Натисніть на неї, щоб побачити, що буде далі.
ui-class-hands = { $count ->
    [one] { $count } рука
    [few] { $count } руки
   *[other] { $count } рук
}
ui-class-hands-more = Ще одна рука за { $option }
ui-class-hands-fewer = На одну руку менше за { $option }
ui-presenter-open = Відкрити вікно вчителя
ui-presenter-close = Назад до одного екрана
ui-presenter-title = Вікно вчителя
ui-presenter-intro = Це вікно бачите тільки ви: тримайте його на своєму ноутбуці, а урок — на проєкторі. Нотатки, хронометраж і відповіді залишаються тут.
ui-presenter-waiting = Почніть урок в іншому вікні. Його нотатки, хронометраж і відповіді з'являться тут.
ui-presenter-next = Наступний крок
ui-presenter-next-depends = Наступний крок — залежно від відповіді класу
ui-presenter-last = Це останній крок уроку.
ui-presenter-next-timed = { $kind }, { $minutes } хв
ui-presenter-blocked = Браузер не відкрив вікно вчителя. Дозвольте спливні вікна для цього сайту й спробуйте ще раз або самі відкрийте цю адресу в новому вікні: { $address }

## Матеріали для друку та сімейний режим
ui-print-title = Надрукувати до цього уроку
ui-print-plan = План уроку
ui-print-handout = Пам'ятка додому
ui-document-saved = Збережено: { $path }. Файл відкриється в браузері: надрукуйте його звідти або збережіть як PDF.
ui-document-downloaded = Завантажено: { $path }. Відкрийте файл, щоб надрукувати його або зберегти як PDF.
ui-agreement-title = Наша сімейна угода
ui-agreement-intro = Позначте пункти, з якими ви обоє згодні, змініть те, що не підходить, і додайте свої. Потім надрукуйте або збережіть.
ui-agreement-own-hint = Ще одна наша домовленість
ui-agreement-add = Додати до нашої угоди
ui-agreement-remove = Прибрати «{ $line }»
ui-agreement-print = Надрукувати або зберегти нашу угоду
ui-family-turn-child = Прочитайте разом. Цього разу обирає дитина, а потім ви говорите про це.
ui-family-turn-adult = Прочитайте разом. Цього разу обирає дорослий і пояснює чому.

## Опитування до й після уроку: кілька запитань; рахуються лише відповіді, ніколи не те, хто відповідав
ui-check-title-before = Перш ніж почати: кілька запитань
ui-check-title-after = Ми закінчили: ті самі запитання ще раз
ui-check-intro = Тут немає неправильних відповідей, і ці запитання можна пропустити. Нічого про тебе не зберігається: цей пристрій лише рахує, скільки разів вибрали кожну відповідь, щоб люди, які проводять цей урок, могли побачити, що він змінив.
ui-check-intro-class = Прочитайте класу кожне запитання й порахуйте руки за кожну відповідь. Зберігаються лише числа, на цьому пристрої, і ніколи не імена.
ui-check-done = Готово
ui-check-skip = Пропустити запитання
ui-check-again = Відповісти на запитання ще раз
ui-check-thanks = Дякуємо! Твої відповіді пораховано.
ui-check-sure-1 = Зовсім не впевнено
ui-check-sure-2 = Не дуже впевнено
ui-check-sure-3 = Трохи впевнено
ui-check-sure-4 = Досить впевнено
ui-check-sure-5 = Дуже впевнено
ui-check-results = Результати опитування
ui-check-results-csv = Зберегти підрахунки (CSV)
ui-check-results-print = Надрукувати результати
ui-check-counted = { $before ->
    [one] Пораховано до уроку: { $before } раз.
    [few] Пораховано до уроку: { $before } рази.
    [many] Пораховано до уроку: { $before } разів.
   *[other] Пораховано до уроку (разів): { $before }.
} { $after ->
    [one] Після: { $after } раз.
    [few] Після: { $after } рази.
    [many] Після: { $after } разів.
   *[other] Після (разів): { $after }.
}

# `chatwise walk`: підписи в терміналі (урок, який проходять, вибираючи номери). Чернетка перекладу.
ui-walk-you = ти
ui-walk-groups = Групи
ui-walk-card = картка
ui-walk-picture = малюнок
ui-walk-score = бали: { $score }
