# ChatWise lesson "Not your fault" (content/lessons/not-your-fault.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# The lesson uses no variables: names are written out, so translators can decline them.
# For ages 14-17: Arsen, 15, is a boy on purpose (boys are the most frequent targets). No image is
# ever shown or described: it is "a photo", "a nude" or "a fake", nothing more.
# Facts trace to docs/help-sources.md: section 6.4 (current pattern, figures in the facilitator notes
# only), 4.3 (advice), 6.1 (reporting a person), 6.3 (crisis support) and 3 (Take It Down).

## Lesson information

not-your-fault-title = Not your fault: when a chat turns into blackmail
not-your-fault-summary = Follow Arsen's evening, from a message on a friend's account to a threat less than an hour later, and practise the plan that works whether a photo is real or fake: don't pay, stop replying, report and block, keep the evidence, tell someone.
not-your-fault-content-note = This lesson is about sextortion: when someone threatens to share a nude or private photo of a young person, real or fake, unless they pay. Nothing in it is graphic, and no photo is ever shown or described. If anything in it worries you or reminds you of something, you can stop at any time and talk to an adult you trust.

not-your-fault-objective-spot = Recognise how sextortion often starts now: a friend's account that has been hacked, someone posing as a girl who sends a photo first, and threats within the hour.
not-your-fault-objective-plan = Know the plan: don't pay, stop replying, report the account in the app and note the username, then block it; don't delete your account or the chat; keep the evidence; tell a trusted adult; report it to the police or the national route on the Help screen.
not-your-fault-objective-fake = Know that the same plan works when the image is a fake, even if you never sent anything.
not-your-fault-objective-blame = Understand that sextortion is a crime and never the young person's fault: the law is there to protect you, and the person threatening you is the one breaking it.
not-your-fault-objective-friend = Know how to help a friend who says someone is threatening them.

## Notes for the adult

