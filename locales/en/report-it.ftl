# ChatWise lesson "Report it, don't ignore it" (content/lessons/report-it.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# Facts trace to docs/help-sources.md sections 1.1 and 1.2 (IWF reporting portals), 1.4 (IWF FAQ) and 4.4 (what happens after a report to the IWF), and to the seed articles.

## Lesson information

report-it-title = Report it, don't ignore it
report-it-summary = A friend sends a link to the group chat: "have you seen this?" Practise what to do if you come across sexual images of children online, and find out what happens when you report it.
report-it-content-note = This lesson is about what to do if you come across sexual images or videos of children online, and how to report them. No images are shown and nothing in it is graphic. If anything in it worries you or reminds you of something, you can stop at any time and talk to an adult you trust.

report-it-objective-what = Explain in calm, simple words what child sexual abuse material is, and why sharing it causes harm.
report-it-objective-act = Know what to do if you come across it online: don't look further, never forward, share or screenshot it (even to report it), and report the link.
report-it-objective-after = Describe what happens after a report to the Internet Watch Foundation (IWF), know that reporting can be anonymous, and know that the Help screen shows where to report in your country.
report-it-objective-fault = Know that it is never your fault if you come across it, and that you can always tell a trusted adult.

## Facilitator notes

report-it-facilitator-fictional = Nico is a made-up character and the chat is a simulation. Before you start, remind the group that nobody has to share their own experiences in front of others, and that they can talk to you privately afterwards.
report-it-facilitator-words = Use the words in the lesson: "images or videos of someone under 18 being sexually abused", or "child sexual abuse material". Keep the tone calm and factual, never describe what such material shows, and don't ask learners whether they have seen any. The lesson takes its title and its message from the UK Safer Internet Centre blog "Report it, don't ignore it" (4 Feb 2017): coming across this material could happen to anyone, and reporting it helps stop children being harmed again each time their images are shared.
report-it-facilitator-vote = In class mode, read each message aloud and let pairs talk about what they would reply. Then take an anonymous vote before you reveal the feedback: heads down and hands up, cards, or mini-whiteboards shown only to you. Keep the tally without names and follow the reply most of the class chose. The other replies can be discussed afterwards. Nobody should have to vote in front of the others on a topic like this.
report-it-facilitator-no-blame = If the class picks a risky reply, treat it as a useful moment to learn, not a failure. The lesson takes a supportive path and then returns to the main story. Never suggest that someone who clicked a link, or kept a copy, is to blame.
report-it-facilitator-after-report = What happens after a report comes from the IWF's FAQs and from "What happens when you report an inappropriate image online" (Crystaline, an interview with an IWF senior analyst): a trained analyst looks at every report and judges it against UK law, and no name is needed, only the web address. The UK Safer Internet Centre blog "Report it, don't ignore it" explains that the IWF issues takedown notices and works with the police, and the IWF's Report Remove page explains that removed images get a hash (a digital fingerprint) so that copies can be blocked. The IWF article on The Gambia (20 Nov 2019) explains why anonymity matters: some people are afraid to go to the police.
report-it-facilitator-portals = IWF reporting portals are for countries that have no national reporting route of their own. The first opened in Mauritius in 2013 (IWF, 24 Oct 2013). Counts change over time, so always give the date: 16 portals in February 2017 (UK Safer Internet Centre), 46 launched since 2013 by May 2021 ("A reporting solution for all", UK Safer Internet Centre), and 50 active portals in the IWF Annual Report 2022. Portals use local languages: the Mongolian portal opened on 1 June 2020 in Mongolian, Kazakh and English (IWF). The IWF case study on Ukraine shows a portal run with a local education project, #stop_sexting.

## Safeguarding notes

report-it-safeguarding-before = Before the lesson, read your school's or organisation's safeguarding procedure and check who your designated safeguarding lead is. Let them know when you are teaching this topic.
report-it-safeguarding-disclosure = If a child tells you something worrying: listen calmly, believe them and take them seriously. Tell them they did the right thing by telling you and that it is not their fault. Do not investigate yourself, and do not ask leading questions.
report-it-safeguarding-secrecy = Never promise to keep what a child tells you a secret. Explain kindly that you may need to tell someone whose job is to help keep them safe.
report-it-safeguarding-procedure = Write down what the child said, in their own words, as soon as you can, and follow your school's or organisation's safeguarding procedure straight away: tell the designated safeguarding lead. If a child is in immediate danger, contact the emergency services.
report-it-safeguarding-images = Never ask to see, and never view, copy, forward, screenshot or save, any image a child mentions or tries to show you, even to report it. Note where it is (for example the link) and pass the concern to your safeguarding lead.

