# ChatWise family session "Photos we share" (content/lessons/photos-we-share.ron): every message the session shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# Written for children aged 9-12 playing with a parent or carer: plain, gentle words, nothing graphic.
# Facts trace to docs/help-sources.md: section 3 (Report Remove, Take It Down), 4.2 (pretending to be
# someone else, secrets, asking for pictures; never the child's fault) and 4.3 (tell a trusted adult; keep messages).

## Session information

photos-we-share-title = Photos we share
photos-we-share-summary = Play a game chat together, sort which photos are OK to share, practise saying no, and agree as a family how you'll share photos.
photos-we-share-content-note = This session is about someone online asking a child for photos that are private. Nothing in it is graphic. Play it together, and stop at any time if you want to talk or take a break.

photos-we-share-objective-which = Tell the difference between photos that are OK to share and photos that are private.
photos-we-share-objective-no = Practise saying no when someone online asks for a photo, even if they say they are a friend of a friend.
photos-we-share-objective-tell = Know that it's never a child's fault, and that telling a grown-up is always the right thing to do, even after a photo has been sent.

## Notes for the parent or carer

photos-we-share-facilitator-together = Sit together and let your child read the messages and choose the replies. There are no scores to compare and no wrong people here: every choice leads to kind feedback and support. Talk about each reply as you go.
photos-we-share-facilitator-words = The session uses simple words that follow the NSPCC's "Underwear Rule" (PANTS): the parts of the body covered by underwear are private. It talks about "photos of the parts of your body your underwear covers" and "photos where you aren't fully dressed". Use the words your family is comfortable with, and answer questions calmly and simply.
photos-we-share-facilitator-prepare = Before you start, find out which games and apps your child uses and how to report and block someone in them (report first, then block). You can look at those buttons together at the end.
photos-we-share-facilitator-tricks = Jay uses tricks that people who target children online often use: pretending to be someone they are not (here, a friend of a friend), being extra friendly, asking for photos, and asking for secrets (NSPCC Learning, "Grooming" briefing; Childnet, "Online grooming"). Childnet is clear that this is never the child's fault.
photos-we-share-facilitator-removal = If your child asks what happens if a photo has been sent: tools like Take It Down can help stop a nude or partly nude photo of someone under 18 being posted or shared on many apps and sites. They can't reach private messages or game chats, which is why reporting the account and telling a grown-up quickly matters, so don't promise that a photo can be taken down. The IWF page "Report Remove" describes a Childline and IWF service for young people in the UK; NCMEC's "Take It Down" FAQ describes a free tool that can be used anonymously from any country. Both reach only public or unencrypted platforms that take part. Check the Help screen for what is available where you live.

## Safeguarding notes

photos-we-share-safeguarding-disclosure = If your child tells you something has happened: stay calm, listen and believe them. Thank them for telling you, tell them they did the right thing and that it is not their fault.
photos-we-share-safeguarding-secrecy = Don't promise to keep it a secret. Explain gently that you may need to tell someone whose job is to help keep children safe.
photos-we-share-safeguarding-questions = Don't investigate yourself or ask leading questions. Let your child tell you in their own words, and write down what they said as soon as you can.
photos-we-share-safeguarding-images = Never look at, copy, forward, screenshot or save a nude or sexual image of a child, even to report it, and don't ask your child to show or send it to you. Keep the messages and the account name, and stop the chat.
photos-we-share-safeguarding-procedure = An adult who asks a child for a photo where they aren't fully dressed is committing a crime: report it to the police, and keep the messages and the account name for them. UK guidance for schools (UKCIS) says that when an adult is involved it "must be referred to the police as a matter of urgency". Tell your child's school or club too, so their designated safeguarding lead can follow their safeguarding procedure, and use the Help screen to find services and report. If a child is in immediate danger, contact the emergency services.

## Materials

photos-we-share-material-device = One device you can both see, with about 20 minutes where you won't be interrupted.
photos-we-share-material-help = Open the Help screen first and check which helplines and reporting services it shows for your country.
photos-we-share-material-agreement = Optional: a printer, to print your family agreement at the end and put it somewhere you'll both see it.

