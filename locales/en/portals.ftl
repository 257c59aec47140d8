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
country-ke = Kenya
country-kz = Kazakhstan
country-mg = Madagascar
country-ml = Mali
country-mn = Mongolia
country-mu = Mauritius
country-mx = Mexico
country-np = Nepal
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
# NSPCC (help-sources.md 6.2): the phone line is not open all night; email and the online form are.
help-hours-nspcc = Phone: Monday to Friday 8am to 10pm, weekends 9am to 6pm. Email or the online form at any time.

## Reporting portals (sections 1.1, 1.3, 1.4, 3 and 4.5)

# Every IWF portal: reports go to IWF analysts and are anonymous (section 1.1).
portal-iwf-about = Report a web address where there are sexual images or videos of a child. You don't have to give your name. This is not the place to report a chat or a person.
# stop-sexting.in.ua: the anonymous reporting form, handled with the IWF (section 1.3, Ukraine row).
portal-ua-about = Ukraine's national portal. Report images or videos of child sexual abuse without giving your name. Reports are handled together with the IWF.
# stop-sexting.in.ua/chatbot/ (section 1.3, Ukraine row).
portal-ua-chatbot-about = A chatbot on the #stop_sexting site with advice for children who are being blackmailed online: what to do and where to turn. It gives advice; it does not take reports.
# The table shows this address only as http://aarambhindia.org/report, so the app has no link for it (section 1.3, India row).
portal-aarambh-about = India's reporting portal, run by Aarambh India with the IWF, for images or videos of child sexual abuse on the public internet. We could not confirm its web address, so ask a trusted adult to find Aarambh India's reporting page.
# www.stopit.ug was named as the portal in a 2021 campaign; no https address was seen (section 1.3, Uganda row).
portal-ug-about = Uganda's IWF reporting portal, for images or videos of child sexual abuse. We could not confirm its web address, so ask a trusted adult to find it.
# The link opens the IWF page about Report Remove; the service itself runs from the Childline website (section 3).
portal-report-remove-about = For under-18s in the UK: ask for a nude or sexual image or video of yourself to be removed from the internet. It is run by Childline and the IWF, and you don't need to give your real name. It can remove images on public websites, not ones in private chats. This page explains how it works.

## Helplines (section 2)

# Mongolia 108, Zambia 116, Uganda 116, Tanzania 116.
helpline-free = Free to call, for children and young people.
# Ukraine (La Strada-Ukraine, help-sources.md 6.2).
helpline-free-anonymous = Free, for children and young people. You don't have to give your name.
helpline-ua-116111-about = Free from mobile phones, confidential and anonymous.
helpline-childline-about = Free and confidential, for anyone up to age 19. On the website you can also chat online or send an email.
helpline-nspcc-about = For adults who are worried about a child, or who want to talk before reporting. You can stay anonymous.
helpline-sindh-about = Free to call. Only in Sindh province.
helpline-zicta-about = A free line where you can report abuse content.
helpline-mu-about = A government hotline where children who feel threatened online can speak up.
helpline-kz-111-about = The state contact centre for the rights of families, women and children. Children can contact it too.
helpline-ncmec-about = NCMEC's phone line in the USA. Call it to report to the CyberTipline, or if you can't use Take It Down.

## International (sections 1.4, 2 and 3)

intl-take-it-down-about = For anyone who was under 18 in a nude, partly nude or sexual photo or video, anywhere in the world, even if it hasn't been shared yet. It's free and you don't have to give your name. The image never leaves your device: only a digital fingerprint is sent, so that the sites taking part can find and remove copies. It works on public sites and apps that take part, not in private messages.
intl-cybertipline-about = The US national reporting system, run by NCMEC. It accepts reports from any country, including from young people about what happened to them.
intl-iwf-about = The UK's reporting hotline, run by the Internet Watch Foundation (IWF). Anyone can report images or videos of child sexual abuse here without giving their name, and a person looks at every report. You only need the web address: never send the image itself.
intl-inhope-about = Many countries, most of Europe among them, have their own hotline for reporting images or videos of child sexual abuse. This page explains how to find yours. Don't send anything to INHOPE itself: it cannot act on reports sent to it.
intl-icmec-about = For people in countries with no national reporting portal or hotline. It is run by the IWF with the International Centre for Missing & Exploited Children (ICMEC), on ICMEC's website. You don't have to give your name.
intl-chi-about = A worldwide network of child helplines, in more than 130 countries and territories. Its website can help you find the helpline in your country.

## Reporting a person, and more helplines (help-sources.md 6.1 and 6.2)

route-ceop-about = Part of the UK's National Crime Agency. Report someone who is grooming you, pressuring you for nude photos, or threatening to share a photo. A child protection adviser reads every report. It can't take reports about bullying, fake accounts or hacked accounts.
route-police-gb-about = The police's non-emergency number. If someone is in danger right now, call 999.
route-in-cybercrime-person-about = The government's cyber crime portal. Under "Report Other Cyber Crime" you can report online crimes, such as someone threatening or blackmailing you. You register with a mobile number. We could not confirm a category for grooming, so a trusted adult can help you choose.
route-in-cybercrime-image-about = The same portal has a "Report Anonymously" option for sexual images or videos of children. You don't have to give your name.
route-in-1930-about = The national cyber crime helpline.
helpline-in-1098-about = The government's free child helpline, run with each state's child protection services and linked to the emergency number 112.
route-kz-safekaznet-about = Kazakhstan's national hotline for reporting sexual exploitation of children and online grooming, run by the Internet Association of Kazakhstan. Where the law has been broken, it passes reports to the police. We could not confirm a secure web address, so ask a trusted adult to find its reporting page.
route-pk-nccia-about = The National Cyber Crime Investigation Agency's helpline, for reporting cyber crime.
route-cybertipline-us-about = The US national reporting system, run by NCMEC. Report someone who is trying to get a child to send sexual photos, to meet up or to do sexual things (online enticement, which includes sextortion), and sexual images of children.
route-fbi-about = The FBI says young people who are being exploited online are the victims of a crime and should report it.
route-ua-cyberpolice-about = The cyber police's online form. You can also go to the nearest police station.
route-ua-police-about = The National Police, for emergencies, around the clock.
route-ua-stopcrime-about = The national portal for reporting links to child sexual abuse material. You don't have to give your name: what matters is the link.
helpline-mn-108-about = Free, for children and young people, from anywhere in Mongolia. It also takes reports about violence against children and links callers to services.
route-ar-137-about = The national line for reporting grooming and violence. Choose option 1.
route-id-sapa-about = The ministry's hotline for reporting violence against women and children, by phone or WhatsApp.
route-ke-dci-about = Report a crime to the police's criminal investigations department, including the sexual exploitation of children online.
helpline-ke-116-about = Free. For reporting sexual exploitation and abuse, and for counselling by phone.
route-mx-teprotejo-about = A hotline for any kind of sexual violence against children online: images or videos, grooming, sextortion, requests for intimate photos and live streams. It's free.
route-np-cyber-bureau-about = Email the Nepal Police Cyber Bureau with a copy of an identity card, or go to any police station. A trusted adult can help you.
helpline-np-1098-about = The national child helpline.
