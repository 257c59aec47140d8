# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: وہ الفاظ جو ایپ خود ہر سبق کے آس پاس دکھاتی ہے (بٹن، عنوان، مدد کی عبارتیں)۔
# انگریزی سے ترجمہ (انگریزی حوالے کی زبان ہے)۔ { $braces } والے متغیر ایپ خود بھرتی ہے؛ انہیں نہ بدلیں۔
# جائزہ لینے والوں کے لیے: بچے کو "تم" سے، استاد اور والدین کو "آپ" سے مخاطب کیا گیا ہے۔ جہاں آسانی سے ممکن تھا،
# ایسی بناوٹ رکھی گئی ہے جو لڑکے اور لڑکی دونوں کے لیے یکساں ہو؛ باقی جگہ عام تحریری رواج کے مطابق جمع مذکر ("سکتے ہو") ہے۔

-brand = ChatWise

## سبق میں آگے بڑھنا

ui-continue = آگے بڑھو
ui-back = واپس
ui-step-of = مرحلہ { $current } از { $total }
ui-lesson-finished = سبق مکمل ہو گیا۔

## حساس سبق سے پہلے

ui-content-note-title = شروع کرنے سے پہلے
ui-content-note-stop = کسی بھی وقت رک جانا بالکل ٹھیک ہے۔ "مدد" اور "فوراً باہر" ہمیشہ اسکرین کے اوپر ہوتے ہیں (یا Shift تین بار دباؤ)۔
ui-start-lesson = شروع کرو
ui-choose-another = کوئی اور سبق چنو

## مشق کی چیٹ

ui-practice-chat = مشق کی چیٹ
ui-chat-prompt = تمہارا جواب کیا ہوگا؟
ui-typing = { $name } کا پیغام آ رہا ہے
ui-chat-you = تم
ui-chat-said = { $name }: { $text }
ui-you-tried = یہ جواب آزمایا جا چکا ہے
ui-try-another = کوئی اور جواب آزماؤ

## رائے کے عنوان

ui-feedback-safe = اچھی سوچ
ui-feedback-risky = آؤ، دوبارہ سوچیں
ui-feedback-neutral = غور کرنے کی بات

## کوئز

ui-quiz-choose-one = ایک جواب چنو۔
ui-quiz-choose-many = جو جواب مناسب ہوں، وہ سب چنو۔
ui-quiz-check = جانچو
ui-quiz-hint = اشارہ دکھاؤ
ui-quiz-try-again = دوبارہ کوشش کرو
ui-quiz-revealed = یہ رہا جواب
ui-quiz-correct-option = ہاں
ui-quiz-missed-option = صحیح جواب
ui-quiz-wrong-option = صحیح نہیں
ui-true = درست
ui-false = غلط

## کارڈ چھانٹنا

ui-sort-choose-card-first = پہلے ایک کارڈ چنو۔
ui-sort-put-in = چنا ہوا کارڈ اس میں رکھو:
ui-sort-check = میری چھانٹی جانچو
ui-sort-move = منتقل کرو
ui-sort-selected = چنا ہوا
ui-sort-good-place = صحیح جگہ
ui-sort-think-again = اس پر دوبارہ سوچو
ui-sort-all-right = ہر کارڈ صحیح جگہ پر ہے۔
ui-sort-some-wrong = { $count ->
    [one] ایک کارڈ کسی بہتر جگہ جا سکتا ہے۔
   *[other] { $count } کارڈ کسی بہتر جگہ جا سکتے ہیں۔
}
ui-sort-unplaced = { $count ->
    [one] ابھی ایک کارڈ کسی گروپ میں رکھنا باقی ہے۔
   *[other] ابھی { $count } کارڈ کسی گروپ میں رکھنے باقی ہیں۔
}

## اس پر بات کرنا

ui-discussion-talk = اس پر بات کرو
ui-discussion-starters = بات شروع کرنے کے لیے سوال
ui-parent-tip = والدین کے لیے مشورہ
ui-model-answer = اچھے جواب میں کیا ہوتا ہے
ui-notes-for-adults = بڑوں کے لیے نوٹ

## مدد

