# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: پرنٹ ہونے والی دستاویزات کے الفاظ (chatwise export plan | handout | agreement)۔
# انگریزی سے ترجمہ۔ { $braces } والے متغیر ChatWise خود بھرتا ہے؛ انہیں ویسا ہی رہنے دیں۔
# جائزہ لینے والوں کے لیے: یہ دستاویزات استاد اور والدین کے لیے ہیں، اس لیے "آپ" استعمال ہوا ہے؛ گھر لے جانے والے پرچے کی ہدایات بچے کے لیے ہیں، اس لیے وہاں "تم" ہے۔

## دستاویزات کے نام
export-plan = سبق کا منصوبہ
export-handout = گھر لے جانے والا پرچہ
export-agreement = خاندانی معاہدہ
export-made-by = سبق "{ $lesson }" سے ChatWise کے ذریعے بنایا گیا۔ اسے پرنٹ کریں، یا پرنٹ والی ونڈو سے PDF کے طور پر محفوظ کریں۔
export-draft-notice = یہ ترجمہ ابھی مسودہ ہے اور کسی مقامی تنظیم کے جائزے کا منتظر ہے۔ بچوں کے ساتھ استعمال کرنے سے پہلے اسے جانچ لیں۔

## سبق کا منصوبہ
export-facts = ایک نظر میں
export-ages = عمر
export-duration = وقت
export-minutes = { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
}
export-topic = موضوع
export-audiences = کس کے لیے
export-language = زبان
export-objectives = سیکھنے کے مقاصد
export-materials = سامان
export-no-materials = اسکرین یا پروجیکٹر کے علاوہ کچھ نہیں۔
export-timings = وقت کی تقسیم
export-timing-step = مرحلہ
export-timing-what = کیا ہوتا ہے
export-timing-minutes = منٹ
export-timing-total = کل
export-timing-branch = صرف کچھ جوابات کے بعد
export-before = شروع کرنے سے پہلے
export-content-note = مواد کے بارے میں نوٹ، جو پڑھ کر سنانا ہے
export-facilitator = استاد کے لیے نوٹ
export-safeguarding = بچوں کا تحفظ
export-safeguarding-always = اگر کوئی طالب علم آپ کو کوئی پریشان کن بات بتائے، تو سنیں، پرسکون رہیں، اسے راز رکھنے کا وعدہ نہ کریں، اور اسی دن اپنے اسکول کے تحفظ کے طریقۂ کار پر عمل کریں۔
export-script = مرحلہ وار
export-step = مرحلہ { $number }
export-kind-story = کہانی
export-kind-chat = مشق کی چیٹ
export-kind-quiz = کوئز
export-kind-sort = چھانٹنے کی سرگرمی
export-kind-discussion = گفتگو
export-kind-help = مدد
export-kind-end = خلاصہ
export-chat-with = { $name } کے ساتھ چیٹ
export-chat-prompt = کلاس سے پوچھیں
export-replies = ممکنہ جوابات
export-verdict-safe = محفوظ انتخاب
export-verdict-risky = خطرے والا انتخاب
export-verdict-neutral = نہ محفوظ نہ خطرے والا
export-correct = درست
export-not-correct = درست نہیں
export-explanation = وضاحت
export-sort-groups = گروپ
export-sort-answer = اس گروپ میں: { $group }
export-questions = گفتگو کے سوال
export-model-answer = اچھے جواب میں کیا ہوتا ہے
export-parent-tip = والدین اور سرپرستوں کے لیے مشورہ
export-step-notes = استاد کے نوٹ
export-key-messages = اہم پیغامات
export-help = مدد اور رپورٹ: { $country }
export-help-anywhere = مدد اور رپورٹ
export-report = کسی تصویر یا ویڈیو کی رپورٹ کرو
export-talk = کسی سے بات کرو
export-international = کہیں سے بھی مدد
export-hours = اوقات: { $hours }
export-unverified = ابھی تصدیق نہیں ہوئی: کسی مقامی تنظیم سے پتا کر لیں۔
export-sources = ذرائع

## گھر لے جانے والا پرچہ
export-handout-intro = آج ہم نے مشق کی کہ جب کوئی آن لائن چیٹ غلط لگنے لگے تو کیا کرنا ہے۔
export-handout-remember = یاد رکھو
export-handout-steps = اگر آن لائن کوئی چیز تمہیں پریشان کرے
export-handout-step-stop = جواب دینا بند کر دو، اور کچھ بھی نہ بھیجو۔
export-handout-step-keep = پیغامات سنبھال کر رکھو: انہیں مٹاؤ نہیں۔
export-handout-step-block = ایپ یا گیم میں اس اکاؤنٹ کو بلاک کرو اور اس کی رپورٹ کرو۔
export-handout-step-tell = کسی بھروسے والے بڑے کو بتاؤ۔ کبھی دیر نہیں ہوتی، اور یہ کبھی تمہاری غلطی نہیں ہوتی۔

## خاندانی معاہدہ
export-agreement-intro = ہم نے اس بارے میں مل کر بات کی ہے اور ان باتوں پر متفق ہیں۔ جیسے جیسے ہم مزید سیکھیں گے، انہیں بدل سکتے ہیں۔
export-agreement-ours = ہمارے اپنے خیالات
export-agreement-signed = دستخط
export-agreement-date = تاریخ

## سیکھنے کی جانچ کے نتائج
export-check = سیکھنے کی جانچ کے نتائج
export-check-intro = سبق سے پہلے اور بعد میں ہر جواب کتنی بار چنا گیا۔ صرف گنتی رکھی گئی: نہ کوئی نام، نہ کسی کا لکھا ہوا کچھ۔
export-check-period = گنتی کی مدت: { $from } سے { $to } تک۔
export-check-question = سوال
export-check-answer = جواب
export-check-before = پہلے
export-check-after = بعد میں
export-check-best = وہ جواب جو سبق سکھاتا ہے
export-check-none = ابھی تک کوئی جواب نہیں گنا گیا۔