## Family agreement

photos-we-share-agreement-known = We only send photos of ourselves to people we know in real life, and we ask first if we're not sure.
photos-we-share-agreement-private = Nobody in our family ever has to send a photo of their private parts, whoever asks.
photos-we-share-agreement-tell = We tell each other if someone online asks for a photo or asks us to keep a secret.
photos-we-share-agreement-ask = We ask before we share a photo of someone else, and we respect it if they say no.
photos-we-share-agreement-listen = If something goes wrong online, we sort it out together. The grown-ups listen first and don't blame.

## Step: intro

photos-we-share-intro-title = A message in the game
photos-we-share-intro-body = You're playing a building game online. Someone called Jay sends you a message. Jay says they're a friend of your friend Mia. Read the chat together, and choose the reply you think you would send.
photos-we-share-intro-image-alt = A grown-up and a child at a table look at a tablet: a building game with a chat message from Jay.
photos-we-share-intro-note = Let your child choose. If they pick a risky reply, that's fine: it's a chance to talk about it.

## Chat contact

photos-we-share-contact-jay = Jay
photos-we-share-contact-jay-label = Says they're a friend of Mia's

## Step: chat-1 (a photo for a "friend of a friend")

photos-we-share-chat-1-msg-1 = Hi! I'm Mia's friend. She says you're really good at this game!
photos-we-share-chat-1-msg-2 = Send me a photo of you so I know what you look like. I'll send you one of me.
photos-we-share-chat-1-prompt = { $contact } says they're Mia's friend and asks for a photo of you. What do you reply?

photos-we-share-chat-1-reply-safe = Hi! I only send photos to people I know in real life. Let's just play.
photos-we-share-chat-1-reply-safe-feedback = Smart choice. Anyone can say they're a friend of a friend, and you can't check that online. You can still be friendly and keep your photos for people you really know. You could ask Mia yourself whether she knows { $contact }.

photos-we-share-chat-1-reply-risky = OK! Here's one of me in my school uniform.
photos-we-share-chat-1-reply-risky-feedback = Lots of children want to be friendly here. But you don't know who { $contact } really is, and a photo in your uniform can show which school you go to. That's not your fault, and a grown-up at home can help. Let's see what { $contact } says next.

photos-we-share-chat-1-reply-neutral = Are you really Mia's friend?
photos-we-share-chat-1-reply-neutral-feedback = Good question! But { $contact } could say yes even if it isn't true. The best way to check is to ask Mia yourself, away from the game, or ask a grown-up. Choose another reply to carry on.

photos-we-share-chat-1-note = Ask your child: how could you find out whether Jay really knows Mia?

## Step: chat-2 (a photo in pyjamas)

photos-we-share-chat-2-msg-1 = Aw, come on! OK, how about a funny one of you in your pyjamas?
photos-we-share-chat-2-msg-2 = Everyone in our group has done it. It's just a game.
photos-we-share-chat-2-prompt = { $contact } wants a photo of you in your pyjamas. What do you reply?

photos-we-share-chat-2-reply-safe = No thanks, I don't send photos like that. (Then goes to ask a grown-up.)
photos-we-share-chat-2-reply-safe-feedback = Great answer. Photos of you in your pyjamas are private, and so are photos of the parts of your body your underwear covers. You don't have to send one, even if someone says everyone else has. Asking a grown-up is a really good idea, and you don't have to tell { $contact } you're telling.

photos-we-share-chat-2-reply-risky = OK, just a quick one.
photos-we-share-chat-2-reply-risky-feedback = It can be hard to say no when someone says everyone is doing it, and that isn't your fault. But a photo like this is private, and { $contact } shouldn't be asking for it. A grown-up you trust can help, whatever has happened.

photos-we-share-chat-2-reply-neutral = Why do you want a photo of me in my pyjamas?
photos-we-share-chat-2-reply-neutral-feedback = It's good to notice when a question feels strange. If something feels odd, that's a sign to stop and tell a grown-up. Choose another reply to carry on.

## Step: chat-3 (a private photo and a secret)