## Materials

report-it-material-screen = A projector or large screen for class mode, or one device for a young person on their own.
report-it-material-help = Open the Help screen before the lesson and check which reporting portal or service it shows for your country.
report-it-material-agreement = Printed copies of the family agreement to take home (optional).
report-it-material-contacts = The name of your school's safeguarding lead, written up where everyone can see it, so children know who they can talk to.

## Family agreement

report-it-agreement-tell = We tell each other when something online worries us.
report-it-agreement-no-share = We never forward, share or screenshot a sexual image of anyone under 18, even to report it.
report-it-agreement-link = We report the link instead, and we know where to find the Help screen.
report-it-agreement-anonymous = We remember that reporting can be anonymous, and that we don't have to deal with it alone.
report-it-agreement-listen = The grown-ups listen calmly, don't blame, and never ask to see the image.

## Step: intro

report-it-intro-title = Something nobody should share
report-it-intro-body = Sometimes people share images or videos online of someone under 18 being sexually abused. This is called child sexual abuse material. It is illegal, and every time it is shared, the child in it is harmed again. Coming across it could happen to anyone, and it is never your fault. In this lesson a friend sends a link to your group chat. At each step, choose the reply you think you would send.
report-it-intro-image-alt = A group chat on a phone: Nico has posted a link with no preview, next to a report button with a flag.
report-it-intro-note = Keep this short and calm. Learners don't need more detail than this: the lesson is about what to do, not about what the material shows.

## Chat contact

report-it-contact-nico = Nico
report-it-contact-nico-label = Friend, class group chat

## Step: chat-1 (a link in the group chat)

report-it-chat-1-msg-1 = have you seen this??
report-it-chat-1-msg-2 = [link to a video]
report-it-chat-1-msg-3 = someone sent it to me. they say it's a video of a kid being sexually abused
report-it-chat-1-prompt = { $contact } has posted a link in the group chat. What do you do?

report-it-chat-1-reply-safe = I'm not opening that. If it's a video like that of someone under 18, nobody should be watching it or sharing it.
report-it-chat-1-reply-safe-feedback = Good choice. You don't need to open a link like this to know it's wrong. Not looking further protects you, and it respects the child in the video. The next thing to think about is reporting the link.

report-it-chat-1-reply-risky = Hang on, let me have a look.
report-it-chat-1-reply-risky-feedback = Being curious is natural, and lots of people would click. But if it is what { $contact } says, it could be upsetting to see. If you ever open something like this, close it straight away and don't look further. It's not your fault, and you can talk to a trusted adult about how you feel.

report-it-chat-1-reply-neutral = Who sent it to you?
report-it-chat-1-reply-neutral-feedback = It's natural to wonder where it came from. But finding that out isn't your job: trained people and the police deal with that. What matters now is not opening it and not passing it on. Choose another reply to carry on.

report-it-chat-1-note = Pause here and ask: what could you do without opening the link? Nobody needs to see something to know it should be reported.

## Step: chat-2 (a screenshot "as proof")

report-it-chat-2-msg-1 = I opened it for a second and closed it. it's what they said
report-it-chat-2-msg-2 = I'll screenshot it and send it to the others so they can report it too. or we send it to a teacher as proof?
report-it-chat-2-prompt = { $contact } wants to screenshot the video and send it around, to report it. What do you reply?

report-it-chat-2-reply-safe = Don't screenshot it or send it to anyone, not even to report it. We only need the link.
report-it-chat-2-reply-safe-feedback = Exactly. Never forward, share or screenshot a sexual image of someone under 18, even to report it: every copy spreads the harm. A report only needs the link (the web address), and a trusted adult doesn't need to see the video to help.

report-it-chat-2-reply-risky = Good idea. Send me a screenshot too, so I can show someone.
report-it-chat-2-reply-risky-feedback = You wanted to help, and that matters. But a screenshot is another copy, and every copy that is sent on harms the child in it again. You don't need a copy to report it: the link is enough. It's not your fault that { $contact } suggested it, and a trusted adult can help you work out what to do next.

