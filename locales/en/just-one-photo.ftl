# ChatWise lesson "Just one photo" (content/lessons/just-one-photo.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# Facts trace to docs/help-sources.md: section 3 (Report Remove, Take It Down), 4.1 (photos used for threats,
# demands for money or more images), 4.2 (asking for pictures; never the young person's fault) and 4.3 (what to do).
# Never promise that a photo can be taken down: the tools reach only public or unencrypted platforms, not private messages.

## Lesson information

just-one-photo-title = Just one photo
just-one-photo-summary = Someone you like keeps asking for a private photo. Practise spotting pressure, saying no, and what to do if a friend's photo is shared.
just-one-photo-content-note = This lesson is about being pressured to send a nude or nearly nude photo, and about what to do if someone's private photo is shared. Nothing in it is graphic. If anything in it worries you or reminds you of something, you can stop at any time and talk to an adult you trust.

just-one-photo-objective-pressure = Recognise pressure lines that people use to ask for a nude or nearly nude photo, such as "everyone does it", "prove you trust me" and "it'll disappear".
just-one-photo-objective-saved = Explain how a photo can be saved and shared once it has been sent, even in an app where it is meant to disappear.
just-one-photo-objective-respond = Practise ways to say no, and know what to do if a friend's photo is shared: don't forward it, report it and tell a trusted adult.
just-one-photo-objective-fault = Know that it is never the fault of the person who is pressured or whose photo is shared, and that they can get help at any time, even after a photo has been sent.

## Facilitator notes

just-one-photo-facilitator-plan = Lesson plan, 42 minutes: introduction and ground rules (2), the practice chat with Sam in three parts (9), a pause (1), what happens to a sent photo and ways to say no (4), first discussion (6), the class group chat (3), Dana's story (1), two quiz questions (3), sorting messages (4), second discussion (5), where to get help (3), ending (1). If the class's choices lead to support steps, allow up to 3 more minutes. The minutes for each step are shown with it.
just-one-photo-facilitator-fictional = Sam and Dana are made-up characters and the chats are simulations. Before you start, remind the class that nobody has to share their own experiences in front of others, that anyone can take a break, and that they can talk to you privately afterwards.
just-one-photo-facilitator-vote = In class mode, read each message aloud and let pairs talk about what they would reply. Then take an anonymous vote before you reveal the feedback: heads down and hands up, cards, or mini-whiteboards shown only to you. Keep the tally without names and follow the reply most of the class chose. The other replies can be discussed afterwards. Someone in the room may have been in this situation, so nobody should have to vote in front of the others.
just-one-photo-facilitator-peers = Pressure for a photo often comes from someone a young person knows and likes, not only from strangers. Childnet ("Online grooming", for young people) lists asking for sexual pictures among the warning signs and is clear that it is never the young person's fault. Keep Sam's gender open, so that no learner feels left out of the story.
just-one-photo-facilitator-no-blame = Never suggest that the person in a photo "should have known better". If the class picks a risky reply, treat it as a useful moment to learn: the lesson takes a supportive path and then returns to the main story. The people who pressure, share or forward are the ones doing wrong.
just-one-photo-facilitator-family = At home (family mode), sit side by side, let your young person choose the replies, and talk about each choice before you read the feedback. There are no scores to compare. Ask what they think before you say what you think, and say before you start that nothing they say will make you angry with them. Notes about the class can be skipped; the parent tips and the family agreement at the end are written for you.
just-one-photo-facilitator-removal = If learners ask whether anything can be done about a shared photo: there are services for photos of under-18s. The IWF page "Report Remove" describes the Childline and IWF tool for young people in the UK; NCMEC's "Take It Down" FAQ describes a free tool that anyone whose image was taken before they were 18 can use from any country, anonymously, without the image ever being uploaded. Both reach only public or unencrypted platforms that take part: they cannot reach private messages or group chats like the ones in this lesson, or a photo saved on someone's phone. So never promise that a photo can be taken down: say that these tools can help stop it being posted or shared on many apps and sites, and that reporting and telling an adult quickly matter. ConnectSafely ("New tool helps young people remove explicit online images") quotes NCMEC's former board member saying that a young person who reports their own image to Take It Down will not get into trouble; that is not a promise about the law in every country. Check which services your country's Help screen shows.
just-one-photo-facilitator-threats = Some people use photos like these to threaten young people and to demand money or more images (IWF, "Teenage boys targeted as hotline sees heartbreaking increase in child sextortion reports", March 2024). The UK Safer Internet Centre reported in September 2024 that victims can be as young as 11. If this comes up, stress that it is never the young person's fault, and that they should not pay, should keep the messages and should tell a trusted adult.
just-one-photo-facilitator-law = The line "The law is there to protect you. The person pressuring or threatening you is the one breaking it." follows CEOP Education ("Online grooming"): "it is also illegal for someone to put pressure on a young person under 18 to send sexual photos of themselves." If you adapt this lesson for another country, check what the law there says and adapt the line, keeping its message: the law protects young people, and the person pressuring them is the one in the wrong.

