# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise: қолданбаны қоршаған веб-беттің сөздері (жүктеу экраны, браузер мәселелері).
# web/build.sh оларды бетке көшіреді; әр хабар бір жолда. { $percent } айнымалысын өзгертпеңіз.

web-loading = Сабақтар жүктеліп жатыр…
web-loading-percent = { $percent }% жүктелді
web-starting = Іске қосылып жатыр…
web-unsupported-title = Бұл браузер ChatWise-ты көрсете алмайды
web-unsupported-text = ChatWise үшін WebGL 2 бар браузер керек, мысалы, жаңа Chrome, Edge, Firefox немесе Safari. Басқа браузерді не құрылғыны қолданып көр немесе мұғалімнен басылған сабақты сұра. Саған қазір көмек керек болса, сенетін ересек адаммен сөйлес.
web-failed-title = ChatWise іске қосылмады
web-failed-text = Бірдеңе дұрыс болмады. Қайта көру үшін бетті жаңарт; бұл қайталана берсе, басқа браузерді қолданып көр. Саған қазір көмек керек болса, сенетін ересек адаммен сөйлес.