ui-help = مدد
ui-help-never-your-fault = یہ کبھی تمہاری غلطی نہیں ہوتی۔
ui-help-report-person = اگر کوئی تم سے برہنہ تصویریں مانگ رہا ہے، تمہیں دھمکا رہا ہے یا بلیک میل کر رہا ہے، تو تم اس کی رپورٹ کر سکتے ہو، اور ابھی کسی سے بات بھی کر سکتے ہو۔ "مدد کہاں سے ملے" میں اس کا طریقہ بتایا گیا ہے۔
ui-help-report-person-young = اگر آن لائن کوئی تم سے تصویریں مانگے، کوئی راز رکھنے کو کہے، یا تمہیں ڈرائے، تو کسی ایسے بڑے کو بتاؤ جس پر تمہیں بھروسا ہو۔ وہ اس کی رپورٹ کرنے میں تمہاری مدد کر سکتے ہیں۔
ui-help-anonymous = بہت سی سروسز میں اپنا نام بتائے بغیر مدد مل جاتی ہے۔
ui-help-trusted-adult = کسی بھروسے والے بڑے کو بتاؤ: والدین یا سرپرست، کوئی استاد، یا کوئی اور بڑا جس کے ساتھ تم خود کو محفوظ محسوس کرو۔
ui-help-do-not-share = 18 سال سے کم عمر کسی کی جنسی تصویر کبھی آگے نہ بھیجو، شیئر نہ کرو اور اس کا اسکرین شاٹ نہ لو، رپورٹ کرنے کے لیے بھی نہیں۔ اس کی جگہ لنک کی رپورٹ کرو۔
ui-help-do-not-share-young = کسی کو تم سے تمہارے جسم کے ان حصوں کی تصویر نہیں مانگنی چاہیے جو زیر جامہ (انڈرویئر) سے ڈھکے ہوتے ہیں۔ اگر کوئی ایسا کرے، یا تم ایسی کوئی تصویر دیکھو، تو کسی ایسے بڑے کو بتاؤ جس پر تمہیں بھروسا ہو۔

## سبق کا اختتام

ui-end-practised = تم نے کس چیز کی مشق کی
ui-end-safe-choices = { $count ->
    [0] مشق کی چیٹ مکمل ہو گئی۔
    [one] مشق کی چیٹ میں تم نے ایک محفوظ جواب چنا۔
   *[other] مشق کی چیٹ میں تم نے { $count } محفوظ جواب چنے۔
}

## سبق کی معلومات

ui-topic-sexting = سیکسٹنگ اور تصویریں بھیجنے کا دباؤ
ui-topic-grooming = آن لائن گرومنگ (دوستی کے بہانے پھنسانا)
ui-topic-sextortion = جنسی بلیک میلنگ (سیکسٹارشن)
ui-topic-reporting = آن لائن بدسلوکی کی رپورٹ کرنا
ui-audience-class = کلاس
ui-audience-family = گھر والے
ui-audience-solo = اکیلے
ui-ages = عمر { $min }–{ $max } سال
ui-minutes = { $minutes } منٹ
ui-translation-draft = یہ ترجمہ ابھی مسودہ ہے اور کسی مقامی تنظیم کے جائزے کا منتظر ہے۔

## اسباق کے آس پاس ایپ

ui-app-name = { -brand }
ui-nav-lessons = اسباق
ui-nav-back = واپس
ui-nav-settings = ترتیبات
ui-quick-exit = فوراً باہر
ui-quick-exit-hint = Shift ×3

## آغاز

ui-start-title = { -brand } میں خوش آمدید
ui-start-intro = آن لائن چالاکی والے پیغامات پہچاننے کی مشق کرو، اور جانو کہ مدد کہاں سے ملتی ہے۔ یہاں نہ کوئی اسکور ہے نہ کوئی اکاؤنٹ، اور یہاں کی کوئی بھی چیز اس ڈیوائس سے باہر نہیں جاتی۔
ui-start-organisation = { $organisation } کی جانب سے
ui-start-who = کون کھیل رہا ہے؟
ui-start-language = زبان
ui-start-go = اسباق دکھاؤ
ui-player-class = ایک کلاس، استاد کے ساتھ
ui-player-family = گھر والے، مل کر
ui-player-solo = میں، اکیلے

## اسباق کی فہرست

ui-library-title = اسباق
ui-filter-topic = موضوع
ui-filter-all = سب
ui-filter-length = دورانیہ
ui-filter-short = 20 منٹ تک
ui-filter-long = زیادہ لمبے
ui-filter-for = کس کے لیے
ui-filter-age = عمر
ui-filter-age-younger = 11 سال تک
ui-filter-age-older = 12 سال اور زیادہ
ui-library-empty = ان انتخابات سے کوئی سبق نہیں ملتا۔ "سب" چن کر دیکھو۔
ui-lesson-continue = جاری رکھو
ui-lesson-done = مکمل
ui-lesson-restart = دوبارہ شروع کرو
ui-lesson-talks-about = اس سبق کا موضوع:

## اس پر بات کرنا

ui-discussion-think = خود سوچو
ui-discussion-pair = اپنے ساتھی کو بتاؤ
ui-discussion-share = گروپ کو بتاؤ

## مدد

