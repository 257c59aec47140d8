# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise негізгі жинағы: жинақтың атауы мен сипаттамасы, сабақтар кітапханасында көрсетіледі.

pack-title = ChatWise сабақтары
pack-description = Интернетте қауіпсіз болу туралы қысқа интерактивті сабақтар: грумингті байқау, қысым көрсеткенде «жоқ» деп айту және қайдан көмек алуға болатынын білу.
