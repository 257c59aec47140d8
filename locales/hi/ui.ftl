# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: ऐप के अपने शब्द, जो हर पाठ के आस-पास दिखते हैं।
# समीक्षक के लिए: बच्चे को "तुम" कहा गया है। लिंग-निरपेक्ष रहने के लिए "तुम गए/गई" जैसे रूपों से बचा गया है
# (जैसे "तुमने चुना", "तुम ... कर सकते हो")। { $variable } वाले हिस्से ऐप भरता है; उन्हें न बदलें।

-brand = ChatWise

## पाठ में आगे बढ़ना

ui-continue = आगे बढ़ो
ui-back = पीछे
ui-step-of = चरण { $current } / { $total }
ui-lesson-finished = पाठ यहाँ पूरा होता है।

## संवेदनशील पाठ से पहले

ui-content-note-title = शुरू करने से पहले
ui-content-note-stop = तुम कभी भी रुक सकते हो। "मदद" और "तुरंत बाहर निकलें" हमेशा स्क्रीन में सबसे ऊपर होते हैं (या Shift तीन बार दबाओ)।
ui-start-lesson = शुरू करो
ui-choose-another = दूसरा पाठ चुनो

## अभ्यास चैट

ui-practice-chat = अभ्यास चैट
ui-chat-prompt = तुम्हारा जवाब क्या होगा?
ui-typing = { $name } लिख रहा/रही है
ui-chat-you = तुम
ui-chat-said = { $name }: { $text }
ui-you-tried = यह जवाब आज़माया जा चुका है
ui-try-another = कोई दूसरा जवाब आज़माओ

## प्रतिक्रिया के शीर्षक

ui-feedback-safe = बहुत अच्छा सोचा
ui-feedback-risky = चलो, फिर से सोचते हैं
ui-feedback-neutral = सोचने वाली बात

## क्विज़

ui-quiz-choose-one = एक जवाब चुनो।
ui-quiz-choose-many = जितने जवाब सही लगें, सब चुनो।
ui-quiz-check = जाँचो
ui-quiz-hint = संकेत दिखाओ
ui-quiz-try-again = फिर से कोशिश करो
ui-quiz-revealed = यह रहा जवाब
ui-quiz-correct-option = हाँ
ui-quiz-missed-option = सही जवाब
ui-quiz-wrong-option = पूरी तरह नहीं
ui-true = सही
ui-false = गलत

## कार्ड छाँटना

ui-sort-choose-card-first = पहले एक कार्ड चुनो।
ui-sort-put-in = चुना हुआ कार्ड यहाँ रखो:
ui-sort-check = मेरी छँटाई जाँचो
ui-sort-move = जगह बदलो
ui-sort-selected = चुना हुआ
ui-sort-good-place = सही जगह
ui-sort-think-again = इस पर फिर से सोचो
ui-sort-all-right = हर कार्ड सही जगह पर है।
ui-sort-some-wrong = { $count ->
    [one] एक कार्ड किसी बेहतर जगह जा सकता है।
   *[other] { $count } कार्ड किसी बेहतर जगह जा सकते हैं।
}
ui-sort-unplaced = { $count ->
    [one] एक कार्ड को अभी समूह चाहिए।
   *[other] { $count } कार्डों को अभी समूह चाहिए।
}

## इस पर बात करना

ui-discussion-talk = इस पर बात करो
ui-discussion-starters = बातचीत शुरू करने के सवाल
ui-parent-tip = माता-पिता के लिए सुझाव
ui-model-answer = एक अच्छे जवाब में क्या होता है
ui-notes-for-adults = बड़ों के लिए नोट्स

## मदद