not-your-fault-facilitator-fictional = Arsen, Ruslan and Lina are made-up characters, and the chats are a simulation on a made-up messenger. Learners decide what Arsen should do instead of talking about themselves: this distance makes a difficult topic easier to discuss. Before you start, remind the group that nobody has to share their own experiences, and that they can talk to you privately afterwards.
not-your-fault-facilitator-vote = In class mode, read each message aloud, let pairs talk about what Arsen should do, then vote anonymously before you reveal the feedback: heads down with hands up, cards or mini-whiteboards. Avoid an open show of hands on "send" or "pay": someone who is being targeted right now may feel exposed. Follow the reply most of the class chose, and discuss the others afterwards.
not-your-fault-facilitator-story = Whatever the group chooses, the story goes on to a threat. If Arsen sent a photo, the threat uses it. If he sent nothing, the threat comes with a fake made from his public photos. This is deliberate: the lesson is about what to do next, and the plan is the same either way. Never suggest that sending a photo means someone deserves what happens next, or that not sending one keeps you safe.
not-your-fault-facilitator-boys = Arsen is a boy on purpose: boys aged 14-18 are the most frequent targets, and many do not think it could happen to them. Say clearly that all ages and genders are targeted, and that everyone in the room needs the plan, for themselves and for their friends.
not-your-fault-facilitator-no-blame = If the group picks a risky reply, treat it as a useful moment to learn, not a failure. The lesson takes a supportive path and then returns to the main story. Keep your tone calm throughout; avoid words like "stupid" or "naive", even about the character.
not-your-fault-facilitator-advice = The advice in this lesson follows the NCA alert to education professionals (29 April 2024, reproduced by the Welsh Government's Hwb and reported by Youth Work Unit), the IWF's "Sextortion: parents and carers" page, NCMEC's advice (National Children's Advocacy Center, "Steps to take following financial sextortion") and the Welsh Government's Hwb page "Sextortion": don't pay, because paying rarely stops it; stop replying; report the account in the app, note the username, then block it; don't delete your account, the chat, usernames or payment details; tell a trusted adult; report it to the police. It is not the young person's fault: the criminal is to blame. The tricks in the story (a friend's hacked account, an offender who sends an image first, a claim to have hacked the phone) are listed on the UK Safer Internet Centre's "Sextortion" page; the gift-card demand is described by NASUWT's summary of the NCA alert and by NCMEC ("NCMEC releases new sextortion data").
not-your-fault-facilitator-law = The lesson says "the law is there to protect you: the person threatening you is the one breaking it". In the UK, CEOP Education says it is illegal for someone to put pressure on a young person under 18 to send sexual photos of themselves, and CEOP tells parents that "your child will not be in trouble" for reporting. If you adapt the lesson for another country, check the law and your local police's practice, and change the wording if you need to. Do not promise a young person an outcome you cannot guarantee.
not-your-fault-facilitator-tools = Take It Down (NCMEC, "Take It Down" FAQ) is free, can be used anonymously, and is for anyone who was under 18 in a nude image, wherever they live, including images they fear will be shared. The image stays on the person's own device; only a digital fingerprint is shared. It works only on public or unencrypted platforms that take part: it cannot reach private messages, so never present it as a way to stop an image being sent to someone's family. Do not point young people to StopNCII, which is for adults.
not-your-fault-facilitator-family = In family mode, play it side by side and let the young person choose the replies. The discussion steps have conversation starters and tips for the adult, and the lesson ends with a family agreement you can adjust and print together. Don't worry if the conversation carries on later, or on another day.
not-your-fault-facilitator-figures = Figures for adults only; do not show them to learners. The NCA's alert to education professionals (29 April 2024) says offenders "in some cases have gone from initial contact to blackmailing their victim in under an hour", that the image "could be a real photo taken by the victim, or a fake image created of them by the offender", and that 91% of victims in UK sextortion cases dealt with by the IWF in 2023 were male; a large proportion of cases involved boys aged 14-18. Research for the NCA's March 2025 campaign, aimed at boys aged 15-17, found that 74% of the boys questioned did not see requests for nude images as a warning sign, and only 12% admitted they may be at risk (the release does not give the survey's age range). In Thorn's survey of 1,200 young people aged 13-20 ("Deepfake Nudes & Young People", 3 March 2025), 1 in 17 teens said someone had made deepfake nudes of them.

## Safeguarding notes

not-your-fault-safeguarding-before = Before the lesson, read your school's or organisation's safeguarding procedure, check who your designated safeguarding lead is and how to reach them today, and tell them when you are teaching this topic. Someone in the group may be going through this right now.
not-your-fault-safeguarding-crisis = Sextortion can cause acute panic and shame, and the NCA says some young people have taken their own lives as a result. Treat a disclosure that it is happening now as urgent. Do not leave a distressed young person alone. Ask them directly and calmly whether they feel safe, and whether they have thought about hurting themselves. Involve the designated safeguarding lead within the hour, and call the emergency number if they are at risk.
not-your-fault-safeguarding-disclosure = If a young person tells you something worrying, listen calmly and believe them. Tell them they did the right thing by telling you and that it is not their fault. Do not investigate, and do not ask leading questions: let them tell you in their own words, and write those words down as soon as you can.
not-your-fault-safeguarding-secrecy = Never promise to keep what a young person tells you a secret. Explain kindly that you may need to tell someone whose job is to help keep them safe, and what will happen next.
not-your-fault-safeguarding-images = Never ask to see an image, real or fake, and never view, copy, screenshot, forward or save one, even to report it. Pass the concern to your designated safeguarding lead.
not-your-fault-safeguarding-now = If a young person says someone is threatening them right now, reassure them, and tell them: don't pay and don't send anything; stop replying; report the account in the app, note the username, then block it; don't delete their account or the chat; keep the messages, usernames and any receipts or gift-card codes. Then pass it straight to the designated safeguarding lead, who can involve the police.
not-your-fault-safeguarding-procedure = Follow your school's or organisation's safeguarding procedure and tell the designated safeguarding lead the same day about any worry a young person shares, however small it seems. If a young person is in immediate danger, call the local emergency number.
not-your-fault-safeguarding-home = At home: if your child tells you, stay calm and show them you are not angry. Tell them it is not their fault and that you will sort it out together. Don't pay, and don't ask to see the image. Help them report the account, keep the evidence, and report it to the police. If they are very upset, stay with them, ask whether they feel safe and whether they have thought about hurting themselves, and call the emergency number if they are at risk.

## Materials

not-your-fault-material-screen = A projector or large screen for class mode, or one device for a family or a young person on their own.
not-your-fault-material-help = Before you start, open the Help screen and check which helplines and reporting routes it shows for your country, including where to report a person to the police.
not-your-fault-material-contacts = The name of your designated safeguarding lead, written up where everyone can see it, so learners know who they can talk to.
not-your-fault-material-votes = Cards or mini-whiteboards for anonymous voting in class.
not-your-fault-material-questions = A box or envelope for anonymous questions, so learners can ask what they don't want to ask in front of others.

## Family agreement

not-your-fault-agreement-check = When a friend's account messages us from a new number or asks for something unusual, we check with them another way first.
not-your-fault-agreement-plan = If anyone threatens to share a photo of one of us, real or fake, we don't pay and we stop replying.
not-your-fault-agreement-evidence = We report the account and note the username before we block it, and we don't delete the chat or our accounts.
not-your-fault-agreement-tell = We tell each other straight away, whatever time it is, and nobody gets blamed for telling.
not-your-fault-agreement-calm = The adults in our family stay calm, don't blame, and help report it to the police.

## Step: intro

not-your-fault-intro-title = A normal evening
not-your-fault-intro-body = Arsen is 15. He plays football for a local team, and his profile is full of match photos. It's a Tuesday evening and he's on his phone after training. In this lesson, you decide what Arsen does next. It's a practice chat: whatever you choose, there will be help along the way.
not-your-fault-intro-image-alt = Arsen sits on the sofa in the evening, looking at his phone; his profile is full of football match photos.
not-your-fault-intro-note = Ask the group: if a friend's account messaged you, how would you know it was really them? Take a few answers. Point out that an account is not the same as a person.

## Chat contacts

not-your-fault-contact-ruslan = Ruslan
not-your-fault-contact-ruslan-label = New account. Says it's Ruslan from your team
not-your-fault-contact-lina = Lina
not-your-fault-contact-lina-label = New contact. Says she's 16
not-your-fault-contact-unknown-1 = Unknown account
not-your-fault-contact-unknown-2 = Another unknown account
not-your-fault-contact-unknown-label = Message request, no profile picture

## Step: chat-1 (a friend's account, from a new number)

not-your-fault-chat-1-msg-1 = hey it's Ruslan!! lost my phone, this is my new account
not-your-fault-chat-1-msg-2 = listen, a girl called Lina saw you play on Saturday. she thinks you're cute haha
not-your-fault-chat-1-msg-3 = I gave her your username ok? she'll message you
not-your-fault-chat-1-prompt = It looks like Ruslan, but it's a new account. What should Arsen do?

not-your-fault-chat-1-reply-safe = (Arsen doesn't answer the new account yet. He texts Ruslan on his usual number to check it's really him.)
not-your-fault-chat-1-reply-safe-feedback = Checking first is smart. Accounts get hacked, and anyone can make a new account with a friend's name and photo. Checking another way, on the number you already have or in person, is the quickest way to find out who you're really talking to.

not-your-fault-chat-1-reply-risky = haha ok bro, she can message me
not-your-fault-chat-1-reply-risky-feedback = It makes sense to trust a message that looks like it's from a friend, and that's exactly why criminals use friends' accounts. It's not Arsen's fault. When a friend's account appears from a new number, it's worth checking with them another way first. Let's see what happens next.

not-your-fault-chat-1-reply-neutral = who's Lina? do I know her?
not-your-fault-chat-1-reply-neutral-feedback = Asking questions is natural. But if the account isn't really Ruslan, whoever is using it can answer anything they like. The only way to be sure is to check with Ruslan another way. Choose another reply to carry on.

not-your-fault-chat-1-note = Pause before the vote and ask: what would you want to check first, and how?

## Step: chat-2 (a "girl" who sends a photo first)

not-your-fault-chat-2-msg-1 = hi Arsen :) Ruslan said you wouldn't mind me messaging
not-your-fault-chat-2-msg-2 = I'm Lina, 16. you were really good on Saturday. and cute in your team photo :$
not-your-fault-chat-2-msg-3 = ok I trust you. I just sent you a photo of me. only for you
not-your-fault-chat-2-msg-4 = your turn now ;) it's only fair
not-your-fault-chat-2-prompt = Lina has sent a photo and wants a private one back. What should Arsen do?

