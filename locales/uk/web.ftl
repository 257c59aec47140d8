# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: слова вебсторінки навколо застосунку (екран завантаження, проблеми браузера).
# web/build.sh копіює їх у сторінку; кожне повідомлення в один рядок. { $percent } не змінюйте.

web-loading = Завантажуємо уроки…
web-loading-percent = Завантажено { $percent }%
web-starting = Запускаємо…
web-unsupported-title = Цей браузер не може показати ChatWise
web-unsupported-text = Для ChatWise потрібен браузер з WebGL 2, наприклад новий Chrome, Edge, Firefox або Safari. Спробуй інший браузер чи пристрій або попроси в учителя надрукований урок. Якщо тобі потрібна допомога зараз, поговори з дорослим, якому довіряєш.
web-failed-title = ChatWise не вдалося запустити
web-failed-text = Щось пішло не так. Онови сторінку, щоб спробувати ще раз; якщо це повторюється, спробуй інший браузер. Якщо тобі потрібна допомога зараз, поговори з дорослим, якому довіряєш.