ui-help = मदद
ui-help-never-your-fault = यह कभी तुम्हारी गलती नहीं है।
ui-help-report-person = अगर कोई तुमसे नग्न (न्यूड) फ़ोटो माँग रहा है, तुम्हें धमका रहा है या ब्लैकमेल कर रहा है, तो तुम उसकी रिपोर्ट कर सकते हो, और अभी किसी से बात कर सकते हो। "मदद कहाँ मिलेगी" में बताया गया है कि कैसे।
ui-help-report-person-young = अगर ऑनलाइन कोई तुमसे फ़ोटो माँगे, कोई राज़ रखने को कहे, या तुम्हें डराए, तो किसी भरोसेमंद बड़े को बताओ। वे रिपोर्ट करने में तुम्हारी मदद कर सकते हैं।
ui-help-anonymous = कई सेवाओं में तुम अपना नाम बताए बिना मदद ले सकते हो।
ui-help-trusted-adult = किसी भरोसेमंद बड़े को बताओ: माता-पिता या देखभाल करने वाले, टीचर, या कोई और बड़ा जिसके साथ तुम सुरक्षित महसूस करते हो।
ui-help-do-not-share = 18 साल से कम उम्र के किसी भी व्यक्ति की यौन तस्वीर कभी आगे न भेजो, शेयर न करो और उसका स्क्रीनशॉट न लो, रिपोर्ट करने के लिए भी नहीं। इसके बजाय उसके लिंक की रिपोर्ट करो।
ui-help-do-not-share-young = किसी को भी तुमसे तुम्हारे शरीर के उन हिस्सों की फ़ोटो नहीं माँगनी चाहिए जो तुम्हारे अंदर के कपड़े ढकते हैं। अगर कोई ऐसा करे, या तुम्हें ऐसी कोई फ़ोटो दिखे, तो किसी भरोसेमंद बड़े को बताओ।

## पाठ का अंत

ui-end-practised = तुमने क्या अभ्यास किया
ui-end-safe-choices = { $count ->
    [0] तुमने अभ्यास चैट पूरी की।
    [one] तुमने अभ्यास चैट में एक सुरक्षित जवाब चुना।
   *[other] तुमने अभ्यास चैट में { $count } सुरक्षित जवाब चुने।
}

## पाठ की जानकारी

ui-topic-sexting = सेक्सटिंग और तस्वीरें शेयर करने का दबाव
ui-topic-grooming = ऑनलाइन ग्रूमिंग
ui-topic-sextortion = सेक्सटॉर्शन (तस्वीरों के ज़रिए ब्लैकमेल)
ui-topic-reporting = ऑनलाइन दुर्व्यवहार की रिपोर्ट करना
ui-audience-class = कक्षा
ui-audience-family = परिवार
ui-audience-solo = मैं अकेले
ui-ages = उम्र { $min }–{ $max }
ui-minutes = { $minutes } मिनट
ui-translation-draft = यह अनुवाद का मसौदा है, किसी स्थानीय संस्था की समीक्षा बाकी है।

## पाठों के आस-पास का ऐप

ui-app-name = { -brand }
ui-nav-lessons = पाठ
ui-nav-back = पीछे
ui-nav-settings = सेटिंग्स
ui-quick-exit = तुरंत बाहर निकलें
ui-quick-exit-hint = Shift ×3

## शुरुआत

ui-start-title = { -brand } में तुम्हारा स्वागत है
ui-start-intro = ऑनलाइन चालाकी भरे मैसेज पहचानने का अभ्यास करो, और जानो कि मदद कहाँ मिलती है। यहाँ न कोई स्कोर है, न कोई अकाउंट, और तुम जो भी करते हो, वह इस डिवाइस से बाहर नहीं जाता।
ui-start-organisation = { $organisation } की ओर से
ui-start-who = कौन खेल रहा है?
ui-start-language = भाषा
ui-start-go = पाठ दिखाओ
ui-player-class = एक कक्षा, टीचर के साथ
ui-player-family = एक परिवार, साथ मिलकर
ui-player-solo = मैं, अकेले

## पाठों की सूची

ui-library-title = पाठ
ui-filter-topic = विषय
ui-filter-all = सभी
ui-filter-length = समय
ui-filter-short = 20 मिनट तक
ui-filter-long = ज़्यादा लंबे
ui-filter-for = किसके लिए
ui-filter-age = उम्र
ui-filter-age-younger = 11 तक
ui-filter-age-older = 12 और उससे ज़्यादा
ui-library-empty = इन विकल्पों से कोई पाठ नहीं मिलता। "सभी" चुनकर देखो।
ui-lesson-continue = जारी रखो
ui-lesson-done = पूरा हुआ
ui-lesson-restart = फिर से शुरू करो
ui-lesson-talks-about = इसमें बात होती है:

## इस पर बात करना

ui-discussion-think = खुद सोचो
ui-discussion-pair = अपने साथी को बताओ
ui-discussion-share = समूह के साथ शेयर करो

## मदद

