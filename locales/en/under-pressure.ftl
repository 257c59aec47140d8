# ChatWise lesson "Under pressure" (content/lessons/under-pressure.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# Facts trace to docs/help-sources.md section 4.3 (advice for a child who is being sextorted), section 4.2
# (tactics), section 3 (Take It Down, Report Remove: public or unencrypted platforms only, never private messages),
# section 6.3 (crisis) and 6.4 (speed, fakes, gift cards) and, in the facilitator notes only, section 4.1 (figures).
# The photo is never shown or described: it is only ever "a private photo".

## Lesson information

under-pressure-title = Under pressure: when a photo becomes a threat
under-pressure-summary = Follow Kai's chat with someone who pretends to be a teenager, spot the tricks, and practise what to do if someone threatens to share a private photo: don't pay, stop replying, keep the evidence and get help.
under-pressure-content-note = This lesson is about sextortion: when someone threatens to share a private photo of a young person unless they pay money or send more. Nothing in it is graphic, and no photo is shown or described. If anything in it worries you or reminds you of something, you can stop at any time and talk to an adult you trust.

under-pressure-objective-tactics = Recognise how sextortion often starts: someone pretending to be a teenager, lots of compliments, moving to a private app, asking for a photo, then threats.
under-pressure-objective-respond = Know what to do if someone makes threats: don't pay, stop replying, report the account in the app and note their username, then block them (but don't delete your own account or the chat), keep the messages, tell a trusted adult and report it.
under-pressure-objective-blame = Understand that sextortion is a crime and never the young person's fault: the criminal is to blame.
under-pressure-objective-hope = Know that it is not hopeless and never too late to get help: tools like Take It Down can help stop a photo being posted or shared on many apps and sites. They can't reach private messages, which is why reporting the account and telling an adult quickly matters.

## Facilitator notes