report-it-chat-2-reply-neutral = Let's just delete the chat and forget about it.
report-it-chat-2-reply-neutral-feedback = Wanting it gone is understandable. But deleting your chat doesn't remove the video from the internet, and it can keep being shared. Reporting the link helps get it removed. Choose another reply to carry on.

report-it-chat-2-note = Many young people think a screenshot is "proof" that helps. Make the point clearly: the link is all a report needs, and a copy of the material should never be made or sent, not even to a teacher.

## Step: chat-3 (afraid of trouble, or hoping someone else reports it)

report-it-chat-3-msg-1 = but if we report it, won't we get in trouble? they'll know we saw it
report-it-chat-3-msg-2 = maybe we just ignore it. someone else will probably report it anyway
report-it-chat-3-prompt = { $contact } is worried about reporting. What do you reply?

report-it-chat-3-reply-safe = Coming across it could happen to anyone, and reporting it is the right thing to do. Let's report the link and tell a trusted adult tonight.
report-it-chat-3-reply-safe-feedback = Great reply. Stumbling across something like this could happen to anyone, and by reporting it you are doing the right thing: it helps stop the child in it being harmed again. If you prefer, you can report to the IWF without giving your name: only the link is needed. Don't count on someone else doing it. And telling a trusted adult means { $contact } and you don't have to deal with this alone.

report-it-chat-3-reply-risky = Yeah, let's ignore it. It's not our problem.
report-it-chat-3-reply-risky-feedback = Lots of people feel this way, and it's natural to want to stay out of it. But if everyone thinks someone else will report it, nobody does, and the video can keep being shared. Reporting can be anonymous, and it can help get the video removed. You can still change your mind.

report-it-chat-3-reply-neutral = Let's ask everyone in the group who the kid is.
report-it-chat-3-reply-neutral-feedback = You want to help, and that's kind. But asking around could spread the video further and hurt the child more. Leave that to the trained people who deal with reports, and to the police. Choose another reply to carry on.

## Step: what-happens (after the chat)

report-it-what-happens-title = What happens after a report
report-it-what-happens-body = Let's step out of the chat. When someone reports a link to the Internet Watch Foundation (IWF), a trained analyst, a real person, looks at every report and judges it against UK law. If the material is criminal, the IWF works to get it blocked and removed, and the police are told where needed. A removed image can be given a hash, a kind of digital fingerprint, so that copies can be found and blocked too. You don't have to give your name: the link is enough.
report-it-what-happens-note = If learners ask: the IWF is a UK charity, but people in many other countries can report to it through a reporting portal in their own language. The Help step at the end shows this.

## Step: support-shared (after agreeing to a screenshot)

report-it-support-shared-title = If you already have a copy
report-it-support-shared-body = It's never your fault. Wanting proof, or wanting to help, is natural. If you have a copy of an image like this, don't send it on to anyone, not even to report it, and don't show it to anyone. Tell a trusted adult straight away: they can help you report the link and work out what to do next. You can still get help, whatever has already happened.
report-it-support-shared-note = A learner who chose this path may have been in a similar situation. Watch for reactions, keep the tone calm, and offer to talk privately afterwards. If a child tells you they have such an image, do not look at it: follow your safeguarding procedure.

## Step: support-saw (after opening the link)

report-it-support-saw-title = If you saw something upsetting
report-it-support-saw-body = It's never your fault if you see something like this, even if you clicked on it yourself. Feeling shocked, upset or confused afterwards is a normal reaction. Close it, don't look further, and talk to a trusted adult about how you feel. You can still report the link.

## Step: support-tricky (after choosing to ignore it)

report-it-support-tricky-title = It's OK to find this hard
report-it-support-tricky-body = Some of your replies were risky, and that's OK: this is a safe place to practise. It's natural to want to stay out of it, or to hope someone else will report it. But reporting the link, without giving your name if you like, can help get the video removed and stop the child in it being harmed again. You can still change your mind and tell a trusted adult.

## Step: report-quiz (multiple choice)