not-your-fault-chat-2-reply-safe = (Arsen doesn't send anything. He stops replying, reports Lina's account in the app and notes the username.)
not-your-fault-chat-2-reply-safe-feedback = Arsen doesn't owe Lina anything. Sending a photo first is a trick to make you feel you owe one back, and the photo may not even be of the person you're talking to. Arsen doesn't have to explain why he stopped replying, and reporting the account helps the app act.

not-your-fault-chat-2-reply-risky = (Arsen sends a private photo back.)
not-your-fault-chat-2-reply-risky-feedback = Lots of young people would. Lina seemed real, came through a friend and sent a photo first: that is how the trick is meant to work. If you have ever sent a photo, it's not your fault, and it's never too late to get help. Let's see what Arsen can do next.

not-your-fault-chat-2-reply-neutral = how do I know you're really Lina? you could be anyone
not-your-fault-chat-2-reply-neutral-feedback = That's a good question to ask yourself. But whoever runs this account can say anything, or send more stolen photos, to convince Arsen. He doesn't need to win an argument: being asked for a private photo by someone he has only just met is the red flag. Choose another reply to carry on.

not-your-fault-chat-2-note = Ask: which of Lina's messages seemed most convincing, and why? Point out that nobody can tell from a photo who sent it.

## Step: later-fake (Arsen sent nothing)