ui-help-open = مدد کہاں سے ملے
ui-help-quick-exit-note = "فوراً باہر" اس اسکرین کو فوراً چھپا دیتا ہے، لیکن تمہاری براؤزنگ ہسٹری صاف نہیں کرتا۔

## سبق کا اختتام

ui-end-back-to-lessons = اسباق پر واپس

## ترتیبات

ui-settings-title = ترتیبات
ui-settings-language = زبان
ui-settings-text-size = لکھائی کا سائز
ui-settings-text-smaller = چھوٹی لکھائی
ui-settings-text-larger = بڑی لکھائی
ui-settings-percent = { $percent }%
ui-settings-high-contrast = زیادہ کنٹراسٹ
ui-settings-reduced-motion = کم حرکت
ui-settings-who = کون کھیل رہا ہے
ui-settings-data = تمہارا ڈیٹا
ui-settings-data-note = تمہاری پیش رفت اور ترتیبات صرف اسی ڈیوائس پر محفوظ ہوتی ہیں۔ کچھ بھی کہیں نہیں بھیجا جاتا۔
ui-settings-data-check = سیکھنے کی جانچ میں اس ڈیوائس پر صرف یہ رکھا جاتا ہے کہ ہر جواب کتنی بار چنا گیا، یہ کبھی نہیں کہ کس نے چنا۔ "میری پیش رفت اور ترتیبات مٹا دو" سے یہ گنتی بھی مٹ جاتی ہے۔
ui-settings-clear = میری پیش رفت اور ترتیبات مٹا دو
ui-settings-accessibility = رسائی کا بیان (انگریزی میں)
ui-settings-cleared = تمہاری پیش رفت اور ترتیبات مٹا دی گئیں۔
ui-settings-on = آن
ui-settings-off = آف

## اطلاعات

ui-notice-corrupt = تمہاری محفوظ پیش رفت پڑھی نہیں جا سکی، اس لیے اسے الگ رکھ دیا گیا ہے اور سب کچھ نئے سرے سے شروع ہو رہا ہے۔
ui-notice-reload-failed = { $count ->
    [one] آپ کی آخری تبدیلی میں ایک مسئلہ ہے، اس لیے پچھلا ورژن ہی چل رہا ہے:
   *[other] آپ کی آخری تبدیلی میں { $count } مسئلے ہیں، اس لیے پچھلا ورژن ہی چل رہا ہے:
}
ui-notice-reloaded = اسباق آپ کی فائلوں سے دوبارہ لوڈ ہو گئے۔
ui-notice-dismiss = بند کرو
ui-chat-skip = سارے پیغامات دکھاؤ

## کلاس موڈ: پروجیکٹر پر پیش کرنے کا منظر
ui-class-teacher-notes = استاد کے لیے نوٹ
ui-class-notes-show = استاد کے نوٹ دکھائیں
ui-class-notes-hide = استاد کے نوٹ چھپائیں
ui-class-planned = اس مرحلے کا طے شدہ وقت: { $minutes } منٹ
ui-class-on-step = اس مرحلے پر { $minutes } منٹ سے
ui-class-next-key = جب کلاس تیار ہو تو Page Down یا دائیں تیر والی کلید سے آگے بڑھیں۔
ui-class-reveal = جوابات دکھائیں
ui-class-discuss-first = پہلے جوڑوں میں اس پر بات کریں۔ پھر سب سر جھکا کر آنکھیں بند کریں، اور جو جواب وہ خود بھیجتے، اس کے لیے ہاتھ اٹھائیں۔
ui-class-choose-reply = کلاس نے کون سا جواب چنا؟ آگے کیا ہوتا ہے، یہ دیکھنے کے لیے اس پر کلک کریں۔
ui-class-hands = { $count ->
    [one] { $count } ہاتھ
   *[other] { $count } ہاتھ
}
ui-class-hands-more = { $option } کے لیے ایک ہاتھ زیادہ
ui-class-hands-fewer = { $option } کے لیے ایک ہاتھ کم
ui-presenter-open = استاد کی ونڈو کھولیں
ui-presenter-close = واپس ایک اسکرین پر
ui-presenter-title = استاد کی ونڈو
ui-presenter-intro = یہ ونڈو صرف آپ کو نظر آتی ہے: اسے اپنے لیپ ٹاپ پر رکھیں اور سبق کو پروجیکٹر پر۔ نوٹ، وقت اور جوابات یہیں رہتے ہیں۔
ui-presenter-waiting = دوسری ونڈو میں کوئی سبق شروع کریں۔ اس کے نوٹ، وقت اور جوابات یہاں نظر آئیں گے۔
ui-presenter-next = اگلا مرحلہ
ui-presenter-next-depends = اگلا مرحلہ، کلاس کے جواب کے مطابق
ui-presenter-last = یہ سبق کا آخری مرحلہ ہے۔
ui-presenter-next-timed = { $kind }، { $minutes } منٹ
ui-presenter-blocked = براؤزر نے استاد کی ونڈو نہیں کھولی۔ اس سائٹ کے لیے پاپ اپ کی اجازت دیں اور دوبارہ کوشش کریں، یا یہ پتہ خود ایک نئی ونڈو میں کھولیں: { $address }