## Safeguarding notes

just-one-photo-safeguarding-before = Before the lesson, read your school's safeguarding procedure and check who your designated safeguarding lead is. Let them know when you are teaching this topic, as it can prompt disclosures.
just-one-photo-safeguarding-disclosure = If a child tells you something worrying: listen calmly, believe them and take them seriously. Tell them they did the right thing by telling you and that it is not their fault. Do not investigate yourself and do not ask leading questions; let them tell it in their own words.
just-one-photo-safeguarding-secrecy = Never promise to keep what a child tells you a secret. Explain kindly that you may need to tell someone whose job is to help keep them safe.
just-one-photo-safeguarding-procedure = Write down what the child said, in their own words, as soon as you can, and follow your school's or organisation's safeguarding procedure straight away: tell the designated safeguarding lead. If a child is in immediate danger, contact the emergency services.
just-one-photo-safeguarding-images = Never view, copy, forward, screenshot or save a nude or sexual image of someone under 18, even to report it or to show a colleague, and do not ask a child to show or send it to you. Pass the concern to your designated safeguarding lead.
just-one-photo-safeguarding-peers = If a photo is being shared among pupils, every child involved, including the child in the photo and children who received or forwarded it, needs support. Do not deal with it in front of the class; hand it to the designated safeguarding lead.
just-one-photo-safeguarding-family = At home: if your child tells you they have been pressured for a photo, or that a photo of them or a friend is being shared, stay calm, thank them and don't blame them. Never ask to see the photo. Keep the messages, report the account or the messages in the app, and tell the school so its designated safeguarding lead can help. If an adult is involved, or someone is threatening your child, report it to the police too.

## Materials

just-one-photo-material-screen = A projector or large screen for class mode, one device to share at home, or one device for a young person on their own.
just-one-photo-material-help = Open the Help screen before the lesson and check which helplines and reporting services it shows for your country.
just-one-photo-material-cards = Optional: the six sort cards printed on paper, for groups to sort before the class votes.
just-one-photo-material-contacts = The name of your school's designated safeguarding lead, written up where everyone can see it, so pupils know who they can talk to.
just-one-photo-agreement-never = Nobody in our family ever has to send a nude or nearly nude photo, whoever asks.
just-one-photo-agreement-no = We can say no without giving a reason, and we respect each other's no.
just-one-photo-agreement-forward = We never forward a private photo of someone else, and we tell each other if one is being shared.
just-one-photo-agreement-listen = If something goes wrong with a photo, we tell each other, and the grown-ups listen first and don't blame.

## Step: intro

just-one-photo-intro-title = Just one photo
just-one-photo-intro-body = Sam is in your class. You've been messaging every evening for a couple of weeks, and you really like each other. Tonight Sam messages you again. At each step, choose the reply you think you would send. This is a practice chat, so you can try any reply.
just-one-photo-intro-image-alt = Evening: a young person on a sofa holds a phone showing messages from Sam, one with a small heart.
just-one-photo-intro-note = Agree ground rules before you start: nobody shares personal stories in front of the class, anyone can take a break, and you are available afterwards. Point out where Help and Quick exit are on the screen.

## Chat contacts

just-one-photo-contact-sam = Sam
just-one-photo-contact-sam-label = In your class at school
just-one-photo-contact-class = Class 7B
just-one-photo-contact-class-label = Your class group chat

## Step: chat-1 (the request and "everyone does it")

just-one-photo-chat-1-msg-1 = Hey, you looked really nice today.
just-one-photo-chat-1-msg-2 = Can I ask you something? Send me a private pic. You know what I mean.
just-one-photo-chat-1-msg-3 = Everyone does it. It's not a big deal.
just-one-photo-chat-1-prompt = { $contact } is asking for a nude or nearly nude photo, and says everyone does it. What do you reply?

