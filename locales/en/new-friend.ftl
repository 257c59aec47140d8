# ChatWise lesson "When a new friend wants secrets" (content/lessons/new-friend.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# Facts trace to docs/help-sources.md section 4.2 (grooming tactics) and 4.3 (advice after something has happened).
# A 43-minute class lesson (ages 11-14) that also works for a young person on their own.

## Lesson information

new-friend-title = When a new friend wants secrets
new-friend-summary = Chat with a "new friend" from an online game, spot the tricks that groomers use, and practise saying no and getting help.
new-friend-content-note = This lesson is about people who pretend to be a friend online so they can trick young people. Nothing in it is graphic. If anything in it worries you or reminds you of something, you can stop at any time and talk to an adult you trust.

new-friend-objective-tactics = Recognise common grooming tactics: flattery, gifts, asking for secrets, moving to a private app and asking for photos.
new-friend-objective-reply = Practise safe ways to respond: saying no, not keeping secrets, stopping the chat, reporting the account and then blocking it, and telling a trusted adult without warning the other person.
new-friend-objective-help = Know that grooming is never the young person's fault, and that they can get help from a trusted adult at any time, even if something has already happened.

## Facilitator notes

new-friend-facilitator-plan = Lesson plan, 43 minutes: introduction and ground rules (3), the practice chat in three parts (14), first discussion (5), three quiz questions (7), sorting messages (5), second discussion (6), where to get help (2), ending (1). If the class's choices lead to a support step, allow up to 2 more minutes. The minutes for each step are shown with the step.
new-friend-facilitator-fictional = Alex is a made-up character and the chat is a simulation. Before you start, remind the group that nobody has to share their own experiences in front of others, and that they can talk to you privately afterwards.
new-friend-facilitator-ground-rules = Agree some ground rules at the start: we listen to each other, we don't laugh at anyone's answer, we talk about "a young person" rather than naming anyone, and we don't share personal stories in front of the class. Anyone can step out or ask a question privately at any time.
new-friend-facilitator-vote = In class mode, read each message aloud and let pairs talk about what they would reply. Then take an anonymous vote before you reveal the feedback: heads down and hands up, cards, or mini-whiteboards shown only to you. Keep the tally without names and follow the reply most of the class chose. The other replies can be discussed afterwards. Someone in the room may be going through something like this, so nobody should have to vote in front of the others.
new-friend-facilitator-no-blame = If the class picks a risky reply, treat it as a useful moment to learn, not a failure. The lesson takes a supportive path and then returns to the main story. Keep your tone calm, and never suggest that someone who is tricked is to blame.
new-friend-facilitator-fast = Point out that online grooming can move much faster than offline: research cited in the NSPCC's grooming briefing found that some chats escalate in under 20 minutes. A groomer can also pretend to be someone else, for example a child of the same age.
new-friend-facilitator-known = A groomer is not always a stranger met online. CEOP says the person "might be … someone you know in real life", and a typical report young people make to CEOP is "Someone online kept asking me to meet them face-to-face". Make sure the class hears that the same warning signs and the same help apply when the person is someone they already know, such as an older teenager or an adult they trust, and that a request to meet up, especially in secret, is a reason to tell a trusted adult straight away.
new-friend-facilitator-law = The line "The law is there to protect you. The person pressuring or threatening you is the one breaking it." follows CEOP Education ("Online grooming"): "it is also illegal for someone to put pressure on a young person under 18 to send sexual photos of themselves." If you adapt this lesson for another country, check what the law there says and adapt the line, keeping its message: the law protects young people, and the person pressuring them is the one in the wrong.
new-friend-facilitator-sources = The tactics in this lesson (pretending to be someone else, flattery, gifts, asking for secrets, moving to a private chat, asking for pictures, pressure) are described in "Grooming" (NSPCC Learning briefing), "Online grooming" (Childnet) and "Grooming" (Report Harmful Content). The advice after something has happened (don't delete the messages, it is not your fault, tell a trusted adult) comes from the IWF's sextortion advice for parents and carers and from Hwb, the Welsh Government's "Sextortion" page.

## Safeguarding notes

new-friend-safeguarding-before = Before the lesson, read your school's safeguarding procedure and check who your designated safeguarding lead is. Let them know when you are teaching this topic, in case a child needs support afterwards.
new-friend-safeguarding-in-class = If a child starts to say something personal during the lesson, thank them calmly, gently stop them from giving details in front of the class, and make sure you talk to them privately straight after the lesson.
new-friend-safeguarding-disclosure = If a child tells you something worrying: listen calmly, believe them and take them seriously. Tell them they did the right thing by telling you and that it is not their fault. Reassure them that they are not in trouble.
new-friend-safeguarding-questions = Do not investigate or question the child in detail, and do not ask leading questions (such as "Was it Alex from your game?"). Let them tell you in their own words. Do not contact the person they talk about yourself.
new-friend-safeguarding-secrecy = Never promise to keep what a child tells you a secret. Explain kindly that you may need to tell someone whose job is to help keep them safe, and tell them what will happen next.
new-friend-safeguarding-procedure = Write down what the child said, in their own words, as soon as you can. Follow your school's or organisation's safeguarding procedure and tell the designated safeguarding lead straight away, the same day. If a child is in immediate danger, contact the emergency services.
new-friend-safeguarding-images = Never ask to see, and never view, copy, forward, screenshot or save a sexual image of someone under 18, even to report it or to show the safeguarding lead. Tell the safeguarding lead where the image is and leave the next steps to them.
new-friend-safeguarding-after = After the lesson, watch for anyone who seemed upset or unusually quiet, and check in with them quietly. A child may come to you days later: treat it the same way, and follow the same procedure.

## Materials

new-friend-material-screen = A projector or large screen for class mode, or one device for a young person on their own.
new-friend-material-help = Open the Help screen before the lesson and check which helplines and reporting services it shows for your country.
new-friend-material-board = A board or flip chart to collect the warning signs and the safe actions the class names.
new-friend-material-question-box = A question box or envelope, so children can ask questions without giving their name. Answer them in a later lesson, or pass any worrying ones to the safeguarding lead.
new-friend-material-contacts = The name of your school's safeguarding lead, written up where everyone can see it, so children know who they can talk to.

## Step: intro

new-friend-intro-title = A new friend
new-friend-intro-body = You're playing your favourite online game after school. A player called Alex has been on your team a few times, and now starts chatting with you. At each step, choose the reply you think you would send.
new-friend-intro-image-alt = Seen from behind, a young person in headphones plays an online game; a chat from Alex on screen shows a gem.
new-friend-intro-note-rules = Start with the ground rules (see the lesson plan) and remind the class where the Help button is. Then read the scene aloud.
new-friend-intro-note = Ask the group: what makes someone a friend online? Is it different from a friend you know in person?

## Chat contact

new-friend-contact-alex = Alex
new-friend-contact-alex-label = New friend from an online game

## Step: chat-1 (flattery and a gift)

new-friend-chat-1-msg-1 = Hey! I watched you play that last round. Honestly, you're the best player on this server.
new-friend-chat-1-msg-2 = I'm 13, by the way. We should team up more often.
new-friend-chat-1-msg-3 = I've got loads of spare gems. I can send you 500 so you can get the new skin. Want them?
new-friend-chat-1-prompt = { $contact } is being really nice and offers you a gift. What do you reply?

new-friend-chat-1-reply-safe = Thanks, but I don't take gifts from people I only know online.
new-friend-chat-1-reply-safe-feedback = Good choice. Compliments and gifts from someone you've only just met can be a way to build trust quickly, or to make you feel you owe them something. You can be friendly and still say no.

new-friend-chat-1-reply-risky = Wow, yes please! You're so nice.
new-friend-chat-1-reply-risky-feedback = It's natural to feel pleased by a compliment and a gift, and it doesn't make you a bad person. But people who groom young people often use flattery and gifts to build trust fast. Keep an eye on what { $contact } asks for next.

new-friend-chat-1-reply-neutral = Are you really 13?
new-friend-chat-1-reply-neutral-feedback = It's good that you're wondering. Anyone online can say they are any age, and you have no way to check. People who groom young people sometimes pretend to be their age. Asking won't get you the truth, though. Choose another reply to carry on.

new-friend-chat-1-note = Pause after the gift offer and ask: why might someone you've just met give you something for free?

## Step: chat-2 (a secret and a private app)

new-friend-chat-2-msg-1 = You're way more grown-up than the others on here. I feel like I can really talk to you.
new-friend-chat-2-msg-2 = Don't tell anyone at home about me or the gems, OK? They wouldn't understand. This is just our thing.
new-friend-chat-2-msg-3 = And this game chat is so annoying. Let's talk on a private app instead. I'll send you my username.
new-friend-chat-2-prompt = { $contact } wants to keep your chats secret and move to another app. What do you reply?

new-friend-chat-2-reply-safe = No. I don't keep secrets like that from my family, and I'm not moving to another app.
new-friend-chat-2-reply-safe-feedback = Good choice. A real friend doesn't ask you to hide them from the adults who look after you. Asking for secrets and moving to a private chat are two common warning signs of grooming. This is a good moment to tell a trusted adult.

new-friend-chat-2-reply-risky = OK, it's our secret. What's your username?
new-friend-chat-2-reply-risky-feedback = Lots of young people say yes here, because { $contact } seems so nice. But asking for secrets and moving somewhere private are warning signs: they make it harder for anyone to notice and help. It's not your fault that { $contact } asked. You can change your mind at any time and tell someone you trust.

new-friend-chat-2-reply-neutral = Why can't anyone at home know?
new-friend-chat-2-reply-neutral-feedback = Trust that feeling. When someone says "don't tell", that's exactly the time to tell a trusted adult. Choose another reply to carry on.

new-friend-chat-2-note = Before the vote, ask: why might Alex want to move away from the game chat? Who can see a private app, and who can't?

## Step: chat-3 (pressure and a request for a photo)

new-friend-chat-3-msg-1 = I've been so nice to you. Now I need you to do something for me.
new-friend-chat-3-msg-2 = Send me a photo of you. Just for me, nobody else will ever see it.
new-friend-chat-3-msg-3 = Come on. If you really trusted me, you would.
new-friend-chat-3-prompt = { $contact } is asking for a photo and putting pressure on you. What do you do?

new-friend-chat-3-reply-safe = (Doesn't send anything, stops replying, reports the account in the game, then blocks it, and shows a trusted adult the messages.)
new-friend-chat-3-reply-safe-feedback = That's a strong, safe choice. You never owe anyone a photo, whatever they gave you or said. You don't have to tell { $contact } you're telling: just stop replying. Reporting the account in the game, noting the username, then blocking it, and telling a trusted adult all help. Keep the messages instead of deleting them: they can help an adult report what happened.

new-friend-chat-3-reply-risky = OK, but just one.
new-friend-chat-3-reply-risky-feedback = Pressure like this is designed to work, and it is not your fault. { $contact } is the one doing something wrong. Even if a photo has been sent, it's not too late: you can still get help. Let's look at what you can do.

new-friend-chat-3-reply-neutral = Maybe later. I'm busy right now.
new-friend-chat-3-reply-neutral-feedback = Putting it off is understandable, but { $contact } will probably keep asking. You don't need an excuse to say no, and you don't have to keep chatting. Choose another reply to carry on.

new-friend-chat-3-note = If the class goes quiet here, that's fine. Remind everyone that this is a practice chat, and that there is support for every choice.
new-friend-chat-3-note-photo = Keep the talk about the photo request general. Do not ask the class what kind of photo Alex wanted, or whether anyone has been asked for a photo.

## Step: check-in (first discussion)

new-friend-check-in-prompt = Let's step out of the chat. Alex started off friendly, then asked for more and more: to accept a gift, to keep a secret, to move to a private app, to send a photo. When did the chat first start to feel wrong, and what were the clues?
new-friend-check-in-model-answer = There is no single right moment. Some people notice at the gift, many at "don't tell anyone at home", and some only at the request for a photo. The clues: lots of compliments from someone you've only just met; an age you can't check; a gift that makes you feel you owe something; being told you're more grown-up than others; "don't tell anyone"; moving to a private app where nobody else can see; and pressure ("if you really trusted me"). Grooming often works like this, step by step, and online it can happen very fast. Noticing late is normal, and it's never the young person's fault.
new-friend-check-in-starter-clues = Which of Alex's messages would make you stop and think?
new-friend-check-in-starter-real-friend = How is a real friend different from someone who only acts friendly online?
new-friend-check-in-note = Give a minute to think alone and two minutes in pairs before taking answers. There is no single right answer. Many people only notice when they look back, and that's OK.
new-friend-check-in-note-board = Write the warning signs on the board as the class names them: compliments, gifts, secrets, a private app, pressure, a request for a photo. Leave the list up for the quiz and the sorting.

## Step: support-sent (after sending a photo in the chat)

new-friend-support-sent-title = If a photo has already been sent
new-friend-support-sent-body = It's never your fault. The person who asked for the photo is the one who did something wrong. You can still get help, even after a photo has been sent, and even if you promised to keep it secret. Stop replying, report the account in the game, note their username, then block them. Don't delete your own account or the chat: it can help a trusted adult report what happened, in the game and to the police. Tell a trusted adult: a parent or carer, a teacher, or another grown-up you feel safe with. The services on this screen can help too.
new-friend-support-sent-note = Someone who chose this path in the simulation may have had a similar real experience. Watch for reactions, keep the tone calm, and offer to talk privately afterwards.

## Step: support-tricky (after any risky reply)

new-friend-support-tricky-title = Those messages were tricky on purpose
new-friend-support-tricky-body = Some of your replies were risky, and that's OK: this is a safe place to practise. People who groom young people are good at seeming kind and making things feel normal. It's never your fault if someone tricks you. You can change your mind at any time: stop replying, report the account, then block it, and tell a trusted adult.

## Step: support-secret (after agreeing to keep a secret or move apps)

new-friend-support-secret-title = You can still tell
new-friend-support-secret-body = You agreed to keep Alex a secret. It's OK to break a promise like that. Secrets that make you feel uneasy, or that are meant to stop adults from knowing, are exactly the ones to share. Telling is the right thing to do. If the first adult doesn't help, tell another one.

## Step: signs-quiz (multiple choice)

new-friend-signs-quiz-question = Which of these were warning signs in Alex's messages?
new-friend-signs-quiz-flattery = Saying you're the best player and more grown-up than the others
new-friend-signs-quiz-flattery-feedback = Lots of compliments and attention from someone you've only just met is a common grooming tactic.
new-friend-signs-quiz-gift = Offering you free gems
new-friend-signs-quiz-gift-feedback = A gift can make you feel that you owe something back.
new-friend-signs-quiz-team-up = Suggesting you play on the same team
new-friend-signs-quiz-team-up-feedback = On its own, this is a normal thing players do. What matters is the pattern: compliments, gifts, secrets and requests, one after another.
new-friend-signs-quiz-secret = Asking you to keep the chats a secret from home
new-friend-signs-quiz-secret-feedback = Secrets cut you off from the adults who could help you.
new-friend-signs-quiz-private-app = Asking to move to a private app
new-friend-signs-quiz-private-app-feedback = In a private chat it's harder for anyone to notice what is happening.
new-friend-signs-quiz-hint = Look back at each of Alex's messages. Which ones made you feel special, or asked you for something?
new-friend-signs-quiz-explanation = Flattery, gifts, asking for secrets and moving to a private app are all common grooming tactics. One of them alone doesn't always mean danger, but together they are a strong sign to stop and tell a trusted adult.

new-friend-signs-quiz-note = Let pairs agree on their choices, then take an anonymous vote for each option before you check (heads down and hands up, or cards), and keep the tally without names. "Playing on the same team" is there on purpose: it's normal on its own, and the pattern is what matters.

## Step: secret-quiz (single choice)

new-friend-secret-quiz-question = Someone you met online says: "Don't tell anyone about us, it's our secret." What is the best thing to do?
new-friend-secret-quiz-keep = Keep the secret, so you don't lose a friend.
new-friend-secret-quiz-keep-feedback = It's natural not to want to lose a friend. But a real friend doesn't ask you to hide them from the people who look after you.
new-friend-secret-quiz-tell = Tell a trusted adult about it.
new-friend-secret-quiz-tell-feedback = When someone asks for a secret like this, that's the moment to tell a trusted adult. Telling is the right thing to do.
new-friend-secret-quiz-promise = Ask them to promise that they really are your age.
new-friend-secret-quiz-promise-feedback = They could promise anything: online, people can pretend to be any age. A promise doesn't make a secret like this safe.
new-friend-secret-quiz-hint = If the chat went wrong, who could help you? Would they know about it?
new-friend-secret-quiz-explanation = Good secrets, like a surprise party, end happily and soon. A secret that keeps adults from knowing about someone online is a warning sign. Telling a trusted adult is always OK.

new-friend-secret-quiz-note = Ask for an example of a good secret (a surprise party, a present) and a secret that feels wrong. The difference: a good secret ends soon and happily, and nobody is hurt by an adult knowing about it.

## Step: fault-quiz (true or false)

new-friend-fault-quiz-question = If someone has already sent a photo, it's too late to get help.
new-friend-fault-quiz-true-feedback = It's never too late. Even after a photo has been sent, a trusted adult and the services on the Help screen can still help, and it is not the young person's fault.
new-friend-fault-quiz-false-feedback = It's never too late to get help, whatever has happened.
new-friend-fault-quiz-explanation = It's never too late to get help, and it's never the young person's fault. The person who asked for the photo is the one who did something wrong. The law is there to protect you. The person pressuring or threatening you is the one breaking it.

new-friend-fault-quiz-note = This question matters most for anyone in the room who may already have sent something. Say plainly, and more than once, that it is never too late to get help and never their fault.

## Step: sort

new-friend-sort-prompt = Sort these messages. Which seem OK, which are warning signs, and which should you check with a trusted adult first?
new-friend-sort-group-ok = Seems OK
new-friend-sort-group-warning = Warning sign
new-friend-sort-group-ask = Ask a trusted adult first

new-friend-sort-card-classmate = A classmate you know from school asks if you want to play a round together.
new-friend-sort-card-classmate-feedback = You know this person in real life, so this seems OK. You can still say no if you don't feel like playing.
new-friend-sort-card-secret = A player you've just met says: "Let's keep our chats secret."
new-friend-sort-card-secret-feedback = Asking for secrets is a common warning sign of grooming. Tell a trusted adult.
new-friend-sort-card-currency = A player you don't know offers to send you free game currency.
new-friend-sort-card-currency-feedback = A gift from someone you don't know is a warning sign: it can make you feel that you owe them something back. You don't have to accept it. Tell a trusted adult.
new-friend-sort-card-cousin = Your cousin sends a funny video to the family group chat.
new-friend-sort-card-cousin-feedback = This is someone you know, in a chat your family shares, so this seems OK.
new-friend-sort-card-photo = Someone you met in a game asks for a photo of you, "just for me".
new-friend-sort-card-photo-feedback = This is a warning sign. You never have to send a photo to anyone. Stop chatting and tell a trusted adult.
new-friend-sort-card-meet = Someone you met in a game asks to meet up and says not to tell anyone.
new-friend-sort-card-meet-feedback = Asking to meet, and to keep it secret, is a serious warning sign. Don't go, and tell a trusted adult straight away. This is true even if it's someone you already know a little.
new-friend-sort-card-friend-request = A player from your team sends you a friend request in the game.
new-friend-sort-card-friend-request-feedback = This can be fine, but you only know them from the game. It's worth checking with a trusted adult first, and you can always say no.

new-friend-sort-note-groups = In class, read each card aloud, let the class vote anonymously on its group (heads down and hands up, or cards), and place it on the screen. Check all seven cards together at the end.
new-friend-sort-note = Some cards could fit more than one group, and that is worth discussing. If in doubt, asking a trusted adult is never a bad choice.

## Step: talk (discussion)

new-friend-talk-prompt = Why do you think Alex was so nice at first, and then asked for secrets, a private app and a photo? What could you do if someone online made you feel like this?
new-friend-talk-model-answer = Groomers often build trust first with flattery, attention and gifts, so that a young person feels special or feels they owe them something. Asking for secrets and moving to a private app cut the young person off from people who could help. A groomer can also be someone the young person already knows, and may ask to meet up. A good answer includes: stop replying, don't send anything, don't agree to meet, keep the messages, report and then block the account, and tell a trusted adult. If a friend tells you something like this, listen, don't blame them, and help them tell a trusted adult. It is never the young person's fault.
new-friend-talk-starter-gifts = Why might a player offer someone something for free? How might it make them feel?
new-friend-talk-starter-secrets = What's the difference between a fun surprise and a secret that feels wrong?
new-friend-talk-starter-adults = Who are the adults you could tell if something online worried you?
new-friend-talk-starter-friend = If a friend told you that someone online wanted them to keep a secret, what could you say to them?
new-friend-talk-parent-tip = Stay calm and curious rather than worried. If your child tells you something, thank them for telling you, tell them it isn't their fault, and work out the next steps together. Children are more likely to come to you again if they know they won't be blamed.
new-friend-talk-note = Give pairs two minutes to talk before taking answers from the whole class.
new-friend-talk-note-board = Collect answers in two columns on the board: "Why Alex did it" and "What you can do". Make sure "tell a trusted adult" and "it's never your fault" are both on it before you move on.

## Step: get-help

new-friend-get-help-title = Where to get help
new-friend-get-help-body = If something online worries you, you don't have to deal with it alone. Stop replying, don't send anything, and tell a trusted adult. Telling is the right thing to do. If the first adult doesn't help, tell another one. Report the account in the game or app, note their username, then block them. Report it in the app and, with a trusted adult, to the police. The services on this screen can help too.
new-friend-get-help-note = Before the lesson, open this screen and check which services it shows for your country, so you can point them out to the class.

## Step: end

new-friend-end-title = Well done for practising
new-friend-end-summary = You chatted with a "new friend" who used common grooming tricks, and you practised spotting them, saying no and getting help.
new-friend-end-key-signs = Flattery, gifts, asking for secrets, moving to a private app and asking for photos are warning signs.
new-friend-end-key-no-secrets = You never have to keep secrets about someone online, or send a photo to anyone.
new-friend-end-key-not-your-fault = It's never your fault if someone tricks you or puts pressure on you.
new-friend-end-key-tell = Tell a trusted adult. It's never too late to get help, even if something has already happened.
new-friend-end-note = Finish calmly. Point to the safeguarding lead's name and the question box, say that you are available after the lesson, and show where the Help button is. If you can, end with something light before the class moves on.

## Learning check (asked before and after the lesson)
new-friend-check-gift = Someone you only know from an online game is really nice to you and offers you free gems. What would you do?
new-friend-check-gift-take = Take them. It's just a nice present.
new-friend-check-gift-secret = Take them, but keep it between us.
new-friend-check-gift-no = Say no thanks, and tell an adult I trust if they keep trying.
new-friend-check-signs = Which of these can be a warning sign when someone new talks to you online?
new-friend-check-signs-game = They like the same game as you.
new-friend-check-signs-secret = They ask you to keep your chats a secret.
new-friend-check-signs-hello = They say hello in a group chat.
new-friend-check-help = How sure are you that you would know what to do, and who to tell, if someone online made you feel uncomfortable?