ui-help-open = मदद कहाँ मिलेगी
ui-help-quick-exit-note = "तुरंत बाहर निकलें" इस स्क्रीन को तुरंत छिपा देता है, पर यह तुम्हारी ब्राउज़िंग हिस्ट्री नहीं मिटाता।

## पाठ का अंत

ui-end-back-to-lessons = पाठों पर वापस जाओ

## सेटिंग्स

ui-settings-title = सेटिंग्स
ui-settings-language = भाषा
ui-settings-text-size = अक्षरों का आकार
ui-settings-text-smaller = छोटे अक्षर
ui-settings-text-larger = बड़े अक्षर
ui-settings-percent = { $percent }%
ui-settings-high-contrast = हाई कॉन्ट्रास्ट
ui-settings-reduced-motion = कम हलचल
ui-settings-who = कौन खेल रहा है
ui-settings-data = तुम्हारा डेटा
ui-settings-data-note = तुम्हारी प्रगति और सेटिंग्स सिर्फ़ इसी डिवाइस पर सेव होती हैं। कुछ भी कहीं नहीं भेजा जाता।
ui-settings-data-check = सीखने की जाँच में इस डिवाइस पर सिर्फ़ यह रखा जाता है कि हर जवाब कितनी बार चुना गया, यह कभी नहीं कि किसने चुना। "मेरी प्रगति और सेटिंग्स मिटाओ" से ये संख्याएँ भी मिट जाती हैं।
ui-settings-clear = मेरी प्रगति और सेटिंग्स मिटाओ
ui-settings-accessibility = सुलभता वक्तव्य (अंग्रेज़ी में)
ui-settings-cleared = तुम्हारी प्रगति और सेटिंग्स मिटा दी गईं।
ui-settings-on = चालू
ui-settings-off = बंद

## सूचनाएँ

ui-notice-corrupt = तुम्हारी सेव की हुई प्रगति पढ़ी नहीं जा सकी, इसलिए उसे अलग रख दिया गया है और तुम नए सिरे से शुरू कर रहे हो।
ui-notice-reload-failed = { $count ->
    [one] तुम्हारे पिछले बदलाव में एक समस्या है, इसलिए पिछला संस्करण ही चल रहा है:
   *[other] तुम्हारे पिछले बदलाव में { $count } समस्याएँ हैं, इसलिए पिछला संस्करण ही चल रहा है:
}
ui-notice-reloaded = पाठ तुम्हारी फ़ाइलों से फिर से लोड हो गए।
ui-notice-dismiss = बंद करो
ui-chat-skip = सारे मैसेज दिखाओ

## कक्षा मोड: प्रोजेक्टर पर दिखने वाला व्यू
ui-class-teacher-notes = टीचर के नोट्स
ui-class-notes-show = टीचर के नोट्स दिखाओ
ui-class-notes-hide = टीचर के नोट्स छिपाओ
ui-class-planned = इस चरण के लिए तय समय: { $minutes } मिनट
ui-class-on-step = इस चरण पर { $minutes } मिनट से
ui-class-next-key = कक्षा तैयार हो, तो Page Down या दायाँ तीर दबाकर आगे बढ़ें।
ui-class-reveal = जवाब दिखाओ
ui-class-discuss-first = पहले जोड़ियों में इस पर बात करो। फिर सब लोग सिर नीचे करो, आँखें बंद करो, और जो जवाब तुम भेजते, उसके लिए हाथ उठाओ।
ui-class-choose-reply = कक्षा ने कौन-सा जवाब चुना? आगे क्या होता है, यह देखने के लिए उस पर क्लिक करें।
ui-class-hands = { $count ->
    [one] { $count } हाथ
   *[other] { $count } हाथ
}
ui-class-hands-more = { $option } के लिए एक हाथ और
ui-class-hands-fewer = { $option } के लिए एक हाथ कम
ui-presenter-open = टीचर की विंडो खोलें
ui-presenter-close = वापस एक स्क्रीन पर
ui-presenter-title = टीचर की विंडो
ui-presenter-intro = यह विंडो सिर्फ़ आपको दिखती है: इसे अपने लैपटॉप पर रखें और पाठ को प्रोजेक्टर पर। नोट्स, समय और जवाब यहीं रहते हैं।
ui-presenter-waiting = दूसरी विंडो में कोई पाठ शुरू करें। उसके नोट्स, समय और जवाब यहाँ दिखेंगे।
ui-presenter-next = अगला चरण
ui-presenter-next-depends = अगला चरण, कक्षा के जवाब के अनुसार
ui-presenter-last = यह पाठ का आख़िरी चरण है।
ui-presenter-next-timed = { $kind }, { $minutes } मिनट
ui-presenter-blocked = ब्राउज़र ने टीचर की विंडो नहीं खोली। इस साइट के लिए पॉप-अप की अनुमति दें और फिर से कोशिश करें, या यह पता ख़ुद एक नई विंडो में खोलें: { $address }