just-one-photo-chat-1-reply-safe = No. I don't send photos like that.
just-one-photo-chat-1-reply-safe-feedback = Clear and simple. You don't need to give a reason or say sorry. "Everyone does it" is a pressure line: it's meant to make you feel left out if you say no. Whatever anyone else does, you decide what happens to your body and your pictures.

just-one-photo-chat-1-reply-risky = Maybe... Would you promise not to show anyone?
just-one-photo-chat-1-reply-risky-feedback = It makes sense to want to trust { $contact }, especially when you like them. But a promise can't control where a photo goes: friendships change, phones get lost or borrowed, and photos get shared. You can still say no at any point.

just-one-photo-chat-1-reply-neutral = Haha, what do you mean?
just-one-photo-chat-1-reply-neutral-feedback = Trying to put it off is understandable when you feel awkward. But { $contact } will probably just ask again, more clearly. You don't have to play along: you can simply say no. Choose another reply to carry on.

just-one-photo-chat-1-note = Pause after "Everyone does it" and ask: why might someone say this? How does it make the other person feel?

## Step: chat-2 (guilt and "prove you trust me")

just-one-photo-chat-2-msg-1 = Why not? I thought you liked me.
just-one-photo-chat-2-msg-2 = If you really trusted me, you'd send it. Prove it.
just-one-photo-chat-2-msg-3 = I'd never show anyone. I promise.
just-one-photo-chat-2-prompt = { $contact } says you'd send a photo if you really trusted them. What do you reply?

just-one-photo-chat-2-reply-safe = I do like you, and my answer is still no. If you like me, you'll stop asking.
just-one-photo-chat-2-reply-safe-feedback = That's a strong answer. You can like someone and still say no. Someone who really cares about you respects your no and doesn't keep asking. "Prove you trust me" turns your no into a test, but it isn't one.

just-one-photo-chat-2-reply-risky = Sorry, I don't want you to be upset. Give me a minute.
just-one-photo-chat-2-reply-risky-feedback = Lots of people feel guilty when someone they like is disappointed. That guilt is part of the pressure, and it isn't your fault. It's not your job to fix { $contact }'s feelings by sending a photo. You can still change your mind and say no.

just-one-photo-chat-2-reply-neutral = Why does it matter so much to you?
just-one-photo-chat-2-reply-neutral-feedback = It's fair to wonder. But you don't have to win an argument to say no: someone who keeps pushing after you hesitate isn't listening to you. Choose another reply to carry on.

## Step: chat-3 ("it'll disappear" and a threat)

just-one-photo-chat-3-msg-1 = Just use the disappearing photos. It deletes itself as soon as I've seen it.
just-one-photo-chat-3-msg-2 = No one will ever know. It's only one photo.
just-one-photo-chat-3-msg-3 = If you won't, I'll find someone who will.
just-one-photo-chat-3-prompt = { $contact } says the photo will disappear, and that they'll find someone else if you won't. What do you do?

just-one-photo-chat-3-reply-safe = No. Anyone can save a photo, even a disappearing one. I'm done talking about this.
just-one-photo-chat-3-reply-safe-feedback = Well done for holding on to your no. You're right: a photo that is meant to disappear can still be saved, with a screenshot or with another phone's camera. You can stop replying, mute or block { $contact }, and talk to a trusted adult about what happened. You haven't done anything wrong.

just-one-photo-chat-3-reply-risky = OK. Just one, and it'll disappear anyway.
just-one-photo-chat-3-reply-risky-feedback = Being asked again and again wears people down: that's how pressure works, and it's not your fault. { $contact } is the one who did something wrong by pushing you. Even now, it's not too late to get help. Let's look at what you can do.

just-one-photo-chat-3-reply-neutral = Does it really disappear?
just-one-photo-chat-3-reply-neutral-feedback = Good question. Not really: the person who gets it can take a screenshot, or photograph the screen with another phone, and you might never know. Once a photo has been sent, you can't control where it goes. Choose another reply to carry on.

just-one-photo-chat-3-note = If the class goes quiet here, that's fine. Remind everyone that this is a practice chat, and that every choice leads to support.

## Step: check-in

