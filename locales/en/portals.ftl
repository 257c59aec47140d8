# ChatWise Help screen: country names, and what each reporting portal, helpline and international service is for (content/portals.ron).
# English is the reference language: every other language translates these ids.
# Facts trace to docs/help-sources.md; the section is named in a comment above each group. No variables in these messages.
# The app shows each service's own name, number and web address next to these texts, and adds "check with a local organisation" to unverified entries.

## Countries

country-ar = Argentina
country-ao = Angola
country-bi = Burundi
country-gb = United Kingdom
country-gt = Guatemala
country-ht = Haiti
country-id = Indonesia
country-in = India
country-kz = Kazakhstan
country-mg = Madagascar
country-ml = Mali
country-mn = Mongolia
country-mu = Mauritius
country-pk = Pakistan
country-sn = Senegal
country-sv = El Salvador
country-tz = Tanzania
country-ua = Ukraine
country-ug = Uganda
country-us = United States
country-zm = Zambia

## Opening hours (section 2)

help-hours-always = Open 24 hours, every day
help-hours-24 = Open 24 hours

## Reporting portals (sections 1.1, 1.3, 1.4, 3 and 4.5)

# Every IWF portal: reports go to IWF analysts and are anonymous (section 1.1).
portal-iwf-about = Report images or videos of child sexual abuse. You don't have to give your name.
# stop-sexting.in.ua: the anonymous reporting form, handled with the IWF (section 1.3, Ukraine row).
portal-ua-about = Ukraine's national portal. Report images or videos of child sexual abuse without giving your name. Reports are handled together with the IWF.
# stop-sexting.in.ua/chatbot/ (section 1.3, Ukraine row).
portal-ua-chatbot-about = A chatbot on the same site, for children who are being blackmailed.
# The table shows this address only as http://aarambhindia.org/report, so the app has no link for it (section 1.3, India row).
portal-aarambh-about = India's reporting portal, run by Aarambh India with the IWF. Report images or videos of child sexual abuse without giving your name. Its address was last seen as aarambhindia.org/report.
# www.stopit.ug was named as the portal in a 2021 campaign; no https address was seen (section 1.3, Uganda row).
portal-ug-about = Uganda's IWF reporting portal. Report images or videos of child sexual abuse without giving your name. In a 2021 campaign its address was given as www.stopit.ug.
# The link opens the IWF page about Report Remove; the service itself runs from the Childline website (section 3).
portal-report-remove-about = For under-18s in the UK: ask for a nude or sexual image or video of yourself to be removed from the internet. It is run by Childline and the IWF, and you don't need to give your real name. It can remove images on public websites, not ones in private chats. This page explains how it works.

## Helplines (section 2)

# Mongolia 108, Zambia 116, Uganda 116, Tanzania 116.
helpline-free = Free to call, for children and young people.
# Ukraine (La Strada-Ukraine) and India (CHILDLINE 1098).
helpline-free-anonymous = Free, for children and young people. You don't have to give your name.
helpline-ua-short = The same hotline's short number, for calls from mobile phones.
helpline-childline-about = Free and confidential, for anyone up to age 19. On the website you can also chat online or send an email.
helpline-nspcc-about = For adults who are worried about a child. You can stay anonymous. You can also text 88858.
helpline-sindh-about = Free to call. Only in Sindh province.
helpline-zicta-about = A free line where you can report abuse content.
helpline-mu-about = A government hotline where children who feel threatened online can speak up.
helpline-kz-111-about = The state contact centre for the rights of families, women and children. Children can contact it too.
helpline-ncmec-about = NCMEC's phone line in the USA. Call it to report to the CyberTipline, or if you can't use Take It Down.

## International (sections 1.4, 2 and 3)

intl-take-it-down-about = For anyone who was under 18 in a nude, partly nude or sexual photo or video, anywhere in the world, even if it hasn't been shared yet. It's free and you don't have to give your name. The image never leaves your device: only a digital fingerprint is sent, so that the sites taking part can find and remove copies. You won't get into trouble for reporting your own image.
intl-cybertipline-about = The US national reporting system, run by NCMEC. It accepts reports from any country, including from young people about what happened to them. You can report without giving your name.
intl-iwf-about = The UK's reporting hotline, run by the Internet Watch Foundation (IWF). Anyone can report images or videos of child sexual abuse here without giving their name, and a person looks at every report. You only need the web address: never send the image itself.
intl-icmec-about = For people in countries with no national reporting portal or hotline. It is run by the IWF with the International Centre for Missing & Exploited Children (ICMEC), on ICMEC's website. You don't have to give your name.
intl-chi-about = A worldwide network of child helplines, in more than 130 countries and territories. Its website can help you find the helpline in your country.