## छापने लायक दस्तावेज़ और परिवार मोड
ui-print-title = इस पाठ के लिए प्रिंट करें
ui-print-plan = पाठ योजना
ui-print-handout = घर ले जाने वाला पन्ना
ui-document-saved = { $path } सेव हो गया। यह तुम्हारे ब्राउज़र में खुलता है: वहाँ से प्रिंट करो, या PDF के रूप में सेव करो।
ui-document-downloaded = { $path } डाउनलोड हो गया। प्रिंट करने या PDF के रूप में सेव करने के लिए इसे खोलो।
ui-agreement-title = हमारे परिवार का समझौता
ui-agreement-intro = जिन बातों पर तुम दोनों सहमत हो, उन पर निशान लगाओ, जो ठीक न बैठे उसे बदलो, और अपनी बातें जोड़ो। फिर इसे प्रिंट करो या सेव करो।
ui-agreement-own-hint = कोई और बात जिस पर हम सहमत हैं
ui-agreement-add = हमारे समझौते में जोड़ो
ui-agreement-remove = "{ $line }" हटाओ
ui-agreement-print = हमारा समझौता प्रिंट या सेव करो
ui-family-turn-child = साथ मिलकर पढ़ें। इस बार बच्चा चुनेगा, फिर आप इस पर बात करें।
ui-family-turn-adult = साथ मिलकर पढ़ें। इस बार बड़ा चुनेगा और बताएगा कि क्यों।

## सीखने की जाँच: पाठ से पहले और बाद में कुछ सवाल; सिर्फ़ गिनती रखी जाती है, यह कभी नहीं कि जवाब किसने दिया
ui-check-title-before = शुरू करने से पहले: कुछ सवाल
ui-check-title-after = पाठ पूरा हुआ: वही सवाल एक बार फिर
ui-check-intro = इनमें कोई जवाब गलत नहीं है, और तुम इन्हें छोड़ भी सकते हो। तुम्हारे बारे में कुछ भी नहीं रखा जाता: यह डिवाइस सिर्फ़ गिनता है कि हर जवाब कितनी बार चुना गया, ताकि यह पाठ पढ़ाने वाले लोग देख सकें कि इससे क्या बदला।
ui-check-intro-class = हर सवाल कक्षा को पढ़कर सुनाएँ और हर जवाब के लिए उठे हाथ गिनें। इस डिवाइस पर सिर्फ़ संख्याएँ रखी जाती हैं: नाम कभी नहीं।
ui-check-done = हो गया
ui-check-skip = सवाल छोड़ दो
ui-check-again = सवालों के जवाब फिर से दो
ui-check-thanks = शुक्रिया। तुम्हारे जवाब गिन लिए गए।
ui-check-sure-1 = बिल्कुल यकीन नहीं
ui-check-sure-2 = ज़्यादा यकीन नहीं
ui-check-sure-3 = थोड़ा यकीन है
ui-check-sure-4 = काफ़ी यकीन है
ui-check-sure-5 = पूरा यकीन है
ui-check-results = सीखने की जाँच के नतीजे
ui-check-results-csv = गिनती सेव करें (CSV)
ui-check-results-print = नतीजे प्रिंट करें
ui-check-counted = { $before ->
    [one] पाठ से पहले की गिनती: { $before } बार।
   *[other] पाठ से पहले की गिनती: { $before } बार।
} { $after ->
    [one] बाद में: { $after } बार।
   *[other] बाद में: { $after } बार।
}

# `chatwise walk`: टर्मिनल के अपने लेबल (नंबर से खेला जाने वाला पाठ)।
ui-walk-you = तुम
ui-walk-groups = समूह
ui-walk-card = कार्ड
ui-walk-picture = तस्वीर
ui-walk-score = स्कोर { $score }