## پرنٹ ہونے والی دستاویزات اور فیملی موڈ
ui-print-title = اس سبق کے لیے پرنٹ کریں
ui-print-plan = سبق کا منصوبہ
ui-print-handout = گھر لے جانے والا پرچہ
ui-document-saved = فائل { $path } محفوظ ہو گئی۔ یہ آپ کے براؤزر میں کھلتی ہے: وہاں سے پرنٹ کریں، یا PDF کے طور پر محفوظ کریں۔
ui-document-downloaded = فائل { $path } ڈاؤن لوڈ ہو گئی۔ پرنٹ کرنے یا PDF کے طور پر محفوظ کرنے کے لیے اسے کھولیں۔
ui-agreement-title = ہمارا خاندانی معاہدہ
ui-agreement-intro = جن باتوں پر آپ دونوں متفق ہیں ان پر نشان لگائیں، جو بات مناسب نہ لگے اسے بدلیں، اور اپنی باتیں بھی شامل کریں۔ پھر اسے پرنٹ کریں یا محفوظ کریں۔
ui-agreement-own-hint = کوئی اور بات جس پر ہم متفق ہیں
ui-agreement-add = ہمارے معاہدے میں شامل کریں
ui-agreement-remove = "{ $line }" ہٹائیں
ui-agreement-print = ہمارا معاہدہ پرنٹ یا محفوظ کریں
ui-family-turn-child = اسے مل کر پڑھیں۔ اس بار چننے کی باری بچے کی ہے، پھر آپ اس پر بات کریں۔
ui-family-turn-adult = اسے مل کر پڑھیں۔ اس بار چننے کی باری بڑے کی ہے، اور وہ بتائیں کہ کیوں۔

## سیکھنے کی جانچ: سبق سے پہلے اور بعد میں چند سوال؛ صرف گنتی رکھی جاتی ہے، یہ کبھی نہیں کہ جواب کس نے دیا
ui-check-title-before = شروع کرنے سے پہلے: چند سوال
ui-check-title-after = سبق مکمل ہو گیا: وہی سوال ایک بار پھر
ui-check-intro = ان میں کوئی جواب غلط نہیں، اور تم یہ سوال چھوڑ بھی سکتے ہو۔ تمہارے بارے میں کچھ بھی نہیں رکھا جاتا: اس ڈیوائس پر صرف یہ گنا جاتا ہے کہ ہر جواب کتنی بار چنا گیا، تاکہ یہ سبق پڑھانے والے دیکھ سکیں کہ اس سے کیا بدلا۔
ui-check-intro-class = ہر سوال کلاس کو پڑھ کر سنائیں اور ہر جواب کے لیے اٹھے ہوئے ہاتھ گنیں۔ اس ڈیوائس پر صرف گنتی رکھی جاتی ہے: نام کبھی نہیں۔
ui-check-done = ہو گیا
ui-check-skip = سوال چھوڑ دو
ui-check-again = سوالوں کے جواب دوبارہ دو
ui-check-thanks = شکریہ۔ تمہارے جواب گن لیے گئے۔
ui-check-sure-1 = بالکل یقین نہیں
ui-check-sure-2 = زیادہ یقین نہیں
ui-check-sure-3 = تھوڑا یقین ہے
ui-check-sure-4 = کافی یقین ہے
ui-check-sure-5 = پورا یقین ہے
ui-check-results = سیکھنے کی جانچ کے نتائج
ui-check-results-csv = گنتی محفوظ کریں (CSV)
ui-check-results-print = نتائج پرنٹ کریں
ui-check-counted = { $before ->
    [one] سبق سے پہلے کی گنتی: { $before } بار۔
   *[other] سبق سے پہلے کی گنتی: { $before } بار۔
} { $after ->
    [one] بعد میں: { $after } بار۔
   *[other] بعد میں: { $after } بار۔
}

# `chatwise walk`: ٹرمینل کے اپنے لیبل (نمبر کے ذریعے کھیلا جانے والا سبق)۔
ui-walk-you = تم
ui-walk-groups = گروپ
ui-walk-card = کارڈ
ui-walk-picture = تصویر
ui-walk-score = اسکور { $score }