photos-we-share-chat-3-msg-1 = OK, last one. Send me a photo where you aren't fully dressed. Just for me.
photos-we-share-chat-3-msg-2 = This is our secret. Don't tell anyone at home, or you'll get in trouble.
photos-we-share-chat-3-prompt = { $contact } is asking for a photo where you aren't fully dressed, and says to keep it a secret. What do you do?

photos-we-share-chat-3-reply-safe = (Stops chatting and shows a grown-up the messages straight away.)
photos-we-share-chat-3-reply-safe-feedback = That's exactly right. Nobody should ever ask a child for a photo like this. A secret like this is never one you have to keep. Telling a grown-up is always the right thing to do: { $contact } is the one doing something wrong, not you. You don't have to tell { $contact } you're telling. A grown-up can help you report the account in the game, then block it.

photos-we-share-chat-3-reply-risky = OK, but don't show anyone.
photos-we-share-chat-3-reply-risky-feedback = { $contact } is trying to trick you, and it is never your fault. You can still get help, even after a photo has been sent, and even if you promised to keep a secret. Let's look at what to do.

photos-we-share-chat-3-reply-neutral = I don't know... I feel a bit funny about this.
photos-we-share-chat-3-reply-neutral-feedback = That funny feeling is really important: it's telling you something isn't right. You don't have to decide on your own. You can stop replying and get a grown-up. Choose another reply to carry on.

photos-we-share-chat-3-note = If your child seems worried here, pause and reassure them: this is a practice chat, and they can always come to you.

## Step: check-in

photos-we-share-check-in-title = Let's pause
photos-we-share-check-in-body = Jay started by being friendly, then asked for more and more private photos, and then asked for a secret and said you'd get in trouble. These are tricks some people use online. A real friend would never ask for photos like this, and telling a grown-up is always the right thing to do.
photos-we-share-check-in-note = Ask your child: which message made you feel that something wasn't right? Any answer is fine.

## Step: support-sent (after sending a photo in the chat)

photos-we-share-support-sent-title = If a photo has been sent
photos-we-share-support-sent-body = It's never your fault. The person who asked for the photo did something wrong, not you. You can always get help, even after a photo has been sent and even if you promised to keep a secret. Stop chatting, but don't delete the messages. Tell a grown-up you trust straight away. They can help you report it in the game and to the police, and the services on this screen can help too.
photos-we-share-support-sent-note = If your child picked this reply, say clearly that they would never be in trouble with you for telling you about something like this. Then carry on together.

## Step: support-tricky (after any risky reply)

photos-we-share-support-tricky-title = Those messages were tricky
photos-we-share-support-tricky-body = Some of your replies were risky, and that's OK: this is the place to practise. People who ask children for photos can be very good at seeming friendly. It's never your fault if someone tricks you. You can stop chatting at any time and tell a grown-up.

## Step: sort

photos-we-share-sort-prompt = Which photos are OK to share? Sort the cards together.
photos-we-share-sort-group-ok = OK to share
photos-we-share-sort-group-ask = Ask a grown-up first
photos-we-share-sort-group-private = Private: don't share

photos-we-share-sort-card-drawing = A photo of your drawing, to send to Grandma
photos-we-share-sort-card-drawing-feedback = Sharing things you've made with family you know is a lovely way to use photos.
photos-we-share-sort-card-game-friend = A photo of you, for someone you met in a game
photos-we-share-sort-card-game-friend-feedback = You don't know who they really are. Check with a grown-up first, and it's always OK to just say no.
photos-we-share-sort-card-pyjamas = A photo of you in your pyjamas, for someone online
photos-we-share-sort-card-pyjamas-feedback = This is private. Someone online who asks for this is a reason to tell a grown-up.
photos-we-share-sort-card-dog = A photo of your dog, for the family group chat
photos-we-share-sort-card-dog-feedback = A funny pet photo for people you know is fine to share.
photos-we-share-sort-card-school = A photo that shows your school's name or your house number
photos-we-share-sort-card-school-feedback = This could tell people where to find you. Check with a grown-up before it goes anywhere.
photos-we-share-sort-card-body = A photo where you aren't fully dressed, or of the parts of your body your underwear covers
photos-we-share-sort-card-body-feedback = Photos like this are private. You never have to send one, whoever asks. If someone asks, tell a grown-up.