not-your-fault-later-fake-title = Ten minutes later
not-your-fault-later-fake-body = Arsen didn't send anything. Ten minutes later, Lina's account has disappeared, and a message request arrives from an account he doesn't know. It says it has a nude photo of Arsen. Arsen never took one: it's a fake, made from the photos on his public profile. Whatever Arsen does next works just as well for someone who did send a photo.
not-your-fault-later-fake-note = If learners ask how a fake could be made, keep it general: apps and editing tools can make a convincing fake from ordinary photos. Don't name apps or describe how. The point is that a fake is still a crime, and the same plan works.

## Step: later-sent (Arsen sent a photo)

not-your-fault-later-sent-title = Ten minutes later
not-your-fault-later-sent-body = Arsen sent a photo. Ten minutes later, Lina's account has disappeared, and a message request arrives from an account he doesn't know.

## Step: support-sent (after sending a photo)

not-your-fault-support-sent-title = If you've sent a photo
not-your-fault-support-sent-body = Arsen sent a photo because Lina seemed real, came through a friend and sent one first. That happens to lots of young people. If it has happened to you, it's not your fault: the person who tricks and threatens you is the one breaking the law. You can still get help, and what Arsen does next works for you too. If you feel panicked or like you can't cope, talk to someone right now: a trusted adult, or a helpline on the Help screen. This can be sorted out.
not-your-fault-support-sent-note = Say out loud that sending a photo does not make anyone to blame for what happens next, and that the rest of the lesson is about what helps.

## Step: chat-3 (the threat and a gift-card demand)

not-your-fault-chat-3-msg-1 = hi Arsen. "Lina" says hi :)
not-your-fault-chat-3-msg-2 = I've got a nude of you. I've got your followers too: your mum, your sister, your whole team
not-your-fault-chat-3-msg-3 = buy gift cards and send me the codes. you have 30 minutes
not-your-fault-chat-3-msg-4 = or they all get it. and don't tell anyone
not-your-fault-chat-3-prompt = It's been less than half an hour since the first message. What should Arsen do?

not-your-fault-chat-3-reply-safe = (Arsen doesn't pay and stops replying. He reports the account in the app, notes the username, then blocks it. He keeps his own account and the chat.)
not-your-fault-chat-3-reply-safe-feedback = That's the plan. Not paying means the criminal gets nothing. Reporting before blocking, and keeping the username and the chat, means the app and the police can act. Arsen doesn't have to tell them he's telling anyone. None of this is his fault, real photo or fake.

not-your-fault-chat-3-reply-risky = (Arsen buys a gift card with his savings and sends the code, hoping it will stop.)
not-your-fault-chat-3-reply-risky-feedback = It makes sense to want it to stop, right now. But paying rarely ends it: people who do this usually come back for more. If someone has already paid, it's not their fault, and it's not too late to get help. Keeping the receipt and the codes can help the police.

not-your-fault-chat-3-reply-neutral = that's not even me!! it's fake. please just leave me alone
not-your-fault-chat-3-reply-neutral-feedback = Feeling scared and desperate is completely understandable, and if it's a fake, Arsen is right. But arguing or begging tells them the threat is working, and any reply keeps the chat going. Arsen doesn't owe them an answer. Choose another reply to carry on.

not-your-fault-chat-3-note = Before the vote, ask: how might Arsen be feeling right now? Panic, fear and shame are normal. The deadline and "don't tell anyone" are there to stop him thinking and talking to someone.

## Step: chat-4 (another account, "I've hacked your phone")

not-your-fault-chat-4-msg-1 = new account, same me :) I've hacked your phone. I can see all your contacts
not-your-fault-chat-4-msg-2 = now it's two gift cards
not-your-fault-chat-4-msg-3 = 10 minutes. then I start with your mum
not-your-fault-chat-4-prompt = The messages keep coming, from another new account. What should Arsen do now?

