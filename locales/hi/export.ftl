# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: छापने लायक दस्तावेज़ों के शब्द (chatwise export plan | handout | agreement)।
# समीक्षक के लिए: पाठ योजना टीचर के लिए है, इसलिए उसमें "आप" है; घर ले जाने वाले पन्ने के कदम बच्चे के लिए हैं ("तुम")।
# { $variable } वाले हिस्से ChatWise भरता है; उन्हें न बदलें।

## दस्तावेज़ों के नाम
export-plan = पाठ योजना
export-handout = घर ले जाने वाला पन्ना
export-agreement = परिवार का समझौता
export-made-by = ChatWise से पाठ "{ $lesson }" से बनाया गया। इसे प्रिंट करें, या प्रिंट वाली विंडो से PDF के रूप में सेव करें।
export-draft-notice = यह अनुवाद एक मसौदा है, किसी स्थानीय संस्था की समीक्षा बाकी है। बच्चों के साथ इस्तेमाल करने से पहले इसे जाँच लें।

## पाठ योजना
export-facts = एक नज़र में
export-ages = उम्र
export-duration = समय
export-minutes = { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
}
export-topic = विषय
export-audiences = किसके लिए
export-language = भाषा
export-objectives = सीखने के उद्देश्य
export-materials = सामग्री
export-no-materials = एक स्क्रीन या प्रोजेक्टर के अलावा कुछ नहीं।
export-timings = समय-सारणी
export-timing-step = चरण
export-timing-what = क्या होता है
export-timing-minutes = मिनट
export-timing-total = कुल
export-timing-branch = सिर्फ़ कुछ जवाबों के बाद
export-before = शुरू करने से पहले
export-content-note = पढ़कर सुनाने के लिए विषय-सूचना
export-facilitator = टीचर के लिए नोट्स
export-safeguarding = बाल सुरक्षा
export-safeguarding-always = अगर कोई विद्यार्थी आपको कोई चिंता वाली बात बताए, तो ध्यान से सुनें, शांत रहें, उसे राज़ रखने का वादा न करें, और उसी दिन अपने स्कूल की बाल सुरक्षा प्रक्रिया का पालन करें।
export-script = चरण-दर-चरण
export-step = चरण { $number }
export-kind-story = कहानी
export-kind-chat = अभ्यास चैट
export-kind-quiz = क्विज़
export-kind-sort = छाँटने की गतिविधि
export-kind-discussion = चर्चा
export-kind-help = मदद
export-kind-end = सारांश
export-chat-with = { $name } के साथ चैट
export-chat-prompt = कक्षा से पूछें
export-replies = संभावित जवाब
export-verdict-safe = सुरक्षित विकल्प
export-verdict-risky = जोखिम भरा विकल्प
export-verdict-neutral = न सुरक्षित, न जोखिम भरा
export-correct = सही
export-not-correct = सही नहीं
export-explanation = व्याख्या
export-sort-groups = समूह
export-sort-answer = सही समूह: { $group }
export-questions = चर्चा के सवाल
export-model-answer = एक अच्छे जवाब में क्या होता है
export-parent-tip = माता-पिता और देखभाल करने वालों के लिए सुझाव
export-step-notes = टीचर के नोट्स
export-key-messages = मुख्य संदेश
export-help = मदद और रिपोर्ट करना: { $country }
export-help-anywhere = मदद और रिपोर्ट करना
export-report = किसी फ़ोटो या वीडियो की रिपोर्ट करें
export-talk = किसी से बात करें
export-international = कहीं से भी मिलने वाली मदद
export-hours = समय: { $hours }
export-unverified = अभी पुष्टि नहीं हुई: किसी स्थानीय संस्था से पता करें।
export-sources = स्रोत

## घर ले जाने वाला पन्ना
export-handout-intro = आज हमने अभ्यास किया कि जब कोई ऑनलाइन चैट गलत लगने लगे, तो क्या करें।
export-handout-remember = याद रखो
export-handout-steps = अगर ऑनलाइन कोई बात तुम्हें परेशान करे
export-handout-step-stop = जवाब देना बंद करो, और कुछ भी मत भेजो।
export-handout-step-keep = मैसेज संभालकर रखो: उन्हें मिटाओ मत।
export-handout-step-block = ऐप या गेम में उस अकाउंट को ब्लॉक करो और उसकी रिपोर्ट करो।
export-handout-step-tell = किसी भरोसेमंद बड़े को बताओ। कभी देर नहीं होती, और यह कभी तुम्हारी गलती नहीं है।

## परिवार का समझौता
export-agreement-intro = हमने इस बारे में साथ मिलकर बात की और हम इन बातों पर सहमत हैं। जैसे-जैसे हम और सीखेंगे, हम इन्हें बदल सकते हैं।
export-agreement-ours = हमारे अपने विचार
export-agreement-signed = हस्ताक्षर
export-agreement-date = तारीख

## सीखने की जाँच के नतीजे
export-check = सीखने की जाँच के नतीजे
export-check-intro = पाठ से पहले और बाद में हर जवाब कितनी बार चुना गया। सिर्फ़ संख्याएँ रखी गईं: न कोई नाम, न किसी का लिखा कुछ।
export-check-period = गिनती की अवधि: { $from } से { $to } तक।
export-check-question = सवाल
export-check-answer = जवाब
export-check-before = पहले
export-check-after = बाद में
export-check-best = वह जवाब जो पाठ सिखाता है
export-check-none = अभी तक कोई जवाब नहीं गिना गया है।
