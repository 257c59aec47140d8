# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise کا بنیادی پیک: پیک کا اپنا عنوان اور تعارف، جو اسباق کی فہرست میں دکھائی دیتا ہے۔

pack-title = ChatWise کے اسباق
pack-description = آن لائن محفوظ رہنے کے بارے میں مختصر اور انٹرایکٹو اسباق: گرومنگ (دوستی کے بہانے پھنسانے) کو پہچاننا، دباؤ کو "نہیں" کہنا، اور یہ جاننا کہ مدد کہاں سے ملتی ہے۔
