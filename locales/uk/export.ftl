# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: слова друкованих документів (план уроку, пам'ятка додому, сімейна угода).
# Переклад з англійської (мова-еталон). Змінні в { $дужках } підставляє застосунок; не змінюйте їх.

## Назви документів
export-plan = План уроку
export-handout = Пам'ятка додому
export-agreement = Сімейна угода
export-made-by = Створено в ChatWise на основі уроку «{ $lesson }». Роздрукуйте цей документ або збережіть його як PDF у вікні друку.
export-draft-notice = Цей переклад — чернетка, що очікує на перевірку місцевою організацією. Перевірте його, перш ніж використовувати з дітьми.

## План уроку
export-facts = Коротко про урок
export-ages = Вік
export-duration = Тривалість
export-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
export-topic = Тема
export-audiences = Для кого
export-language = Мова
export-objectives = Навчальні цілі
export-materials = Матеріали
export-no-materials = Нічого, крім екрана або проєктора.
export-timings = Розподіл часу
export-timing-step = Крок
export-timing-what = Що відбувається
export-timing-minutes = Хвилини
export-timing-total = Разом
export-timing-branch = лише після деяких відповідей
export-before = Перш ніж почати
export-content-note = Попередження про зміст (прочитайте вголос)
export-facilitator = Нотатки для вчителя
export-safeguarding = Захист дітей
export-safeguarding-always = Якщо дитина розповідає вам щось тривожне, вислухайте її, зберігайте спокій, не обіцяйте тримати це в секреті й того самого дня дійте відповідно до порядку захисту дітей у вашій школі.
export-script = Крок за кроком
export-step = Крок { $number }
export-kind-story = Історія
export-kind-chat = Тренувальний чат
export-kind-quiz = Тест
export-kind-sort = Сортування карток
export-kind-discussion = Обговорення
export-kind-help = Допомога
export-kind-end = Підсумок
export-chat-with = Чат із персонажем { $name }
export-chat-prompt = Запитайте клас
export-replies = Можливі відповіді
export-verdict-safe = Безпечний вибір
export-verdict-risky = Ризикований вибір
export-verdict-neutral = Ні безпечний, ні ризикований
export-correct = Правильно
export-not-correct = Неправильно
export-explanation = Пояснення
export-sort-groups = Групи
export-sort-answer = Належить до групи: { $group }
export-questions = Запитання для обговорення
export-model-answer = Що має бути в гарній відповіді
export-parent-tip = Порада для батьків і опікунів
export-step-notes = Нотатки вчителя до кроку
export-key-messages = Головні думки
export-help = Допомога й повідомлення: { $country }
export-help-anywhere = Допомога й повідомлення
export-report = Повідомити про зображення чи відео
export-talk = Поговорити з кимось
export-international = Допомога звідусіль
export-hours = Години роботи: { $hours }
export-unverified = Ще не підтверджено: уточніть у місцевій організації.
export-sources = Джерела

## Пам'ятка додому
export-handout-intro = Сьогодні ми тренувалися, що робити, коли розмова в інтернеті починає здаватися якоюсь не такою.
export-handout-remember = Пам'ятай
export-handout-steps = Якщо щось в інтернеті тебе тривожить
export-handout-step-stop = Перестань відповідати й нічого не надсилай.
export-handout-step-keep = Збережи повідомлення: не видаляй їх.
export-handout-step-block = Заблокуй акаунт і поскаржся на нього в застосунку чи грі.
export-handout-step-tell = Розкажи дорослому, якому довіряєш. Ніколи не пізно, і це ніколи не твоя провина.

## Сімейна угода
export-agreement-intro = Ми поговорили про це разом і домовилися про таке. Ми можемо змінювати ці домовленості, коли дізнаємося більше.
export-agreement-ours = Наші власні ідеї
export-agreement-signed = Підписи
export-agreement-date = Дата

## Результати опитування
export-check = Результати опитування
export-check-intro = Скільки разів кожну відповідь вибрали до уроку і після нього. Збережено лише числа: жодних імен, нічого з того, що хтось написав.
export-check-period = Підраховано з { $from } по { $to }.
export-check-question = Запитання
export-check-answer = Відповідь
export-check-before = До уроку
export-check-after = Після уроку
export-check-best = відповідь, якої вчить урок
export-check-none = Відповідей ще не підраховано.
