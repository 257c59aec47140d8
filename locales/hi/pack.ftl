# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise मुख्य पैक: पैक का अपना शीर्षक और विवरण, जो पाठों की सूची में दिखते हैं।

pack-title = ChatWise पाठ
pack-description = ऑनलाइन सुरक्षित रहने के बारे में छोटे, इंटरैक्टिव पाठ: ग्रूमिंग पहचानना, दबाव में "ना" कहना, और यह जानना कि मदद कहाँ मिलती है।