report-it-report-quiz-question = Someone reports a link to the IWF. What happens next? Choose everything that is true.
report-it-report-quiz-analyst = A trained analyst, a real person, looks at the report.
report-it-report-quiz-analyst-feedback = Every report is looked at by a trained person, who judges it against UK law.
report-it-report-quiz-nobody = A computer deals with it, and no person ever looks at it.
report-it-report-quiz-nobody-feedback = A real person looks at every report. Trained analysts decide whether the material is criminal.
report-it-report-quiz-removed = If the material is criminal, the IWF works to get it blocked and removed.
report-it-report-quiz-removed-feedback = The IWF works to get criminal material blocked and removed, and the police are told where needed.
report-it-report-quiz-hash = A digital fingerprint (a hash) can help stop copies being shared.
report-it-report-quiz-hash-feedback = A hash lets copies of a removed image be found and blocked.
report-it-report-quiz-hint = Think back to "What happens after a report". Who looks at a report, and what can they do?
report-it-report-quiz-explanation = A trained analyst looks at every report. If the material is criminal, the IWF works to get it blocked and removed, the police are told where needed, and a hash can help stop copies. You can report without giving your name.

## Step: sort

report-it-sort-prompt = You come across a link that might show a sexual image or video of someone under 18. Sort these actions: do this, or don't do this?
report-it-sort-group-do = Do this
report-it-sort-group-dont = Don't do this

report-it-sort-card-close = Close it and don't look any further.
report-it-sort-card-close-feedback = You don't need to see more to know it's wrong.
report-it-sort-card-forward = Forward it to friends so they can report it too.
report-it-sort-card-forward-feedback = Every forward makes another copy. Each person can report the link without sharing anything.
report-it-sort-card-screenshot = Take a screenshot as proof for the report.
report-it-sort-card-screenshot-feedback = A screenshot is a copy too. A report only needs the link.
report-it-sort-card-report-link = Report the link (the web address).
report-it-sort-card-report-link-feedback = The link is all a report needs, and you can report without giving your name.
report-it-sort-card-tell = Tell a trusted adult.
report-it-sort-card-tell-feedback = You don't have to deal with it alone, and a trusted adult doesn't need to see it to help.
report-it-sort-card-find-out = Try to find out who is in the video.
report-it-sort-card-find-out-feedback = Asking around could spread it further. Leave that to trained analysts and the police.

report-it-sort-note = If there's time, ask which card the class found hardest, and why a screenshot feels helpful but isn't.

## Step: talk (discussion)

report-it-talk-prompt = Why might some young people not report something like this? What would make it easier for them?
report-it-talk-model-answer = Young people might be afraid of getting into trouble, feel embarrassed, think someone else will report it, or not know how. It helps to know that reporting can be anonymous and only needs the link, that a trained person looks at every report and works to get criminal material removed, that reporting helps stop the child being harmed again, and that a trusted adult will listen without blame. It is never the young person's fault that they came across it.
report-it-talk-starter-tell = If you saw something online that worried you, who would you tell first?
report-it-talk-starter-after = What do you think happens after someone reports a link?
report-it-talk-starter-easier = What could I do to make it easier for you to tell me about something like this?
report-it-talk-parent-tip = Stay calm. If your child tells you they came across something like this, thank them for telling you and tell them it isn't their fault. Don't ask to see it, and never view, forward or screenshot it yourself: report the link together, using the Help screen.
report-it-talk-note = Give pairs a minute to talk before taking answers. Write the reasons on the board, then the answers to each one.

## Step: get-help

report-it-get-help-title = Report it, don't ignore it
report-it-get-help-body = In dozens of countries there is an IWF reporting portal: a web page in local languages where you can report a link straight to IWF analysts, without giving your name. The first portal opened in 2013, and in its 2022 annual report the IWF counted 50 active portals. This Help screen shows where to report in your country. If a person is sending you images like this, or asking you for images, report their account in the app and, with a trusted adult, to the police. If someone is in danger right now, call your local police emergency number. And tell a trusted adult: you don't have to deal with it alone.
report-it-get-help-note = Before the lesson, open this screen and check which portal or service it shows for your country, so you can point it out to the class.

## Step: end

report-it-end-title = Well done for practising
report-it-end-summary = A friend sent a link to the group chat, and you practised what to do: don't look, don't share, report the link and tell a trusted adult.
report-it-end-key-stop = If you come across a sexual image or video of someone under 18, don't look further, and never forward, share or screenshot it, even to report it.
report-it-end-key-report = Report the link. You can do it without giving your name.
report-it-end-key-after = A trained analyst looks at every report and works to get criminal material blocked and removed.
report-it-end-key-tell = It's never your fault if you come across it. Tell a trusted adult.