just-one-photo-check-in-title = Let's pause
just-one-photo-check-in-body = Let's step out of the chat for a moment. Sam started with a compliment, then asked for a nude or nearly nude photo and used three pressure lines: "everyone does it", "prove you trust me" and "it'll disappear". Then came a threat: "I'll find someone who will". Pressure like this can come from someone you know and like, not only from strangers. The law is there to protect you. The person pressuring or threatening you is the one breaking it.
just-one-photo-check-in-note = Ask: which of Sam's messages would be hardest to say no to, and why? There is no single right answer.

## Step: support-sent (after sending a photo in the chat)

just-one-photo-support-sent-title = If a photo has already been sent
just-one-photo-support-sent-body = It's never your fault. The person who pressured you is the one who did something wrong. You can still get help, even after a photo has been sent. Tell a trusted adult: a parent or carer, a teacher, or another adult you feel safe with. Don't delete the chat yet: it can help a trusted adult see what happened. If a photo has been shared, or someone threatens to share it, tools like Take It Down can help stop it being posted or shared on many apps and sites. They can't reach private messages, which is why reporting the account and telling an adult quickly matters. The services on this screen can help too.
just-one-photo-support-sent-note = Someone who chose this path may have had a similar real experience. Watch for reactions, keep the tone calm, and offer to talk privately afterwards.

## Step: support-pressure (after a "maybe" earlier in the chat)

just-one-photo-support-pressure-title = Pressure is hard to handle
just-one-photo-support-pressure-body = Some of your replies gave Sam a "maybe", and that's OK: this is a safe place to practise. Pressure from someone you like is hard to resist, and it's never your fault. A promise can't control where a photo goes, and real trust doesn't need a photo to prove it. You can change your mind at any time, even after saying yes or maybe: say no, stop replying, mute or block, and tell a trusted adult.

## Step: saved-shared

just-one-photo-saved-shared-title = Once a photo is sent
just-one-photo-saved-shared-body = Once a photo leaves your phone, you can't control where it goes. The person who gets it can save it, take a screenshot or photograph the screen with another phone, even in an app that says photos disappear. They can forward it, and it can end up in group chats or online. Friendships and relationships change, and photos sent "just for one person" do get shared. Some people even use photos like this to threaten young people or to demand money or more photos. If that ever happens, it is not your fault, and help is there.
just-one-photo-saved-shared-note = Keep the focus on the people who pressure, save and share, not on the person who sent the photo. Avoid scare stories: the message is "you can say no, and help is there", not "your life is ruined".

## Step: say-no

just-one-photo-say-no-title = Ways to say no
just-one-photo-say-no-body = You never have to send a photo like this, and you don't owe anyone a reason. You could say: "No." "No, I'm not comfortable with that." "I don't send photos like that." "If you liked me, you'd stop asking." You can also change the subject, leave the chat, mute or block the person, and talk to a trusted adult. If you said yes or maybe before, you can still change your mind.
just-one-photo-say-no-note = Ask the class for other ways to say no, including ones that use humour. Write them up. Any answer that keeps the learner safe and doesn't send a photo is a good one.

## Step: talk-pressure (discussion)

just-one-photo-talk-pressure-prompt = Why might someone find it hard to say no to Sam? What could they say or do?
just-one-photo-talk-pressure-model-answer = It can be hard to say no because they like Sam, don't want to seem boring or childish, feel guilty, or are scared of losing the friendship. Sam used common pressure lines: "everyone does it", "prove you trust me", "it'll disappear" and "I'll find someone who will". A good answer includes: saying no clearly without giving a reason, not getting drawn into an argument, stopping the chat, muting or blocking, and telling a trusted adult. Someone who respects you accepts your no. Whatever happens, it is never the fault of the person being pressured.
just-one-photo-talk-pressure-starter-respect = How can you tell whether someone respects your no?
just-one-photo-talk-pressure-starter-friend = What could a friend say to help, if you told them about a chat like Sam's?
just-one-photo-talk-pressure-starter-adults = Who could you talk to if this happened to you?
just-one-photo-talk-pressure-parent-tip = Ask what your child thinks before you say what you think. If they tell you they have been asked for, or have sent, a photo like this, stay calm, thank them for telling you and make it clear that it is not their fault.
just-one-photo-talk-pressure-note = Give pairs two minutes to talk before taking answers from the whole class. Don't ask anyone to describe their own experiences.

## Step: chat-4 (a friend's photo in the class group chat)

