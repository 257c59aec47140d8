# ChatWise lesson "When a friend tells you" (content/lessons/friend-tells-you.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# Facts trace to docs/help-sources.md section 4.3 (advice for a child who is being sextorted), section 6.3
# (crisis support; what organisations say to young people and parents), section 6.1 (reporting a person),
# section 3 (Take It Down, Report Remove: public or participating platforms only, not private chats) and, in
# the notes for adults only, sections 4.1 and 6.4 (figures, speed, fake images). The rules on images and on
# disclosures follow UKCIS and NSPCC guidance listed in docs/review-content.md ("Sources consulted").
# The photo is never shown or described: it is only ever "a private photo" or "the photo".

## Lesson information

friend-tells-you-title = When a friend tells you: helping someone who is being threatened
friend-tells-you-summary = Your friend Timur tells you that someone is threatening to share a private photo of him unless he pays. Practise what to say and do: believe him, don't blame him, never ask for the photo, help him stop replying and report, and help him tell a trusted adult.
friend-tells-you-content-note = This lesson is about sextortion, seen from a friend's side: a friend tells you that someone is threatening to share a private photo of them unless they pay. It also talks about a friend who says they can't cope. Nothing in it is graphic, and no photo is shown or described. If anything in it worries you or reminds you of something, you can stop at any time and talk to an adult you trust.

friend-tells-you-objective-respond = Know what to say when a friend tells you someone is threatening them: thank them, believe them, stay calm and don't blame them.
friend-tells-you-objective-image = Know never to ask to see a private photo of someone under 18, and never to forward, save or screenshot one, even to help.
friend-tells-you-objective-plan = Help a friend follow the plan: don't pay, stop replying, report and block the account but keep the chat, and tell a trusted adult.
friend-tells-you-objective-crisis = Know that if a friend says they can't cope or talks about hurting themselves, you tell a trusted adult straight away, even if they asked you not to, and stay with them.

## Facilitator notes