photos-we-share-sort-note = Some cards could start a good conversation: for example, who is in your family group chat? There's no need to get every card "right".

## Step: talk-photos (discussion)

photos-we-share-talk-photos-prompt = Which photos do we share in our family, and who do we share them with? How do we decide?
photos-we-share-talk-photos-model-answer = Photos of things we make and of family fun are usually fine to share with people we know in real life. Ask a grown-up before sharing a photo of yourself with someone you only know online, or one that shows where you live or go to school. Photos of the parts of your body your underwear covers, or where you aren't fully dressed, are never for sharing, and nobody should ask for them. Ask before sharing a photo of someone else.
photos-we-share-talk-photos-starter-enjoy = What's a photo you've enjoyed sharing with family or friends?
photos-we-share-talk-photos-starter-without-asking = How would you feel if someone shared a photo of you without asking?
photos-we-share-talk-photos-starter-say = What could you say if someone asked for a photo you didn't want to send?
photos-we-share-talk-photos-parent-tip = Start with the photos your family enjoys sharing, so this feels like an everyday chat rather than a warning. You could agree to ask each other before sharing photos of one another: it shows your child that their "no" about their own pictures matters.

## Step: fault-quiz (true or false)

photos-we-share-fault-quiz-question = If someone tricks a child into sending a private photo, it's the child's fault.
photos-we-share-fault-quiz-true-feedback = The person who tricked them is the one who did something wrong. The child needs help, not blame.
photos-we-share-fault-quiz-false-feedback = It's never the child's fault. The person who asked for the photo did something wrong.
photos-we-share-fault-quiz-hint = Think about Jay's messages. Who was doing the tricking?
photos-we-share-fault-quiz-explanation = It's never a child's fault if someone tricks or pressures them. They can always tell a grown-up and get help, even after a photo has been sent.

## Step: talk-tell (discussion)

photos-we-share-talk-tell-prompt = If someone online asked you for a photo, or told you to keep a secret, who could you tell? What would help you feel OK about telling?
photos-we-share-talk-tell-model-answer = Any grown-up the child trusts: a parent or carer, another family member, a teacher. Telling is always the right thing to do, even if they promised to keep a secret or have already sent something. The grown-up will listen first, not blame, and help work out what to do next.
photos-we-share-talk-tell-starter-who = Who are three grown-ups you could tell?
photos-we-share-talk-tell-starter-secrets = What's the difference between a nice surprise and a secret that feels wrong?
photos-we-share-talk-tell-starter-hear = What would you want a grown-up to say if you told them?
photos-we-share-talk-tell-parent-tip = Say out loud that your child will never be in trouble with you for telling you about something that happened online, even if they sent something. If they do tell you something, stay calm, thank them, tell them it's not their fault, and work out the next steps together.

## Step: get-help

photos-we-share-get-help-title = Getting help
photos-we-share-get-help-body = If someone online asks you for a photo of the parts of your body your underwear covers, or a photo where you aren't fully dressed, or asks you to keep a secret: stop chatting, don't send anything, and tell a grown-up you trust. Telling is the right thing to do. If the first grown-up doesn't help, tell another one. Report it in the game or app and, with a trusted adult, to the police. If a private photo of a child has been shared, tools like Take It Down can help stop it being posted or shared on many apps and sites. They can't reach private messages, so tell a grown-up quickly. The services on this screen can help too.
photos-we-share-get-help-note = Look at this screen together, and show your child where the Help button is in the app.

## Step: end

photos-we-share-end-title = Well done, both of you!
photos-we-share-end-summary = You practised spotting a tricky chat, sorted which photos are OK to share, and talked about telling a grown-up. Now choose what goes in your family agreement.
photos-we-share-end-key-private = Photos of the parts of your body your underwear covers, or where you aren't fully dressed, are never for sharing, whoever asks.
photos-we-share-end-key-no = You can always say no, and you never have to keep a secret about a photo.
photos-we-share-end-key-tell = Tell a grown-up you trust. It's never your fault, and it's never too late to get help.