under-pressure-facilitator-fictional = Kai and Jordan are made-up characters, and the chat is a simulation on a made-up app. Learners decide what Kai should do instead of talking about themselves: this distance makes a difficult topic easier to discuss. Before you start, remind the class that nobody has to share their own experiences, and that they can talk to you privately afterwards.
under-pressure-facilitator-vote = In class mode, read each message aloud and let pairs talk about what Kai should do. Then take an anonymous vote before you reveal the feedback: heads down and hands up, cards, or mini-whiteboards shown only to you. Keep the tally without names, follow the reply most of the class chose, and discuss the others afterwards. Someone in the room may be going through this, so nobody should have to vote in front of the others.
under-pressure-facilitator-story = Whatever the class chooses when Jordan asks for a photo, the story goes on with Kai sending one, because this lesson is about what to do next. Say clearly that this happens to many young people, that the pressure is designed to work, and that Kai is not to blame. Never suggest that sending a photo means someone deserves what happens next.
under-pressure-facilitator-cues = Sextortion does not always build up slowly. The National Crime Agency's alert to schools (29 April 2024, reproduced by the Welsh Government on Hwb) says some offenders have gone from first contact to blackmail in under an hour, that the image can be a real photo or a fake one the offender has made, and that the demand can be money or a gift card. The UK Safer Internet Centre ("Sextortion") lists other tactics too: hacking accounts and pretending to be children the young person knows, sharing a nude image first, and claiming to have hacked the young person's accounts. The cues quiz covers these: however it starts, the plan is the same, and it is never the young person's fault.
under-pressure-facilitator-no-blame = If the class picks a risky reply, treat it as a useful moment to learn, not a failure. The lesson takes a supportive path and then returns to the main story. Keep your tone calm throughout.
under-pressure-facilitator-family = At home (family mode), sit side by side, let your young person choose Kai's replies, and talk about each choice before you read the feedback. There are no scores to compare. Before you start, say that you can stop at any time and that nothing they say will make you angry with them. Notes about the class can be skipped; the parent tips and the family agreement at the end are written for you.
under-pressure-facilitator-advice = The advice in this lesson follows the IWF's "Sextortion: parents and carers" page; the National Crime Agency's alert to education settings (29 April 2024), as the Welsh Government reproduces it on Hwb ("Financially motivated sexual extortion"), and the NCA's advice for parents (reported by Youth Work Unit, "NCA issues urgent warning about sextortion and what to do"); NCMEC's advice (National Children's Advocacy Center, "Steps to take following financial sextortion"); the Welsh Government's Hwb page "Sextortion"; and the UK Safer Internet Centre's "Sextortion resources": don't pay, stop replying, report the account and note the username, then block it, but don't delete your own account or the chat, keep the messages, tell a trusted adult and report it, including to the police. It is not the young person's fault: the criminal is to blame. And it is not hopeless, but never promise that an image can be taken down: the tools below reach only public or unencrypted platforms that take part, not private messages, which is where threats like Jordan's are carried out. That is why reporting the account and telling an adult quickly matter.
under-pressure-facilitator-tools = Take It Down (NCMEC, "Take It Down" FAQ) is free, can be used anonymously, and is for anyone who was under 18 in the image, wherever they live, including images they fear will be shared. It makes a digital fingerprint (a hash) on the person's own device: the image itself is never uploaded or seen by anyone. It works only on public or unencrypted platforms that take part. Report Remove (Childline and the IWF, IWF page "Report Remove") is for under-18s in the UK, and can remove only publicly available content, not images in private chats or stored on someone's phone. Neither tool can reach private or encrypted messages. Do not point young people to StopNCII, which is for adults.
under-pressure-facilitator-figures = Figures for adults only; do not show them to learners. The IWF confirmed 176 sextortion reports in 2023, more than eight times the 21 of 2022; boys appeared in 91% of them, and 60% involved 16- and 17-year-olds (IWF, "Teenage boys targeted as hotline sees heartbreaking increase in child sextortion reports", 18 March 2024). In the first half of 2024, sextortion-related reports were up 19% on the first half of 2023, with victims as young as 11 and more girls (UK Safer Internet Centre blog reporting the IWF, 2 September 2024). Offenders often pose as girls of a similar age to trick teenage boys, and show victims details of their friends and family to make threats believable (Shropshire Star reporting the IWF, 18 September 2023).
under-pressure-facilitator-gender = Kai's gender is left open in English on purpose, so that every learner can see themselves in the story. Name the most common pattern out loud: most young people targeted are teenage boys, and offenders often pretend to be a girl of a similar age (see the figures above). Say too that it happens to girls and to young people of every gender, and that the plan and the help are the same for everyone.
under-pressure-facilitator-law = The line "The law is there to protect you. The person pressuring or threatening you is the one breaking it." follows CEOP Education ("Online grooming"): "it is also illegal for someone to put pressure on a young person under 18 to send sexual photos of themselves." If you adapt this lesson for another country, check what the law there says and adapt the line, keeping its message: the law protects young people, and the person pressuring them is the one in the wrong.

## Safeguarding notes

under-pressure-safeguarding-before = Before the lesson, read your school's safeguarding procedure, check who your designated safeguarding lead is, and tell them when you are teaching this topic. Someone in the class may be going through this right now.
under-pressure-safeguarding-disclosure = If a child tells you something worrying, listen calmly and believe them. Tell them they did the right thing by telling you and that it is not their fault. Do not investigate, and do not ask leading questions: let them tell you in their own words.
under-pressure-safeguarding-secrecy = Never promise to keep what a child tells you a secret. Explain kindly that you may need to tell someone whose job is to help keep them safe.
under-pressure-safeguarding-images = Never ask to see an image, and never view, copy, screenshot, forward or save one, even to report it. Pass the concern to your designated safeguarding lead.
under-pressure-safeguarding-procedure = Write down what the child said, in their own words, as soon as you can. Follow your school's or organisation's safeguarding procedure and tell the designated safeguarding lead straight away. If a child is in immediate danger, call the local police emergency number.
under-pressure-safeguarding-now = If a child says someone is threatening them right now, reassure them and tell them not to pay, not to send anything and not to reply; to report the account and note the username, then block it, but not to delete their own account or the chat; and to keep the messages, usernames and any payment details. Then pass it straight to the designated safeguarding lead, who can involve the police and help with reporting. Tools like Take It Down can help stop an image being posted or shared on many apps and sites, but they cannot reach private messages: do not promise that an image will be removed.
under-pressure-safeguarding-crisis = Sextortion can cause acute panic and shame, and some young people have taken their own lives, in some cases within hours of the threats (NCMEC, reported by Spectrum News, 29 August 2024; National Crime Agency, 29 April 2024). Treat a live disclosure as urgent. Do not leave a distressed child alone. Ask directly and calmly whether they feel safe, and whether they have had thoughts of hurting themselves. Involve the designated safeguarding lead within the hour, and call the emergency number if the child is at immediate risk. Tell them that this can be sorted out, that it is not their fault, and that they won't feel like this forever.
under-pressure-safeguarding-family = At home: if your child tells you someone is threatening them, stay calm and stay with them. Don't pay and don't reply. Keep the messages, report the account and note the username, then block it. Report it to the police, and tell your child's school so it can support them. If you are worried about your child's safety right now, call your local emergency number.

## Materials

under-pressure-material-screen = A projector or large screen for class mode, one device to share at home, or one device for a young person on their own.
under-pressure-material-help = Open the Help screen before the lesson and check which helplines and reporting services it shows for your country.
under-pressure-material-contacts = The name of your designated safeguarding lead, written up where everyone can see it, so learners know who they can talk to.
under-pressure-material-questions = A box or envelope for anonymous questions, so learners can ask what they don't want to ask in front of others.
under-pressure-agreement-tell = We tell each other if anyone online asks for a photo or makes threats, and we never blame the one who tells.
under-pressure-agreement-plan = If someone threatens us, we don't pay and don't reply. We keep the messages, report the account, then block it, and we tell each other straight away.
under-pressure-agreement-help = We know where the Help button is, and we ask for help quickly: from each other, from school or from a helpline.
under-pressure-agreement-calm = The grown-ups stay calm, listen and help, and never blame.

## Step: intro

under-pressure-intro-title = A message from Jordan
under-pressure-intro-body = Kai is 13 and posts drawings on an art-sharing app. One evening a message arrives from Jordan, someone Kai has never met. In this lesson you decide what Kai should do at each step. This is a practice chat, and whatever you choose, there is help along the way.
under-pressure-intro-image-alt = Evening: Kai draws at a desk; Kai's phone shows an art-sharing app and a new message from someone unknown.
under-pressure-intro-note = Ask the class: how can you tell who someone really is online? Take a few answers, then point out that often you can't.

## Chat contact

under-pressure-contact-jordan = Jordan
under-pressure-contact-jordan-label = New follower, says they're 14

## Step: chat-1 (flattery and a private app)

under-pressure-chat-1-msg-1 = hey!! just found your drawings. they're honestly amazing
under-pressure-chat-1-msg-2 = I'm 14 btw, I live kind of near you. you seem really cool
under-pressure-chat-1-msg-3 = this app is so public tho. let's chat on a private app instead? it's just us there
under-pressure-chat-1-prompt = { $contact } is full of compliments and wants to move to a private app. What should Kai reply?

under-pressure-chat-1-reply-safe = Thanks! I'd rather keep chatting here.
under-pressure-chat-1-reply-safe-feedback = Good choice. Lots of compliments from someone Kai has never met, then quickly asking to move somewhere private, is a common warning sign. In a private chat it's harder for anyone to notice what is going on. Kai can be friendly and still say no.

under-pressure-chat-1-reply-risky = Sure! What's your username there?
under-pressure-chat-1-reply-risky-feedback = It's natural to feel pleased when someone says nice things, and friends move apps all the time. But people who set out to trick young people often move the chat somewhere private early on, so that nobody else can see it. It isn't Kai's fault that { $contact } asked. Let's see what happens next.

under-pressure-chat-1-reply-neutral = Are you really 14?
under-pressure-chat-1-reply-neutral-feedback = It's good to wonder, but asking won't get Kai the truth. Anyone can say any age online, and people who trick young people often pretend to be the same age. Choose another reply to carry on.

under-pressure-chat-1-note = Pause after the third message and ask: why might someone want to move a chat somewhere private so quickly?

## Step: chat-2 (pressure for a photo)

under-pressure-chat-2-msg-1 = I feel like I can tell you anything. you're not like the others
under-pressure-chat-2-msg-2 = send me a private photo? just for me. I'll delete it straight away, promise
under-pressure-chat-2-msg-3 = come on. don't you trust me?
under-pressure-chat-2-prompt = { $contact } is asking Kai for a private photo. What should Kai reply?

under-pressure-chat-2-reply-safe = No. I don't send photos like that.
under-pressure-chat-2-reply-safe-feedback = That's a strong, safe choice. Nobody is owed a photo, whatever they say or promise, and a promise to delete it means nothing from someone Kai has only met online. This is a good moment to stop chatting and tell a trusted adult.

under-pressure-chat-2-reply-risky = OK... just one.
under-pressure-chat-2-reply-risky-feedback = Pressure like this is designed to work, and lots of young people end up sending something. It is not Kai's fault: { $contact } is the one doing something wrong. Even if a photo has been sent, it is not too late to get help. Let's see what Kai can do.

under-pressure-chat-2-reply-neutral = Maybe later. I'm busy.
under-pressure-chat-2-reply-neutral-feedback = Putting it off is understandable, but { $contact } will probably keep asking. Kai doesn't need an excuse to say no. Choose another reply to carry on.

under-pressure-chat-2-note = Keep your tone calm here. Some learners may recognise this from their own lives. Remind everyone that this is a practice chat and that every choice leads to support.

## Step: later

under-pressure-later-title = The same evening
under-pressure-later-body = In this story, Jordan kept up the pressure: more compliments, more asking, more pushing. Before the evening was over, Kai sent Jordan a private photo. This happens to many young people, because this kind of pressure is designed to work. Then, less than an hour after the first message, Jordan's messages changed completely. What matters now is what Kai can do next.
under-pressure-later-note = Explain that the story now follows what often happens next, whatever the class chose, because the most important part of this lesson is what Kai can do now. Point out how fast it went: the National Crime Agency warns that some offenders go from first contact to blackmail in under an hour, while others take days. Say clearly that Kai is not to blame.

## Step: support-sent (after choosing to send the photo)

under-pressure-support-sent-title = If a photo has already been sent
under-pressure-support-sent-body = Sending the photo was one of the choices in this practice chat, and it's OK to have picked it: this is a safe place to learn. In real life, if someone has sent a photo, it is never their fault. The person who asked for it is the one doing wrong. It is never too late to get help, even after a photo has been sent, and even if you promised to keep it secret. Tell a trusted adult: a parent or carer, a teacher, or another grown-up you feel safe with. If you feel panicked or like you can't cope, talk to someone right now: a trusted adult, or a helpline on the Help screen. This can be sorted out, and you won't feel like this forever.
under-pressure-support-sent-note = A learner who picked this may have had a similar real experience. Watch for reactions, keep the tone calm, and offer to talk privately afterwards.

## Step: chat-3 (the threat)

under-pressure-chat-3-msg-1 = I'm not 14. and I've saved a list of your followers. your mum. your cousins. everyone in your class
under-pressure-chat-3-msg-2 = send me money or your photo goes to all of them
under-pressure-chat-3-msg-3 = or send me more photos. your choice. and if you tell anyone, I'll post it everywhere
under-pressure-chat-3-prompt = { $contact } is threatening Kai and wants money. What should Kai do?

under-pressure-chat-3-reply-safe = (Kai doesn't reply and doesn't pay, keeps the messages and goes straight to a trusted adult.)
under-pressure-chat-3-reply-safe-feedback = That's the safest thing to do. Paying rarely makes it stop: people like { $contact } usually come back and ask for more. Not replying means { $contact } gets nothing from Kai, and keeping the messages helps a trusted adult and the police act. Kai has done nothing to deserve this: { $contact } is the criminal here.

under-pressure-chat-3-reply-risky = (Kai pays { $contact }, hoping it will all stop.)
under-pressure-chat-3-reply-risky-feedback = It makes sense to want it all to stop, right now. But paying rarely ends it: people like { $contact } usually come back and ask for more. If someone has already paid, it is not their fault, and it's still not too late to get help. Keeping any payment details can help the police.

under-pressure-chat-3-reply-neutral = Please, please delete it. I'm begging you.
under-pressure-chat-3-reply-neutral-feedback = Feeling scared and desperate is completely understandable. But { $contact } is a criminal, and any reply keeps the conversation going. It's safer to stop replying and get help. Choose another reply to carry on.

under-pressure-chat-3-note = Pause before the class votes and ask: how might Kai be feeling right now? Panic, fear and shame are normal reactions, and threats like these are meant to make a young person feel ashamed and stay silent.

## Step: chat-4 (more pressure)

under-pressure-chat-4-msg-1 = why aren't you answering?
under-pressure-chat-4-msg-2 = everyone will see it
under-pressure-chat-4-msg-3 = do what I say and this all goes away
under-pressure-chat-4-prompt = { $contact } won't stop. What should Kai do now?

under-pressure-chat-4-reply-safe = (Kai reports the account { $contact } uses in the app, notes down the username, then blocks it, but keeps Kai's own account and all the messages.)
under-pressure-chat-4-reply-safe-feedback = That's the plan. Reporting the account first, and noting the username { $contact } used, means the app and the police can act. Blocking then stops the messages reaching Kai, and keeping Kai's own account and the chat keeps the evidence. Now Kai can show a trusted adult everything.

under-pressure-chat-4-reply-risky = (Kai deletes the whole chat and the app, so there's no trace.)
under-pressure-chat-4-reply-risky-feedback = Wanting it all to disappear is a very normal feeling. But the messages, usernames and any payment details are evidence: the police and the app may need them to act. If something has already been deleted, it's not Kai's fault, and Kai can still get help.

under-pressure-chat-4-reply-neutral = I'm going to the police!
under-pressure-chat-4-reply-neutral-feedback = Going to the police is a good idea, and a trusted adult can help Kai do it. But Kai doesn't need to warn { $contact }: any reply keeps the chat going. Choose another reply to carry on.

## Step: check-in

under-pressure-check-in-title = What just happened?
under-pressure-check-in-body = Let's pause. Jordan was not a 14-year-old. Jordan is a criminal who pretends to be a young person, gets a private photo, then threatens to share it unless the young person pays or sends more. This is called sextortion. It is a crime, and the only person to blame is the criminal, never the young person. The law is there to protect you. The person pressuring or threatening you is the one breaking it.
under-pressure-check-in-note = Ask: when did the chat first start to feel wrong? There is no single right answer, and many people only notice when they look back.

## Step: support-paid (after agreeing to pay)

under-pressure-support-paid-title = If someone has already paid
under-pressure-support-paid-body = In the chat, Kai agreed to pay. Lots of young people do, because they are scared and want it to stop. If that has happened to you, it is not your fault. Stop paying and stop replying. Keep the messages and any payment details, because they can help the police. Tell a trusted adult: it is never too late to get help. If you feel panicked or like you can't cope, talk to someone right now: a trusted adult, or a helpline on the Help screen. This can be sorted out, and you won't feel like this forever.

## Step: support-deleted (after deleting the chat)

under-pressure-support-deleted-title = If the messages are already gone
under-pressure-support-deleted-body = In the chat, Kai deleted everything. Wanting it all to disappear is a very normal feeling. If you have already deleted messages, it is not your fault, and you can still get help and report what happened. Keep anything that is left, and tell a trusted adult.

## Step: support-tricky (after any other risky reply)

under-pressure-support-tricky-title = Those messages were tricky on purpose
under-pressure-support-tricky-body = Some of Kai's choices were risky, and that's OK: this is a safe place to practise. Jordan used tricks on purpose: pretending to be 14, lots of compliments, moving to a private app, lots of pressure. It is never your fault if someone tricks you. You can change your mind at any time: stop replying, report the account, then block it, and tell a trusted adult.

## Step: advice-quiz (multiple choice)

under-pressure-advice-quiz-question = Someone is threatening to share a private photo unless you pay or send more. Which of these are good things to do?
under-pressure-advice-quiz-pay = Don't pay, and don't send anything more.
under-pressure-advice-quiz-pay-feedback = Paying or sending more rarely makes it stop: criminals usually ask for more.
under-pressure-advice-quiz-block = Stop replying, report the account and note their username, then block them. Don't delete your own account or the chat.
under-pressure-advice-quiz-block-feedback = Reporting first lets the app act on the account, and the username helps the police. Blocking then stops the messages, and keeping your own account and the chat keeps the evidence.
under-pressure-advice-quiz-delete = Delete all the messages so nobody ever sees them.
under-pressure-advice-quiz-delete-feedback = Deleting can feel safer, but the messages are evidence. Keep them, and let a trusted adult help.
under-pressure-advice-quiz-tell = Tell a trusted adult and report it.
under-pressure-advice-quiz-tell-feedback = A trusted adult can help you report it to the app and the police, and help you use tools like Take It Down, which can help stop a photo being posted or shared on many apps and sites.
under-pressure-advice-quiz-alone = Keep it secret and try to sort it out alone.
under-pressure-advice-quiz-alone-feedback = Staying silent is what the criminal wants. You don't have to deal with this alone: telling someone is how it gets stopped.
under-pressure-advice-quiz-hint = Think back to what helped Kai, and what made things harder.
under-pressure-advice-quiz-explanation = Don't pay, stop replying, report the account and note the username, then block it (but don't delete your own account or the chat), keep the messages, tell a trusted adult and report it. This is the advice of organisations that help young people in this situation, such as the Internet Watch Foundation and the UK's National Crime Agency.

## Step: fault-quiz (true or false)

under-pressure-fault-quiz-question = If Kai sent the photo, Kai is partly to blame for what Jordan did.
under-pressure-fault-quiz-true-feedback = Kai is not to blame at all. Jordan tricked and threatened Kai on purpose: that is a crime, and the criminal is the only one to blame.
under-pressure-fault-quiz-false-feedback = Jordan tricked and threatened Kai on purpose. The criminal is the only one to blame.
under-pressure-fault-quiz-explanation = It is never the young person's fault. Sending a photo doesn't mean anyone deserves to be threatened, and you can always get help.

## Step: hope-quiz (single choice)

under-pressure-hope-quiz-question = Kai is worried the photo could end up online. What is true?
under-pressure-hope-quiz-forever = Once a photo is online, nothing can be done.
under-pressure-hope-quiz-forever-feedback = It can feel that way, but it isn't hopeless. Tools like Take It Down can help stop the photo being posted or shared on many apps and sites. They can't reach private messages, which is why reporting the account and telling an adult quickly matters, and it is never your fault, whatever they send.
under-pressure-hope-quiz-tools = Free tools such as Take It Down from NCMEC can help stop it being posted or shared on many apps and sites. Anyone who was under 18 in the photo can use it, wherever they live.
under-pressure-hope-quiz-tools-feedback = Anyone who was under 18 in the photo can use Take It Down, wherever they live, even before it has been shared. It helps the apps and sites that take part find copies and stop them being shared. It can't reach private messages, so report the account and tell an adult quickly too.
under-pressure-hope-quiz-pay = The only way to stop it is to pay Jordan.
under-pressure-hope-quiz-pay-feedback = Paying rarely stops it: criminals usually ask for more. There are safer ways to get help.
under-pressure-hope-quiz-hint = Is it ever too late to get help?
under-pressure-hope-quiz-explanation = It is not hopeless. Take It Down is a free tool from NCMEC in the USA that anyone who was under 18 in a photo can use, wherever they live, without giving their name. It makes a digital fingerprint of the photo on your own device, so the photo itself is never uploaded or seen by anyone, and the apps and sites that take part can use the fingerprint to stop copies being posted or shared. It can't reach private messages, which is why reporting the account and telling an adult quickly matters. Young people in the UK can also use Report Remove, from Childline and the Internet Watch Foundation. A trusted adult can help you use them.
under-pressure-hope-quiz-note = Learners may ask how Take It Down works. The photo stays on the device and only a digital fingerprint is shared, so nobody has to send or look at the photo. Remind them never to download or forward a copy.
under-pressure-cues-quiz-question = Sextortion doesn't always start like Kai's story, and it can happen within an hour. Which of these could also be the start of it?
under-pressure-cues-quiz-hacked = A message that seems to come from a friend, but from a new number or account, asks you for a photo.
under-pressure-cues-quiz-hacked-feedback = Offenders sometimes hack accounts, or pretend to be someone you know. Check with your friend another way. Same plan: don't send anything, report the account, tell a trusted adult. It's not your fault if you are tricked.
under-pressure-cues-quiz-first = Someone you've just met sends you a private photo first, and asks for one back.
under-pressure-cues-quiz-first-feedback = Sending a photo first is a trick to make you feel you owe them one. Same plan: don't send anything, report the account, tell a trusted adult. It's not your fault.
under-pressure-cues-quiz-hacked-phone = Someone says they've hacked your phone and have your photos.
under-pressure-cues-quiz-hacked-phone-feedback = It may be a bluff, or it may be true. Either way, the plan is the same: don't pay, don't reply, keep the messages, report the account and tell a trusted adult. It's not your fault.
under-pressure-cues-quiz-fake = Someone shows you a private picture of you that you never took: a fake.
under-pressure-cues-quiz-fake-feedback = Offenders can make fake pictures, for example with AI. Even if you never sent anything, the same plan works: don't pay, don't reply, keep the messages, report the account and tell a trusted adult. It's not your fault.
under-pressure-cues-quiz-homework = A classmate you know sends the homework to the class group chat.
under-pressure-cues-quiz-homework-feedback = This is an everyday message from someone you know. The other four are all ways sextortion can start.
under-pressure-cues-quiz-hint = Think about who the message seems to come from, and what they want from you.
under-pressure-cues-quiz-explanation = Sextortion can start in many ways: from a stranger or a friend's hacked account, with a photo sent first, with a claim to have hacked you, or with a fake picture, and it can all happen within an hour. However it starts, the plan is the same: don't pay, don't send anything, stop replying, keep the messages, report the account and tell a trusted adult. It is never your fault.
under-pressure-cues-quiz-note = If learners ask about fake pictures, keep it general: offenders can make fake images of someone, and the same plan and the same help apply. Don't show or describe any example.

## Step: sort

under-pressure-sort-prompt = Jordan is threatening Kai. Sort these actions: which help Kai, and which make things harder?
under-pressure-sort-group-helps = Helps Kai
under-pressure-sort-group-harder = Makes things harder

under-pressure-sort-card-tell = Telling a parent, carer, teacher or another trusted adult
under-pressure-sort-card-tell-feedback = A trusted adult can help Kai report it, use tools like Take It Down, and feel less alone.
under-pressure-sort-card-pay = Paying Jordan the money
under-pressure-sort-card-pay-feedback = Paying rarely makes it stop: criminals usually come back and ask for more.
under-pressure-sort-card-block = Reporting and then blocking Jordan's account, but keeping Kai's own account and the chat
under-pressure-sort-card-block-feedback = Reporting first lets the app act, and blocking stops the messages. Keeping Kai's own account and the chat means the police and the app can still act.
under-pressure-sort-card-delete = Deleting all the messages
under-pressure-sort-card-delete-feedback = The messages, usernames and payment details are evidence. Keep them.
under-pressure-sort-card-report = Reporting Jordan's account to the app
under-pressure-sort-card-report-feedback = Reporting helps the app act, and a trusted adult can also help report it to the police.
under-pressure-sort-card-more = Sending more photos so Jordan goes away
under-pressure-sort-card-more-feedback = Sending more doesn't make it stop: criminals like Jordan usually ask for more.

under-pressure-sort-note = If learners disagree about a card, ask them to explain their thinking. Point out that the actions that make things harder are what many people feel like doing when they panic, which is why it helps to know the plan in advance.

## Step: talk-why (discussion)

under-pressure-talk-why-prompt = Why do you think Jordan pretended to be 14, and why did the messages change so suddenly? Why might someone in Kai's position feel they can't tell anyone?
under-pressure-talk-why-model-answer = Pretending to be a young person of a similar age and giving lots of compliments makes it easier to win trust quickly, and moving to a private app means nobody else sees the chat. Once Jordan had a photo, the threats were meant to make Kai panic, feel ashamed and stay silent. Someone in Kai's position might worry about getting into trouble or about what their family will think, or might believe the threats. A good answer includes: none of this is Kai's fault, the criminal is to blame, and telling a trusted adult is how it gets stopped.
under-pressure-talk-why-starter-who = How can you tell whether someone online really is who they say they are?
under-pressure-talk-why-starter-app = Why might someone ask to move to a private app so quickly?
under-pressure-talk-why-starter-feelings = What feelings might stop a young person from telling anyone?
under-pressure-talk-why-parent-tip = Stay calm and curious rather than worried. If your child ever tells you about something like this, thank them, reassure them that they did the right thing by telling you, and make it clear that it is not their fault.
under-pressure-talk-why-note = Give pairs two minutes before taking answers from the whole class. Don't ask anyone to share personal experiences.

## Step: talk-tell (discussion)

under-pressure-talk-tell-prompt = Kai decides to tell someone. Who could Kai tell, and how could Kai start? What would help Kai most from the adult?
under-pressure-talk-tell-model-answer = Kai could tell a parent or carer, a teacher, the school's designated safeguarding lead, another trusted adult, or one of the services on the Help screen. Kai could start with: "Something has happened online and I'm scared. Can you help me?" It helps most when the adult stays calm, doesn't blame Kai, says Kai did the right thing by telling, and helps with the next steps: not paying, keeping the messages, reporting and then blocking the account, going to the police, and using Take It Down or Report Remove, which can help stop the photo being posted or shared on many apps and sites.
under-pressure-talk-tell-starter-who = Who are the adults you could tell if something went wrong online?
under-pressure-talk-tell-starter-words = What words could you use to start a difficult conversation?
under-pressure-talk-tell-starter-reply = What would you want an adult to say back?
under-pressure-talk-tell-parent-tip = Tell your child now, before anything happens, that they can always come to you and that you won't be angry. If they ever do: don't blame them, don't pay, keep the messages and report it.
under-pressure-talk-tell-note = You could collect learners' opening lines on the board. Remind the class who the designated safeguarding lead is and how to reach them.

## Step: get-help

under-pressure-get-help-title = If someone is threatening you
under-pressure-get-help-body = You don't have to deal with this alone, and it's never too late. If you feel panicked or like you can't cope, talk to someone right now: a trusted adult, or a helpline on the Help screen. This can be sorted out, and you won't feel like this forever. Don't pay and don't send anything more. Stop replying. Report the account in the app, note their username, then block them. Don't delete your own account or the chat, and keep the messages. Tell a trusted adult, and report it in the app and, with a trusted adult, to the police. Telling is the right thing to do. If the first adult doesn't help, tell another one. If you were under 18 in a photo, Take It Down, a free tool from NCMEC, can help stop it being posted or shared on many apps and sites, wherever you live. It can't reach private messages, which is why reporting the account and telling an adult quickly matters. Young people in the UK can also use Report Remove, from Childline and the IWF. The services on this screen can help too.
under-pressure-get-help-note = Point out the services this screen shows for your country, and where the Help button is on every screen.

## Step: end

under-pressure-end-title = You know what to do
under-pressure-end-summary = You followed Kai's chat with someone who pretended to be a teenager, and you practised what to do when someone makes threats about a private photo.
under-pressure-end-key-not-your-fault = Sextortion is a crime. If it happens, it's never your fault: the criminal is to blame.
under-pressure-end-key-dont-pay = Don't pay and don't send more. Stop replying, report the account, then block it, but don't delete your own account or the chat. Keep the messages.
under-pressure-end-key-tell = Tell a trusted adult and report it. It's never too late to get help.
under-pressure-end-key-not-hopeless = It's not hopeless: tools like Take It Down can help stop a photo being posted or shared on many apps and sites. They can't reach private messages, so tell an adult quickly.