friend-tells-you-facilitator-fictional = Timur is a made-up character, and the chat is a simulation on a made-up app. Learners play Timur's friend and decide what to say to him: this distance makes a difficult topic easier to discuss. Before you start, remind everyone that nobody has to share their own experiences, or a friend's, and that they can talk to you privately afterwards.
friend-tells-you-facilitator-vote = In class mode, read each message aloud and let pairs decide what to say before you reveal the feedback. Use an anonymous vote (heads down, cards or mini-whiteboards) rather than a show of hands: someone in the room may be in Timur's position, or may be helping a friend who is.
friend-tells-you-facilitator-role = Be clear about what a friend's job is, and what it is not. A friend listens, believes, doesn't blame, doesn't share anything, and helps get an adult. A friend is not expected to sort it out alone, to deal with the person making threats, or to keep someone safe on their own.
friend-tells-you-facilitator-timur = Timur is a boy on purpose. Sextortion targets all ages and genders, but boys appeared in 91% of the sextortion reports the IWF confirmed in 2023 (IWF, "Teenage boys targeted as hotline sees heartbreaking increase in child sextortion reports", 18 March 2024), and offenders often pose as girls of a similar age to trick teenage boys (Shropshire Star reporting the IWF, 18 September 2023). The National Crime Agency warns that some offenders have gone from first contact to blackmail in under an hour, and that the image can be a real photo or a fake one made by the offender (NCA alert to education settings, 29 April 2024). The same plan applies either way.
friend-tells-you-facilitator-advice = The plan in this lesson follows the IWF's "Sextortion: parents and carers" page, National Crime Agency advice (reported by Youth Work Unit), NCMEC's advice (National Children's Advocacy Center, "Steps to take following financial sextortion") and the Welsh Government's Hwb page "Sextortion": don't pay, stop replying, report the account and block it, but don't delete your own account or the chat, keep the messages, usernames and any payment details, tell a trusted adult and report it. It is never the young person's fault: the criminal is to blame.
friend-tells-you-facilitator-images = The rule on images comes from UKCIS guidance for schools ("Sharing nudes and semi-nudes: how to respond to an incident"): never view, copy, share, store or save an image of this kind, or ask a child to share or download one. The same applies to young people helping a friend: they never need to see the photo to help, and every copy can spread it further.
friend-tells-you-facilitator-tools = Do not promise learners that a photo sent in private messages can be removed. Take It Down (NCMEC) works only on public or unencrypted platforms that take part, and Report Remove (Childline and the IWF, for under-18s in the UK) removes only publicly available content, not images in private chats (NCMEC, "Take It Down" FAQ; IWF, "Report Remove"). That is why reporting the account and telling an adult quickly matter.
friend-tells-you-facilitator-crisis = Sextortion can cause acute distress. The NCA says "there are adults and young people who have devastatingly taken their own lives as a result" (Evening Standard, 29 April 2024), and NCMEC has described young people who did so "within just a matter of hours" (Spectrum News, 29 August 2024). Chat 5 handles this gently and without detail. Teach one rule plainly: if a friend says they can't cope or talks about hurting themselves, tell a trusted adult straight away, even if you promised not to, and stay with them.
friend-tells-you-facilitator-family = In family mode, play it side by side and let the young person choose the replies. The parent tips on the discussions, and the family agreement at the end, help you say out loud how you would react if they, or a friend, ever came to you.

## Safeguarding notes

friend-tells-you-safeguarding-before = Before the lesson, read your school's or organisation's safeguarding procedure, check who the designated safeguarding lead is, and tell them when you are teaching this topic. Someone in the room may be being threatened right now, or may be the friend someone has confided in.
friend-tells-you-safeguarding-disclosure = If a child tells you something worrying, about themselves or about a friend, listen calmly and believe them. Thank them for telling you and tell them it is not their fault. Do not investigate, and do not ask leading questions: let them tell you in their own words.
friend-tells-you-safeguarding-urgent = Treat a disclosure of sextortion that is happening now as urgent. Do not leave a distressed child alone. Ask them directly whether they feel safe, and whether they have thought about hurting themselves. Involve the designated safeguarding lead within the hour, and call the local emergency number if the child is at immediate risk.
friend-tells-you-safeguarding-secrecy = Never promise to keep what a child tells you a secret. Explain kindly that you may need to tell someone whose job is to help keep them, or their friend, safe.
friend-tells-you-safeguarding-images = Never ask to see an image, and never view, copy, screenshot, forward or save one, even to report it. If a pupil says a friend has sent them the image, do not ask them to show it to you; tell them not to send it on, and pass it to the designated safeguarding lead. A pupil who was sent an image by a friend who was asking for help needs support, not blame.
friend-tells-you-safeguarding-friend = If a pupil tells you about a friend, take it as seriously as a disclosure about themselves and pass it on the same way. Do not ask the pupil to find out more, to bring you evidence or to look after their friend alone, and reassure them that telling you was the right thing to do.
friend-tells-you-safeguarding-procedure = Write down what the child said, in their own words, as soon as you can, and follow your procedure. The designated safeguarding lead can involve the police (in the UK, CEOP also takes reports about someone threatening a child online) and help with reporting.

## Materials

friend-tells-you-material-screen = A projector or large screen for class mode, or one device for a family or a young person on their own.
friend-tells-you-material-help = Open the Help screen before the lesson and check which reporting services and helplines it shows for your country, and which of them take reports about a person rather than about an image.
friend-tells-you-material-contacts = The name of your designated safeguarding lead, written up where everyone can see it, so learners know who they, or a friend, can talk to.
friend-tells-you-material-questions = A box or envelope for anonymous questions, so learners can ask what they don't want to ask in front of others.
friend-tells-you-material-agreement = For family mode: paper or a printer, if you want to print your family agreement at the end.

## Family agreement

friend-tells-you-agreement-believe = We believe each other, and we never blame someone who is being threatened online.
friend-tells-you-agreement-adult = If a friend tells us someone is threatening them, we help them tell a trusted adult.
friend-tells-you-agreement-images = We never ask for, forward, save or screenshot a private photo of anyone under 18, even to help.
friend-tells-you-agreement-threats = We don't pay or reply to someone who makes threats: we report them, block them and keep the messages.
friend-tells-you-agreement-cope = If someone says they can't cope, we tell an adult straight away, even if we promised not to.
friend-tells-you-agreement-calm = We grown-ups stay calm, listen and help, and we never blame a young person for what someone else did.

## Step: intro

friend-tells-you-intro-title = A message from Timur
friend-tells-you-intro-body = Timur is your friend: you've been in the same class for years. It's late on a school night when your phone lights up. It's Timur, and something is wrong. In this lesson you decide what to say and do at each step. This is a practice chat, and whatever you choose, there is help along the way.
friend-tells-you-intro-image-alt = Late at night, someone sits up in bed as their phone lights up with messages from their friend Timur.
friend-tells-you-intro-note = Ask: if something went wrong online, who might a young person tell first? If many answers are "a friend", point out that this is why the lesson practises what to do when it's you they tell.

## Chat contact

friend-tells-you-contact-timur = Timur
friend-tells-you-contact-timur-label = Your friend from school

## Step: chat-1 (Timur tells you)

friend-tells-you-chat-1-msg-1 = are you awake? I need to tell someone
friend-tells-you-chat-1-msg-2 = I was talking to someone online who said she was a girl my age from another school. I sent her a private photo. it's not who I thought
friend-tells-you-chat-1-msg-3 = now they say they'll send it to everyone in my contacts tonight unless I pay them. I don't know what to do
friend-tells-you-chat-1-prompt = { $contact } has just told you something huge. What do you say first?

friend-tells-you-chat-1-reply-safe = I'm really glad you told me. This isn't your fault: the person threatening you is the one doing wrong. We'll work out what to do together.
friend-tells-you-chat-1-reply-safe-feedback = That's what Timur needs to hear first. Thanking him, believing him, staying calm and saying it isn't his fault makes it easier for him to keep talking and to get help. What is happening to him is a crime, and the criminal is to blame, not Timur.

friend-tells-you-chat-1-reply-risky = Why would you send a photo to someone you've never met?? That was so stupid.
friend-tells-you-chat-1-reply-risky-feedback = It's natural to be shocked, and to wish it hadn't happened. But blame can make Timur feel even worse, and less likely to tell anyone else. People who do this trick young people on purpose, and it is never the fault of the person who was tricked. You can still say sorry and tell him it isn't his fault. Let's see what happens next.

friend-tells-you-chat-1-reply-neutral = Are you sure they'd really do it? Maybe they're just saying it.
friend-tells-you-chat-1-reply-neutral-feedback = It's fair to wonder. But whatever the person does next, Timur is scared right now, and what he needs first is to be believed. Choose another reply to carry on.

friend-tells-you-chat-1-note = Ask: how do you think Timur felt before he pressed send on this message? Shame and fear often stop young people from telling anyone, so the first reply matters a lot.

## Step: chat-2 (Timur offers to send the photo)

friend-tells-you-chat-2-msg-1 = I feel sick
friend-tells-you-chat-2-msg-2 = do you want me to send you the photo? then you'll see how bad it is
friend-tells-you-chat-2-prompt = { $contact } offers to send you the photo. What do you do?

friend-tells-you-chat-2-reply-safe = No, don't send it to me or to anyone else. I believe you. I don't need to see it to help.
friend-tells-you-chat-2-reply-safe-feedback = Exactly. You don't need to see the photo to help, and every copy is one more that could spread. Never ask for, forward, save or screenshot a private photo of someone under 18, even to help or to report it. What helps later is the messages and the username of the person threatening him, and they can stay on Timur's own phone.

friend-tells-you-chat-2-reply-risky = OK, send it. I'll save it in case we need proof.
friend-tells-you-chat-2-reply-risky-feedback = You want to help, and that's kind. But a copy on your phone doesn't help Timur: it's one more copy that could spread, and you should never keep or pass on a private photo of someone under 18, even as proof. The proof that matters is the messages and the username, on Timur's phone. Let's look at what to do now.

friend-tells-you-chat-2-reply-neutral = Just tell me exactly what they said to you, every word.
friend-tells-you-chat-2-reply-neutral-feedback = You don't need every detail to help, and going over it again can be hard for Timur. What matters now is what he does next. Choose another reply to carry on.

friend-tells-you-chat-2-note = Many young people think seeing the photo, or keeping a copy as proof, would help. Make the point clearly: nobody needs to see it to help, not a friend and not an adult.

## Step: support-image (after saying "send it")

friend-tells-you-support-image-title = If a friend has already sent you a photo like this
friend-tells-you-support-image-body = Choosing this in a practice chat is OK: this is a safe place to learn. In real life, if a friend has already sent you a private photo like this, don't forward it, show it or screenshot it, to anyone, not even to help or to report it. Tell a trusted adult that you have it, so they can help with what to do next. Wanting to help your friend was a kind thought, and telling an adult is the right thing to do.
friend-tells-you-support-image-note = A learner who picked this may have been sent an image by a friend in real life. Keep the tone calm, and offer to talk privately afterwards. Never ask to see it.

## Step: chat-3 (pay, reply, or follow the plan)

friend-tells-you-chat-3-msg-1 = they messaged again. "pay now or everyone sees it"
friend-tells-you-chat-3-msg-2 = I've got some birthday money. maybe if I just pay, it'll stop?
friend-tells-you-chat-3-msg-3 = it's not enough though. could you send me some too?
friend-tells-you-chat-3-prompt = { $contact } wants to pay, and asks you for money. What do you say?

friend-tells-you-chat-3-reply-safe = Don't pay, and don't reply to them at all. Report their account in the app, write down their username, then block them. But don't delete your account or the chat: it's evidence.
friend-tells-you-chat-3-reply-safe-feedback = That's the plan the experts give. Paying rarely makes it stop: people who do this usually come back and ask for more. Not replying means they get nothing. Reporting and then blocking the account stops the messages, and keeping the chat and the username helps a trusted adult, the app and the police act.

friend-tells-you-chat-3-reply-risky = OK, I'll send you some money. Just pay them so it's over.
friend-tells-you-chat-3-reply-risky-feedback = It's generous to want to help, and it makes sense to want it to stop right now. But paying rarely ends it: people who do this usually ask for more, and paying for a friend doesn't change that. If someone has already paid, it isn't their fault, and it's not too late to get help. Let's see what happens next.

friend-tells-you-chat-3-reply-confront = Give me their username. I'll message them and tell them to leave you alone, or we're going to the police.
friend-tells-you-chat-3-reply-confront-feedback = Standing up for a friend takes courage. But messaging the person keeps the conversation going, and warning them can make things worse: they might make more threats, or delete their account and the evidence. Nobody has to tell them that an adult or the police are being told. Choose another reply.

friend-tells-you-chat-3-note = Ask: why might paying feel like the answer? Fear and panic make people want it to stop at once, which is why it helps to know the plan before anything happens.

## Step: chat-4 ("promise you won't tell")

friend-tells-you-chat-4-msg-1 = ok. I haven't paid them anything. I reported their account and blocked it, and I didn't delete anything
friend-tells-you-chat-4-msg-2 = but please don't tell anyone. not your parents, not a teacher, nobody. promise?
friend-tells-you-chat-4-msg-3 = my parents would be so angry
friend-tells-you-chat-4-prompt = { $contact } wants you to promise to keep it secret. What do you say?

friend-tells-you-chat-4-reply-safe = I won't tell anyone at school: that's your private stuff. But this is too big for us to sort out on our own. Let's tell an adult together, your mum or dad or a teacher you trust. I'll come with you.
friend-tells-you-chat-4-reply-safe-feedback = That's a kind and brave answer. Keeping it private from other pupils protects Timur, and telling a trusted adult gets him help. Organisations that help families with this tell parents not to blame their child, and to support them. And if the first adult doesn't help, tell another one.

friend-tells-you-chat-4-reply-risky = I promise. I won't tell anyone, ever.
friend-tells-you-chat-4-reply-risky-feedback = Keeping a friend's trust matters, and it's hard to say no when they're scared. But this is a secret that isn't safe to keep: Timur needs an adult's help, and the person threatening him is counting on silence. You can still help him tell someone. Let's see what happens next.

friend-tells-you-chat-4-reply-others = (You tell a few friends from class what's going on, so they can look out for Timur too.)
friend-tells-you-chat-4-reply-others-feedback = You want people on Timur's side. But telling other pupils spreads his private business, and could make him feel more ashamed and alone. The people to tell are trusted adults who can help. Choose another reply.

## Step: chat-5 (Timur says he can't cope)

friend-tells-you-chat-5-msg-1 = what if they send it anyway. everyone will know
friend-tells-you-chat-5-msg-2 = I can't cope with this. I don't want to be here anymore
friend-tells-you-chat-5-prompt = { $contact } says he can't cope. What do you do?

friend-tells-you-chat-5-reply-safe = (You write back "I'm here, I'm not going anywhere", keep chatting, and straight away get a trusted adult, even though Timur asked you not to tell.)
friend-tells-you-chat-5-reply-safe-feedback = That's the right thing to do. When a friend says they can't cope, or talks about hurting themselves, tell a trusted adult straight away, even if they asked you not to: their safety matters more than a promise. Stay with them, or stay in touch, until an adult is helping. If someone is in danger right now, call the emergency number, or get an adult to call it. There is a way through this, and Timur is not alone. And if you ever feel like this yourself, talk to someone right now: a trusted adult, or a helpline on the Help screen.

friend-tells-you-chat-5-reply-risky = (You tell Timur to get some sleep because it'll all look better in the morning, and you log off.)
friend-tells-you-chat-5-reply-risky-feedback = It's late, and it's OK not to know the perfect thing to say. But when a friend says they don't want to be here, don't wait until morning, and don't leave them alone with it. Tell a trusted adult straight away. Let's look at what to do.

friend-tells-you-chat-5-reply-neutral = (You stay up chatting with Timur all night, and you don't tell anyone.)
friend-tells-you-chat-5-reply-neutral-feedback = Staying with Timur is kind, and it matters. But you shouldn't carry this on your own, and a friend can't keep him safe alone. Tell a trusted adult straight away, and keep in touch with him while you do. Choose another reply.

friend-tells-you-chat-5-note = Read this step calmly and without adding detail. Some learners may have heard a friend say something like this, or felt it themselves. Say clearly that getting an adult is not breaking trust: it is how you look after a friend. Offer to talk privately afterwards.

## Step: support-crisis (after logging off)

friend-tells-you-support-crisis-title = If a friend says they can't cope
friend-tells-you-support-crisis-body = If a friend says they can't cope, that they don't want to be here, or talks about hurting themselves, always take it seriously. Tell a trusted adult straight away, even if your friend asked you to keep it secret, and even if it's late at night: a parent or carer, or another adult nearby. Stay with your friend, or stay in touch, until an adult is helping. If someone is in danger right now, call the emergency number, or get an adult to call it. You don't have to fix it yourself: your part is getting an adult. And if you ever feel like this yourself, talk to someone right now: a trusted adult, or a helpline on this screen.
friend-tells-you-support-crisis-note = If a learner reacts strongly here, check in with them privately and follow your safeguarding procedure.

## Step: check-in

friend-tells-you-check-in-title = What was happening to Timur?
friend-tells-you-check-in-body = Let's pause. Someone pretended to be a girl Timur's age, got a private photo, and then threatened to share it unless he paid. This is called sextortion. It is a crime, it can happen to anyone, and it can happen very fast. It is never the fault of the person being threatened: the criminal is to blame. And a friend who believes them and helps them get an adult makes a real difference.
friend-tells-you-check-in-note = Ask: what did Timur need most from his friend? Collect answers: to be believed, not to be blamed, not to have the photo passed around, and help to get an adult.

## Step: support-paid (after offering to pay)

friend-tells-you-support-paid-title = If someone has already paid
friend-tells-you-support-paid-body = In the chat, you offered money so Timur could pay. Lots of people want to do that, because they want it all to stop. But paying rarely ends it: people who do this usually ask for more. If you or a friend have already paid, it isn't your fault. Stop paying, keep the messages and any payment details, because they can help the police, and tell a trusted adult.

## Step: support-secret (after promising to keep it secret)

friend-tells-you-support-secret-title = Some secrets aren't safe to keep
friend-tells-you-support-secret-body = In the chat, you promised to keep it secret. It's natural to want to keep a friend's trust. But when a friend is being threatened, or isn't safe, telling a trusted adult is how you help, even if you promised. You can still keep it private from other people, and you can offer to go with your friend when they tell. It's OK to change your mind at any time.

## Step: support-blame (after blaming Timur)

friend-tells-you-support-blame-title = You can put it right
friend-tells-you-support-blame-body = In the chat, your first reply blamed Timur. Being shocked is normal, and people sometimes say things they don't mean. But blame can make someone stop talking. If that happens, you can put it right: say sorry, and tell your friend that it isn't their fault. The criminal is the one to blame, never the person who was tricked.

## Step: advice-quiz (multiple choice)

friend-tells-you-advice-quiz-question = A friend tells you that someone is threatening to share a private photo of them unless they pay. Which of these help your friend?
friend-tells-you-advice-quiz-believe = Believe them, stay calm and tell them it isn't their fault.
friend-tells-you-advice-quiz-believe-feedback = Being believed and not blamed makes it easier for your friend to keep talking and get help.
friend-tells-you-advice-quiz-see = Ask them to send you the photo, so you know how bad it is.
friend-tells-you-advice-quiz-see-feedback = You never need to see it to help. Never ask for, save, forward or screenshot a photo like this.
friend-tells-you-advice-quiz-plan = Help them stop replying, report and block the account, and keep the chat.
friend-tells-you-advice-quiz-plan-feedback = Blocking stops the messages, and the chat and the username help an adult, the app and the police act.
friend-tells-you-advice-quiz-pay = Pay the person for them, so it stops.
friend-tells-you-advice-quiz-pay-feedback = Paying rarely makes it stop: people who do this usually ask for more.
friend-tells-you-advice-quiz-adult = Help them tell a trusted adult.
friend-tells-you-advice-quiz-adult-feedback = An adult can help them report it, go to the police and feel less alone. You could offer to go with them.
friend-tells-you-advice-quiz-confront = Message the person yourself and tell them to stop.
friend-tells-you-advice-quiz-confront-feedback = Any message keeps the conversation going, and a warning can make things worse. Leave it to adults and the police.
friend-tells-you-advice-quiz-hint = Think about what Timur needed from you, and what would have made things harder.
friend-tells-you-advice-quiz-explanation = Believe your friend and don't blame them. Never ask for, save or share the photo. Help them stop replying, report and block the account but keep the chat, don't pay, and help them tell a trusted adult. This follows the advice of organisations that help young people in this situation, such as the Internet Watch Foundation and the UK's National Crime Agency.

## Step: crisis-quiz (single choice)

friend-tells-you-crisis-quiz-question = A friend who is being threatened writes: "I can't cope. I don't want to be here anymore. Don't tell anyone." What is the best thing to do?
friend-tells-you-crisis-quiz-keep = Keep their secret, because you promised.
friend-tells-you-crisis-quiz-keep-feedback = Keeping a friend's trust feels important, but their safety matters more than a promise.
friend-tells-you-crisis-quiz-tell = Tell a trusted adult straight away, and stay with them or stay in touch until an adult is helping.
friend-tells-you-crisis-quiz-tell-feedback = Their safety matters more than a promise, and an adult can get them the help they need.
friend-tells-you-crisis-quiz-wait = Wait until tomorrow to see if they feel better.
friend-tells-you-crisis-quiz-wait-feedback = Don't wait. When someone says they can't cope or talks about hurting themselves, get an adult straight away.
friend-tells-you-crisis-quiz-hint = What matters more: a promise, or your friend's safety?
friend-tells-you-crisis-quiz-explanation = If a friend says they can't cope or talks about hurting themselves, tell a trusted adult straight away, even if they asked you not to, and don't leave them alone with it. If someone is in danger right now, call the emergency number, or get an adult to call it. You don't have to sort it out yourself.
friend-tells-you-crisis-quiz-note = Keep this calm and matter-of-fact. If a learner seems affected, check in with them privately afterwards.

## Step: sort

friend-tells-you-sort-prompt = A friend has just told you someone is threatening them. Sort these things you could say or do: which help your friend, and which don't?
friend-tells-you-sort-group-helps = Helps your friend
friend-tells-you-sort-group-not = Doesn't help

friend-tells-you-sort-card-believe = Saying: "I believe you. This isn't your fault."
friend-tells-you-sort-card-believe-feedback = Being believed and not blamed makes it easier to get help.
friend-tells-you-sort-card-laugh = Laughing or making a joke about it
friend-tells-you-sort-card-laugh-feedback = Even nervous laughter can make a friend feel you don't care, or don't believe them.
friend-tells-you-sort-card-see = Asking them to send you the photo
friend-tells-you-sort-card-see-feedback = You don't need to see it to help. Never ask for, save, forward or screenshot a photo like this.
friend-tells-you-sort-card-together = Saying: "Let's tell an adult together. I'll come with you."
friend-tells-you-sort-card-together-feedback = Going together can make the first step much easier.
friend-tells-you-sort-card-others = Telling other friends, so everyone knows what's going on
friend-tells-you-sort-card-others-feedback = This spreads their private business. The people to tell are trusted adults.
friend-tells-you-sort-card-report = Helping them report and block the account, but keep the chat
friend-tells-you-sort-card-report-feedback = Reporting and blocking stops the messages, and the chat is evidence.
friend-tells-you-sort-card-pay = Paying the person for them
friend-tells-you-sort-card-pay-feedback = Paying rarely makes it stop: people who do this usually ask for more.
friend-tells-you-sort-card-cope = Getting an adult straight away if they say they can't cope, even if they asked you not to
friend-tells-you-sort-card-cope-feedback = Their safety matters more than a promise.

friend-tells-you-sort-note = If learners disagree about a card, ask them to explain their thinking. The cards that don't help are often what people do when they are shocked or panicking, which is why it helps to practise first.

## Step: talk-words (discussion)

friend-tells-you-talk-words-prompt = What could you say to a friend who tells you someone is threatening them? And what would you want a friend to say to you?
friend-tells-you-talk-words-model-answer = Things that help: "Thank you for telling me." "I believe you." "It's not your fault: the person threatening you is the one doing wrong." "You're not on your own." "Let's tell an adult together." Things to avoid: blaming ("why did you send it?"), laughing, asking to see the photo, telling other people, and telling them to pay or to message the person. A good answer also includes: if a friend says they can't cope, tell a trusted adult straight away.
friend-tells-you-talk-words-starter-first = If you were scared and told a friend, what would you want them to say first?
friend-tells-you-talk-words-starter-hard = Why might someone find it hard to tell anyone about something like this?
friend-tells-you-talk-words-starter-unsure = What could you say if you didn't know what to say?
friend-tells-you-talk-words-parent-tip = Use this moment to say how you would react: "If this ever happened to you or a friend, you could tell me. I wouldn't blame you, and I'd help." Organisations that support families through sextortion, such as the IWF, say the same: don't blame the child, stay calm, and support them.
friend-tells-you-talk-words-note = Give pairs two minutes, then collect helpful phrases on the board. Don't ask anyone to share a real experience.

## Step: talk-adult (discussion)

friend-tells-you-talk-adult-prompt = Timur is scared his parents will be angry. How could you help him tell a trusted adult? Who could he tell, and what if the first adult doesn't help?
friend-tells-you-talk-adult-model-answer = Timur could tell a parent or carer, a teacher, the school's designated safeguarding lead, or another adult he trusts. You could offer to go with him, or to be there while he tells. He could start with: "Something has happened online and I'm scared. I need your help." The adult can help him keep the evidence, report the account and go to the police. If the first adult doesn't help, tell another one. If Timur won't tell anyone and you are worried about him, you can tell a trusted adult yourself: that is looking after him, not betraying him.
friend-tells-you-talk-adult-starter-who = Who are the adults you could go to if a friend needed help?
friend-tells-you-talk-adult-starter-easier = How could you make it easier for a friend to tell?
friend-tells-you-talk-adult-starter-next = What would you do if the first adult didn't listen?
friend-tells-you-talk-adult-parent-tip = Tell your child that if a friend ever confides in them about something like this, they can come to you, and you will help without blaming anyone. Agree together who else they could go to if you are not there, such as a teacher or another relative.
friend-tells-you-talk-adult-note = Remind the class who the designated safeguarding lead is and how to reach them, for themselves or for a friend.

## Step: get-help

friend-tells-you-get-help-title = If a friend tells you
friend-tells-you-get-help-body = You don't have to sort this out on your own, and neither does your friend. Believe them, and help them tell a trusted adult. Don't pay, and never ask for, forward, save or screenshot the photo. Help them stop replying, report the account in the app, write down the username and block it, but keep their account and the chat. With an adult's help, they can report it to the police. The services on this screen can help too: some take reports, and some you can talk to. Tools like Take It Down can help stop a photo being posted or shared on many apps and sites. They can't reach private messages, which is why reporting the account and telling an adult quickly matter. If your friend, or you, feel like you can't cope, talk to someone right now: a trusted adult, or a helpline on this screen.
friend-tells-you-get-help-note = Point out the services this screen shows for your country: which take reports, and which are helplines to talk to. Show where the Help button is on every screen.

## Step: end

friend-tells-you-end-title = A good friend gets help
friend-tells-you-end-summary = You practised what to say and do when a friend tells you someone is threatening them.
friend-tells-you-end-key-believe = If a friend tells you, thank them, believe them and never blame them: the criminal is to blame.
friend-tells-you-end-key-image = Never ask to see the photo, and never forward, save or screenshot it, even to help.
friend-tells-you-end-key-plan = Help them stop replying, report and block the account but keep the chat, and don't pay.
friend-tells-you-end-key-adult = Help them tell a trusted adult. If they can't cope or talk about hurting themselves, tell an adult straight away, even if they asked you not to, and stay with them.
friend-tells-you-end-note = In family mode, choose the agreement points together. In class, end by reminding everyone who they can talk to, and that they can come to you privately, about themselves or about a friend.