not-your-fault-chat-4-reply-safe = (Arsen doesn't reply. He reports and blocks this account too, keeps everything, and goes to tell his mum what's happening, right now.)
not-your-fault-chat-4-reply-safe-feedback = That's the plan. A new account is the same criminal: report it and block it too. "I've hacked your phone" is said to scare him: true or not, the plan is the same. Telling his mum means Arsen isn't dealing with this alone, and she can help him report it to the police. A trusted adult can be a parent, a carer, a coach, a teacher or another adult you trust.

not-your-fault-chat-4-reply-risky = (Arsen deletes the chats, the app and his account, so there's no trace.)
not-your-fault-chat-4-reply-risky-feedback = Wanting it all to disappear is a very normal feeling. But deleting his account doesn't stop the criminal, and the chats and usernames are the evidence the app and the police need. If something has already been deleted, it's not Arsen's fault, and he can still get help.

not-your-fault-chat-4-reply-neutral = ok ok. give me till tomorrow, I'll get the money
not-your-fault-chat-4-reply-neutral-feedback = Trying to buy time is understandable. But a promise to pay tells them the threats are working, and they will push harder. Arsen doesn't need to reply at all. Choose another reply to carry on.

not-your-fault-chat-4-note = If someone asks "but what if they really send it?", be honest: nobody can promise they won't. Telling a trusted adult early, reporting the account and going to the police is what gives Arsen the most help, and people who care about him will be on his side.

## Step: check-in

not-your-fault-check-in-title = What was really going on?
not-your-fault-check-in-body = Later that evening, Ruslan messaged Arsen from his usual number: he hadn't lost his phone, and the new account wasn't him. His account had been hacked the day before, and the criminal had used it to find his teammates. Lina wasn't a 16-year-old girl. She was a made-up profile with stolen photos, run by a criminal who wanted money fast. From the first message to the threat took less than half an hour. This is called sextortion. It is a crime, real photo or fake, and the only person to blame is the criminal, never the young person.
not-your-fault-check-in-note = Ask: when did the chat first start to feel wrong? There's no single right answer; many people only notice when they look back.

## Step: support-paid (after paying)

not-your-fault-support-paid-title = If someone has already paid
not-your-fault-support-paid-body = In the chat, Arsen paid, and they came back for more. Lots of young people pay, because they're scared and want it to stop. If you have, it's not your fault. Stop paying and stop replying. Keep the receipts, the codes and the messages, because they can help the police. Tell a trusted adult: it's never too late to get help. If you feel panicked or like you can't cope, talk to someone right now: a trusted adult, or a helpline on the Help screen.

## Step: support-deleted (after deleting everything)

not-your-fault-support-deleted-title = If things are already deleted
not-your-fault-support-deleted-body = In the chat, Arsen deleted everything. Wanting it all to disappear is a very normal feeling. If you have already deleted messages or an account, it's not your fault, and you can still report what happened and get help. Keep anything that is left, write down any usernames you remember, and tell a trusted adult.

## Step: support-tricky (after any other risky reply)

not-your-fault-support-tricky-title = Those tricks were made to work
not-your-fault-support-tricky-body = Some of Arsen's choices were risky, and that's OK: this is a place to practise. The tricks were designed to work: a friend's account, a "girl" who sent a photo first, a deadline, and threats that kept coming. It's never your fault if someone tricks you. You can change course at any time: stop replying, report and block, and tell a trusted adult.

## Step: plan-quiz (multiple choice)

not-your-fault-plan-quiz-question = Someone says they'll share a nude of you, real or fake, unless you pay. Which of these are good things to do?
not-your-fault-plan-quiz-stop = Don't pay, and stop replying.
not-your-fault-plan-quiz-stop-feedback = Paying rarely makes it stop, and any reply keeps the chat going.
not-your-fault-plan-quiz-prove = Reply to prove the photo is a fake.
not-your-fault-plan-quiz-prove-feedback = You don't owe them an argument. Any reply tells them the threat is working. Stop replying and get help instead.
not-your-fault-plan-quiz-report = Report the account in the app, note the username, then block it.
not-your-fault-plan-quiz-report-feedback = Reporting first and keeping the username helps the app and the police act. Blocking stops the messages reaching you.
not-your-fault-plan-quiz-delete = Delete your account and the whole chat so there's no trace.
not-your-fault-plan-quiz-delete-feedback = It can feel safer, but it doesn't stop them, and the chat is evidence. Keep your account and the messages.
not-your-fault-plan-quiz-tell = Tell a trusted adult, and report it to the police or the national route on the Help screen.
not-your-fault-plan-quiz-tell-feedback = You don't have to deal with this alone. A trusted adult can help you report it and stay with you while you do.
not-your-fault-plan-quiz-pay = Pay once, so they leave you alone.
not-your-fault-plan-quiz-pay-feedback = Paying rarely stops it: people who do this usually come back for more.
not-your-fault-plan-quiz-hint = Think back to what helped Arsen, and what made things harder.
not-your-fault-plan-quiz-explanation = Don't pay and stop replying. Report the account in the app, note the username, then block it. Don't delete your account or the chat, and keep the evidence. Tell a trusted adult and report it to the police or the national route on the Help screen. The plan is the same whether the photo is real or a fake. This is the advice of organisations that help young people in this situation, such as the UK's National Crime Agency, the Internet Watch Foundation and NCMEC.

## Step: law-quiz (true or false)

not-your-fault-law-quiz-question = If Arsen sent the photo himself, it's his own fault, so he should keep quiet and deal with it alone.
not-your-fault-law-quiz-true-feedback = Arsen is the one being harmed here. The law is there to protect young people like him: the person threatening him is the one breaking it.
not-your-fault-law-quiz-false-feedback = Whatever he sent, Arsen is the victim of a crime. The person threatening him is the one breaking the law, and telling is the right thing to do.
not-your-fault-law-quiz-explanation = It's never your fault, whether you sent a photo or it's a fake. The law is there to protect you: the person threatening you is the one breaking it. Telling a trusted adult and reporting it is the right thing to do.
not-your-fault-law-quiz-note = Fear of getting into trouble is one of the main reasons young people don't tell. If learners ask about the law where you live, answer honestly, or note the question and come back to it. See the facilitator note on the law.

## Step: sort

not-your-fault-sort-prompt = Sextortion doesn't always look like Arsen's story. Which of these are red flags? For every red flag, the plan is the same.
not-your-fault-sort-group-red-flag = Red flag: stop and use the plan
not-your-fault-sort-group-ok = Not a red flag on its own

not-your-fault-sort-card-new-number = A friend's account messages you from a new number
not-your-fault-sort-card-new-number-feedback = Accounts get hacked and copied. Check with your friend another way, on their usual number or in person, before you do anything it asks.
not-your-fault-sort-card-usual = Ruslan messages from his usual account to ask what time training starts
not-your-fault-sort-card-usual-feedback = An everyday question from a friend's usual account isn't a red flag on its own.
not-your-fault-sort-card-photo-first = They send a photo first
not-your-fault-sort-card-photo-first-feedback = It's a trick to make you feel you owe them one, and the photo may not even be of them. Don't send anything back. Stop replying, report and block.
not-your-fault-sort-card-hacked = They say they've hacked your phone
not-your-fault-sort-card-hacked-feedback = It's said to scare you. True or not, the plan is the same: don't pay, stop replying, report and block, and tell a trusted adult.
not-your-fault-sort-card-fake = They show a nude of you that you never took (a fake)
not-your-fault-sort-card-fake-feedback = A fake is still a crime, and it's not your fault. Don't argue or try to prove it's fake: the same plan works.
not-your-fault-sort-card-gift-card = They want gift-card codes, and they want them in the next 30 minutes
not-your-fault-sort-card-gift-card-feedback = Gift cards and deadlines are part of the trick: they want money fast, before you can talk to anyone. Don't pay.
not-your-fault-sort-card-heads-up = A friend tells you at training that his account was hacked last night
not-your-fault-sort-card-heads-up-feedback = That's a friend looking out for you. Now you know to ignore messages from his old account, and you can help him report it.

not-your-fault-sort-note = If learners disagree about a card, ask them to explain their thinking. Draw out the main point: whatever the trick, the plan doesn't change.

## Step: talk-why (discussion)

not-your-fault-talk-why-prompt = Why do you think the criminal used Ruslan's account, pretended to be a girl, sent a photo first and moved so fast? Why might a boy like Arsen find it hard to tell anyone?
not-your-fault-talk-why-model-answer = A friend's account borrows trust the criminal hasn't earned. Posing as a girl of a similar age, with compliments and a photo sent first, makes a swap feel fair and normal. Moving fast, with a deadline, leaves no time to think or to talk to anyone. A boy like Arsen might feel embarrassed, worry that people will laugh or think he was stupid, believe he should handle it himself, or be afraid of getting into trouble. A good answer includes: none of this is Arsen's fault, the criminal is to blame, and telling a trusted adult is strong, not weak.
not-your-fault-talk-why-starter-friend = How could you check that a message from a friend's account really comes from them?
not-your-fault-talk-why-starter-fast = Why would someone want you to act within 30 minutes?
not-your-fault-talk-why-starter-boys = What might make it harder for a boy to ask for help, and what could make it easier?
not-your-fault-talk-why-parent-tip = Ask what they think rather than telling them what to think, and listen more than you talk. Teenagers are more likely to come to you later if this conversation felt respectful, not like a lecture.
not-your-fault-talk-why-note = Give pairs two minutes before taking answers from the whole group. Don't ask anyone to share personal experiences. Challenge any comment that blames the victim, calmly and straight away.

## Step: talk-friend (discussion)

not-your-fault-talk-friend-prompt = A week later, a teammate tells Arsen quietly: "Someone says they'll send a nude of me to everyone unless I pay." What could Arsen say and do?
not-your-fault-talk-friend-model-answer = Arsen could listen, believe him and say it's not his fault: "That's not on you. The person doing this is a criminal." He could help with the plan: don't pay, stop replying, report the account and note the username, then block it, don't delete anything. He should never ask to see the image or pass it on. He could offer to go with his friend to a trusted adult, or help him use the Help screen. If his friend seems panicked or talks about hurting himself, Arsen should stay with him and get an adult straight away, even if his friend asked him not to.
not-your-fault-talk-friend-starter-say = What are the first words you would want to hear from a friend?
not-your-fault-talk-friend-starter-not = What should a friend never do in this situation?
not-your-fault-talk-friend-starter-adult = Which adults could you go to together?
not-your-fault-talk-friend-parent-tip = Tell your teenager that if a friend ever confides something like this, they can bring it to you, and you'll help without getting anyone into trouble for telling. Young people often tell a friend before they tell an adult.
not-your-fault-talk-friend-note = Make sure learners know that telling an adult about a friend who may be at risk is not betraying them. Remind the group who the designated safeguarding lead is and how to reach them.

## Step: get-help

not-your-fault-get-help-title = If someone is threatening you
not-your-fault-get-help-body = You're not alone, and it's never too late to get help. Don't pay and stop replying. Report the account in the app, note the username, then block it. Don't delete your account or the chat: they are evidence. Tell a trusted adult, and report it to the police or the national route on the Help screen. All of this works whether the photo is real or a fake. If a nude photo of you was taken when you were under 18, Take It Down, a free tool from NCMEC, can help stop it being posted on many public apps and sites that take part. It can't reach private messages, which is why reporting and telling someone quickly matters. If you feel panicked or like you can't cope, talk to someone right now: a trusted adult, or a helpline on the Help screen. This can be sorted out, and you won't feel like this forever.
not-your-fault-get-help-note = Point out the reporting routes and helplines this screen shows for your country, and where the Help button and Quick exit are on every screen.

## Step: end

not-your-fault-end-title = Real or fake, you know the plan
not-your-fault-end-summary = You followed Arsen's evening, from a message on a friend's account to a threat less than an hour later, and practised what to do whether the photo is real or a fake.
not-your-fault-end-key-not-your-fault = Sextortion is a crime. It's never your fault: the law is there to protect you, and the person threatening you is the one breaking it.
not-your-fault-end-key-plan = Don't pay and stop replying. Report the account in the app, note the username, then block it. Don't delete your account or the chat.
not-your-fault-end-key-tell = Tell a trusted adult, and report it to the police or the national route on the Help screen.
not-your-fault-end-key-fake = A friend's hacked account, a photo sent first, "I've hacked your phone", a fake: the same plan works every time.
not-your-fault-end-key-panic = If you feel panicked, talk to someone right now. This can be sorted out.
not-your-fault-end-note = Close by reminding the group where the Help screen is, who the designated safeguarding lead is, and that they can talk to you privately. Stay available for a few minutes after the lesson.