just-one-photo-chat-4-msg-1 = Has everyone seen Dana's photo?? The private one.
just-one-photo-chat-4-msg-2 = She only sent it to one person and now everyone's got it.
just-one-photo-chat-4-msg-3 = Send it to the other class chat too, it's so funny.
just-one-photo-chat-4-prompt = A private photo of your friend Dana is being shared in the group chat "{ $contact }". What do you do?

just-one-photo-chat-4-reply-safe = (Doesn't join in, reports the messages in the app and tells a teacher privately.)
just-one-photo-chat-4-reply-safe-feedback = That really helps Dana. You don't have to say anything in the group: you can report it and tell an adult privately. Don't save, screenshot or send on the photo, even to show an adult: just tell a trusted adult where it is. Check in with Dana privately. She isn't to blame, and she needs friends on her side.

just-one-photo-chat-4-reply-risky = lol, sending it to the other chat.
just-one-photo-chat-4-reply-risky-feedback = In a group chat it can feel like everyone is joking, so joining in seems normal. But every time the photo is shared, it hurts Dana more, and it's never OK to forward a photo like this. It's not too late to help put it right. Let's look at how.

just-one-photo-chat-4-reply-neutral = Say nothing and mute the chat.
just-one-photo-chat-4-reply-neutral-feedback = Not sharing it is a good start. But the photo is still spreading, and Dana needs help. Reporting it and telling a trusted adult can help stop it. Choose another reply to carry on.

just-one-photo-chat-4-note = Some pupils may know of a real case like this. Remind the class not to name anyone, and to come to you, or the safeguarding lead, privately.

## Step: friend-check

just-one-photo-friend-check-title = What happened to Dana
just-one-photo-friend-check-body = Dana sent one photo to one person she trusted. Now it is in a class group chat, and it could keep spreading. This is how a private photo can get out of control. It is not Dana's fault. The people who shared it without her permission are the ones doing wrong. Dana can get help: a trusted adult can help report it, and tools like Take It Down can help stop it being posted or shared on many apps and sites.

## Step: support-forwarded (after forwarding the photo in the chat)

just-one-photo-support-forwarded-title = You can still help put it right
just-one-photo-support-forwarded-body = If you have ever forwarded a photo like this, you can still help now. Don't send it to anyone else and don't show it to anyone. Tell a trusted adult what happened, so they can help report it and work out what to do next. Owning up is hard, and it's the right thing to do. The person in the photo is never to blame.
just-one-photo-support-forwarded-note = A pupil who has forwarded an image in real life needs support too, not public blame. Pass any real case to the designated safeguarding lead.

## Step: images-quiz (multiple choice)

just-one-photo-images-quiz-question = Sam said the photo would disappear. Which of these could still happen to a photo once it has been sent?
just-one-photo-images-quiz-screenshot = The person who gets it takes a screenshot.
just-one-photo-images-quiz-screenshot-feedback = A screenshot can keep a copy, even in an app where photos are meant to disappear.
just-one-photo-images-quiz-camera = They photograph the screen with another phone.
just-one-photo-images-quiz-camera-feedback = Another camera can copy anything on a screen, and the sender might never know.
just-one-photo-images-quiz-forward = They forward it to other people.
just-one-photo-images-quiz-forward-feedback = That's how Dana's photo ended up in the class chat.
just-one-photo-images-quiz-nothing = Nothing: a disappearing photo can't be saved.
just-one-photo-images-quiz-nothing-feedback = "Disappearing" only means the app stops showing it. A screenshot or another camera can still keep a copy.
just-one-photo-images-quiz-threat = Someone uses it to threaten the person in it.
just-one-photo-images-quiz-threat-feedback = Some people use photos like this to threaten young people or to demand more photos or money. If that happens, it's not the young person's fault, and they can get help.
just-one-photo-images-quiz-hint = Think about all the ways a picture on a screen can be copied, and where it could go next.
just-one-photo-images-quiz-explanation = Once a photo has been sent, the person who sent it can't control where it goes. That's why saying no is always OK, and why anyone who is pressured, or whose photo is shared, deserves help, not blame.

## Step: fault-quiz (true or false)

just-one-photo-fault-quiz-question = If someone sends a private photo and it gets shared, it's their own fault.
just-one-photo-fault-quiz-true-feedback = The blame belongs to the people who pressured them, or who saved and shared the photo without permission. The person in the photo deserves support.
just-one-photo-fault-quiz-false-feedback = The person in the photo is never to blame for it being shared. The people who pressured them or shared it are the ones doing wrong.
just-one-photo-fault-quiz-explanation = It is never the fault of the person who was pressured, or whose photo was shared. They can always get help, even after a photo has been sent.

## Step: sort

just-one-photo-sort-prompt = Pressure or respect? Sort these messages.
just-one-photo-sort-group-pressure = Pressure
just-one-photo-sort-group-respect = Respect

just-one-photo-sort-card-everyone = "Everyone does it. It's no big deal."
just-one-photo-sort-card-everyone-feedback = "Everyone does it" tries to make you feel left out if you say no.
just-one-photo-sort-card-no-problem = "OK, no problem. I won't ask again."
just-one-photo-sort-card-no-problem-feedback = This is what respect looks like: they hear your no and stop.
just-one-photo-sort-card-trust = "If you trusted me, you'd send it."
just-one-photo-sort-card-trust-feedback = This turns your no into a test of trust. It isn't one.
just-one-photo-sort-card-disappear = "It disappears, so no one will ever know."
just-one-photo-sort-card-disappear-feedback = A photo that is meant to disappear can still be saved. This line tries to make it feel safe when it isn't.
just-one-photo-sort-card-no-need = "That's fine. You don't have to send me anything."
just-one-photo-sort-card-no-need-feedback = This respects your choice and takes the pressure off.
just-one-photo-sort-card-someone-else = "If you won't, I'll find someone who will."
just-one-photo-sort-card-someone-else-feedback = This is a threat, meant to make you scared of losing them. Someone who cares about you wouldn't say it.

just-one-photo-sort-note = Ask: what do all the "pressure" messages have in common? (They don't accept no as an answer.)

## Step: talk-friend (discussion)

just-one-photo-talk-friend-prompt = Imagine Dana's photo was being shared in your class chat. What could you do to help her, and who could you tell?
just-one-photo-talk-friend-model-answer = Don't forward, save or screenshot the photo, even to show someone, and don't comment or laugh. Say that it isn't OK, if you feel safe to, or just report it and tell an adult privately. Report the messages in the app. Tell a trusted adult, such as a teacher, a parent or carer, or the school's safeguarding lead: they can help report it, and tools like Take It Down can help stop a nude or nearly nude photo of an under-18 being posted or shared on many apps and sites (they can't reach private messages or group chats, which is why telling an adult quickly matters). Check in with Dana privately and tell her it's not her fault. Telling an adult is not "snitching": it is helping a friend.
just-one-photo-talk-friend-starter-feel = How might Dana be feeling right now?
just-one-photo-talk-friend-starter-say = What could you say to Dana to support her?
just-one-photo-talk-friend-starter-telling = What stops young people from telling an adult, and how could we make it easier?
just-one-photo-talk-friend-parent-tip = Talk about what your child could do if a friend's photo was shared, before it ever happens. Let them know they won't be in trouble with you for telling you about a photo they were sent, and that you will help them work out what to do.
just-one-photo-talk-friend-note = Finish by making sure everyone knows who the trusted adults in school are, including the designated safeguarding lead.

## Step: get-help

just-one-photo-get-help-title = Where to get help
just-one-photo-get-help-body = If someone is pressuring you for a photo, if you've sent one and feel worried, or if a photo of you or a friend is being shared, you don't have to deal with it alone. Tell a trusted adult: a parent or carer, a teacher, or another adult you feel safe with. Telling is the right thing to do. If the first adult doesn't help, tell another one. Report it in the app and, with a trusted adult, to the police. Tools like Take It Down can help stop a nude or nearly nude photo of someone under 18 being posted or shared on many apps and sites. They can't reach private messages, which is why reporting the account and telling an adult quickly matters. The services on this screen can help too.
just-one-photo-get-help-note = Before the lesson, open this screen and check which services it shows for your country, so you can point them out to the class.

## Step: end

just-one-photo-end-title = Well done for practising
just-one-photo-end-summary = You practised saying no to pressure for a private photo, saw how a photo can be saved and shared once it is sent, and thought about how to help a friend.
just-one-photo-end-key-no = You never have to send a nude or nearly nude photo, whoever asks and whatever they say. You can say no without giving a reason.
just-one-photo-end-key-saved = Once a photo is sent, it can be saved and shared, even if it's meant to disappear.
just-one-photo-end-key-friend = If a friend's photo is shared: don't forward it, report it and tell a trusted adult.
just-one-photo-end-key-fault = It's never the fault of the person who was pressured or whose photo was shared. It's never too late to get help.
