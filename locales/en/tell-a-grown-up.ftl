# ChatWise lesson "Tell a grown-up" (content/lessons/tell-a-grown-up.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# For children aged 7-10 listening to a parent, carer or teacher: short sentences, simple words, nothing graphic,
# never frightening, never the child's fault. Family or class (about 25 minutes).
# Facts trace to docs/help-sources.md section 4.2 (grooming tactics: pretending to be someone else, gifts,
# secrets, asking for pictures; never the victim's fault), 4.3 (tell a trusted adult, keep the messages) and
# 6.4 (IWF on 7- to 10-year-olds, in a note for adults only), and to review-content.md's sources (NSPCC PANTS,
# NSPCC "What to do if a child reveals abuse", CEOP #LiveSkills).

## Lesson information

tell-a-grown-up-title = Tell a grown-up
tell-a-grown-up-summary = Play a game chat together: a player offers stars for a dare, asks you to turn on your camera and asks you to keep a secret. Learn which parts of your body are private, sort happy surprises from bad secrets, and practise telling a grown-up.
tell-a-grown-up-content-note = This lesson is about staying safe in games and video chats. Someone in a game offers stars for a photo, asks to see you on camera, and asks you to keep a secret. It also talks about which parts of your body are private. Nothing in it is scary or rude. You can stop at any time.

tell-a-grown-up-objective-private = Know that the parts of your body your underwear covers are private, and that your body belongs to you.
tell-a-grown-up-objective-camera = Say no, stop and get a grown-up when someone online asks for a photo or a dare, asks you to turn on your camera, or asks you to go somewhere private.
tell-a-grown-up-objective-secrets = Tell the difference between a happy surprise and a secret that feels bad.
tell-a-grown-up-objective-tell = Know that it's never your fault, that you can always tell a grown-up, and that if one grown-up doesn't help, you tell another one.

## Notes for the adult (parent, carer or teacher)

tell-a-grown-up-facilitator-together = Read the messages out loud, and let the child (or the class) choose each reply. Many 7-year-olds don't read fluently yet, so you read and they decide. Pause after each message and ask: "What would you do?" There are no wrong feelings here, and nothing to win.
tell-a-grown-up-facilitator-class = In class: collect choices without names, for example heads down and hands up, cards held to the chest, or mini-whiteboards, rather than an open show of hands. Remember that someone in the room may have had something like this happen. Keep the tone calm and everyday.
tell-a-grown-up-facilitator-words = The body-safety words come from the NSPCC's PANTS (the Underwear Rule): privates are private, always remember your body belongs to you, no means no, talk about secrets that upset you, speak up, someone can help. "Private parts" means the parts of the body that underwear covers. You can also use the names for body parts that your family or school uses. Say them calmly and simply, as you would any other word.
tell-a-grown-up-facilitator-send = For children with special educational needs (SEND): go one message at a time, and repeat the same short phrase every time ("Stop. Don't send. Tell a grown-up."). Act the chat out with toys or pictures if that helps, and let the child answer by pointing or showing you what they would do, rather than with yes or no. Leave out the sort or the talk if the child is tired, and come back another day. Use the child's own words for feelings and body parts. The NSPCC's PANTS materials include versions for children with learning disabilities and for autistic children; your school's SEND lead can help you adapt the lesson.
tell-a-grown-up-facilitator-no-blame = If a child picks a risky reply, that's fine: it's practice. The lesson shows a kind explanation and carries on. Try not to show shock. What matters most is that the child sees that telling you is safe.
tell-a-grown-up-facilitator-prepare = Before you start, find out which games and apps the child or the class use, and how to turn off chat and the camera, and how to report and block a player in them. You can show those settings at the end.
tell-a-grown-up-facilitator-tricks = Leo uses tricks that people who target children online often use: pretending to be someone else (here, a child of the same age), gifts, asking for pictures, and asking for secrets (NSPCC Learning, "Grooming" briefing; Report Harmful Content, "Grooming"; Childnet, "Online grooming", which is clear that grooming is never the victim's fault). Live streams, gifts and dares are the focus of CEOP's #LiveSkills materials, which include sessions for ages 8-10.
tell-a-grown-up-facilitator-why = Why a lesson about cameras for children this young: the IWF reported that "almost 20,000 webpages of child sexual abuse imagery in the first half of 2022 included 'self-generated' content of 7- to 10-year-old children" (IWF, 2022). This figure is for you, not for the child. The lesson's message for children stays simple: keep the camera off with people you only know online, and tell a grown-up.

## Safeguarding notes

tell-a-grown-up-safeguarding-disclosure = If a child tells you something worrying: stay calm, listen and believe them. Thank them for telling you, and tell them they did the right thing and that it is not their fault. Children may have told someone before and nothing was done, so take it seriously the first time.
tell-a-grown-up-safeguarding-questions = Don't question them in detail or ask leading questions (such as "Did he ask you to show your private parts?"). Let them tell you in their own words, and write down what they said, in their words, as soon as you can. Don't contact the other person or investigate yourself.
tell-a-grown-up-safeguarding-secrecy = Don't promise to keep it a secret. Explain gently that you may need to tell people whose job is to keep children safe, and that you will help them.
tell-a-grown-up-safeguarding-evidence = Don't delete the messages or the child's own account. Write down the player's username, report the account in the game, and then block it.
tell-a-grown-up-safeguarding-images = If there is a nude or sexual image or video of a child, never ask to see it, and never copy, forward, screenshot or save it, even to report it. The services on the Help screen explain what to do.
tell-a-grown-up-safeguarding-procedure = Get help: use the services on the Help screen, and report the person to the police as well as to the game. If a child is in immediate danger, contact the emergency services. At home, you can also tell the child's school, so they can support the child.
tell-a-grown-up-safeguarding-class = In school: follow your safeguarding procedure and tell your designated safeguarding lead the same day about anything a child says or shows during the lesson. If a child seems upset, don't ask them about it in front of the class: find a quiet moment afterwards.

## Materials

tell-a-grown-up-material-device = One device you can all see: side by side at home, or a projector in class. Allow about 25 minutes.
tell-a-grown-up-material-help = Before you start, open the Help screen and check which helplines and reporting services it shows for your country.
tell-a-grown-up-material-hand = Paper and pencils, so each child can draw round their hand and write or draw a grown-up they could tell on each finger (optional).
tell-a-grown-up-material-agreement = At home: a printer or paper, to print or write your family agreement at the end (optional).

## Family agreement

tell-a-grown-up-agreement-tell = We tell each other when something online feels strange or worrying.
tell-a-grown-up-agreement-camera = We keep the camera off with people we only know online.
tell-a-grown-up-agreement-dares = We don't send photos or do dares for stars, gems or presents.
tell-a-grown-up-agreement-body = Our bodies belong to us. Nobody in our family ever has to show their private parts to anyone online, whoever asks.
tell-a-grown-up-agreement-secrets = We keep happy surprises, and we tell bad secrets.
tell-a-grown-up-agreement-listen = The grown-ups listen and help. If one grown-up doesn't help, we tell another one.

## Step: intro

tell-a-grown-up-intro-title = A message in Pet Island
tell-a-grown-up-intro-body = You're playing Pet Island, a game where you look after animals. Other players can send you messages. A player called Leo says hello. Let's read Leo's messages together. Each time, choose what you would do.
tell-a-grown-up-intro-image-alt = A child plays Pet Island on a tablet: a cat, rabbit and puppy on an island, and Leo's message pops up.
tell-a-grown-up-intro-note = Ask first: which games do you play? Can other people send you messages there? Just listen: there are no wrong answers.

## Chat contact

tell-a-grown-up-contact-leo = Leo
tell-a-grown-up-contact-leo-label = Player in Pet Island, says he's 9

## Step: chat-1 (stars for a dare, and the dare is a photo)

tell-a-grown-up-chat-1-msg-1 = Hi! Your puppy is so cute! I'm 9 too.
tell-a-grown-up-chat-1-msg-2 = Do you want 200 stars? Then you can get the rainbow pony!
tell-a-grown-up-chat-1-msg-3 = You just have to do a dare. Send me a photo of you! Then I'll send the stars.
tell-a-grown-up-chat-1-prompt = { $contact } will give you stars if you send a photo of you. What do you do?

tell-a-grown-up-chat-1-reply-safe = (Doesn't send a photo, and goes to show a grown-up the message.)
tell-a-grown-up-chat-1-reply-safe-feedback = Great choice. Stars for a photo is a trick. You don't know who { $contact } really is: anyone can say they're 9. You don't have to tell { $contact } you're getting a grown-up. Just go.

tell-a-grown-up-chat-1-reply-risky = OK! Here's a photo of me.
tell-a-grown-up-chat-1-reply-risky-feedback = Lots of children want the stars. That's OK. But a photo of you is not for someone you only know in a game. This isn't your fault. A grown-up can help. Let's see what { $contact } says next.

tell-a-grown-up-chat-1-reply-neutral = Can I have the stars first?
tell-a-grown-up-chat-1-reply-neutral-feedback = A real present doesn't need a dare. When someone offers stars for a photo, that's a trick, so it's time to stop. Choose another reply to carry on.

tell-a-grown-up-chat-1-note = After the choice, ask: why would someone give away stars for a photo? Can you be sure Leo is really 9?

## Step: chat-2 (a live stream, the camera, and somewhere private)

tell-a-grown-up-chat-2-msg-1 = I'm doing a live stream now! Come on it with me.
tell-a-grown-up-chat-2-msg-2 = Turn on your camera so I can see you.
tell-a-grown-up-chat-2-msg-3 = Go to your bedroom and shut the door first, so it's just us. Then I'll tell you the dare.
tell-a-grown-up-chat-2-prompt = { $contact } wants you to turn on your camera and go somewhere private. What do you do?

tell-a-grown-up-chat-2-reply-safe = (Keeps the camera off, stops chatting, and goes to find a grown-up.)
tell-a-grown-up-chat-2-reply-safe-feedback = That's exactly right. Nobody online should ask a child to turn on the camera and go somewhere private. Keeping the camera off keeps you in charge. Finding a grown-up is the best thing to do.

tell-a-grown-up-chat-2-reply-risky = (Turns on the camera and goes to the bedroom.)
tell-a-grown-up-chat-2-reply-risky-feedback = It's easy to say yes when a game feels fun. But { $contact } should never ask you to go somewhere private on camera. You can turn the camera off at any time, even in the middle, and go and find a grown-up. It's not your fault.

tell-a-grown-up-chat-2-reply-neutral = My camera doesn't work.
tell-a-grown-up-chat-2-reply-neutral-feedback = You don't need an excuse. { $contact } might just ask again later. You can say no, stop, and get a grown-up. Choose another reply to carry on.

tell-a-grown-up-chat-2-note = Ask: why does Leo want you to be on your own, with the door shut? (So that no grown-up can see or help.)

## Step: chat-3 (a secret, and "you'll get in trouble")

tell-a-grown-up-chat-3-msg-1 = This is our secret. Don't tell your mum or dad or anyone.
tell-a-grown-up-chat-3-msg-2 = If you tell, you won't get the stars. And you'll get in trouble.
tell-a-grown-up-chat-3-prompt = { $contact } says it's a secret, and that you'll get in trouble if you tell. What do you do?

tell-a-grown-up-chat-3-reply-safe = (Stops chatting, and tells a grown-up at home everything.)
tell-a-grown-up-chat-3-reply-safe-feedback = Well done. A secret that feels bad is a secret to tell. { $contact } said you'd get in trouble to stop you telling. That's a trick. Telling is always the right thing to do.

tell-a-grown-up-chat-3-reply-risky = OK. I won't tell anyone.
tell-a-grown-up-chat-3-reply-risky-feedback = It's hard when someone says you'll get in trouble. That can feel scary. But { $contact } said it so that no grown-up would find out. You can still tell, even after you said OK. It's not your fault.

tell-a-grown-up-chat-3-reply-neutral = Is it a surprise?
tell-a-grown-up-chat-3-reply-neutral-feedback = Good question! A surprise is happy, and everyone finds out soon, like a birthday present. This is different: it has to stay hidden from grown-ups, and it makes you feel worried. Choose another reply to carry on.

tell-a-grown-up-chat-3-note = If the child goes quiet, that's OK. Remind them this is only practice, and that you are on their side whatever they chose.

## Step: check-in

tell-a-grown-up-check-in-title = Let's stop and think
tell-a-grown-up-check-in-body = Leo said he was 9. Leo offered stars for a photo. Then Leo asked you to turn on your camera and go to your room. Then Leo said, "It's our secret." These are all tricks. A real friend doesn't ask for these things. A grown-up can help.
tell-a-grown-up-check-in-note = Ask: which message felt strange first? Any answer is fine. Some children notice at the stars, some at the camera, some only at the secret.

## Step: support-shared (after sending a photo or turning on the camera)

tell-a-grown-up-support-shared-title = If you sent a photo or turned on the camera
tell-a-grown-up-support-shared-body = It's not your fault. Leo tricked you, and Leo is the one doing something wrong. You can still get help. Stop chatting, and keep the messages: don't delete them. Tell a grown-up you trust straight away. They can help you report Leo in the game. The services on this screen can help too.
tell-a-grown-up-support-shared-note = Say clearly: "If this ever really happened, I would want you to tell me, and I would help." Then carry on together.

## Step: support-tricky (after keeping the secret, or any risky reply)

tell-a-grown-up-support-tricky-title = Those messages were tricky
tell-a-grown-up-support-tricky-body = Some of your replies were risky, and that's OK: this is the place to practise. People who play tricks online can seem very nice. It's never your fault if someone tricks you. You can always stop, change your mind, and tell a grown-up, even after you promised to keep a secret.

## Step: body-words

tell-a-grown-up-body-words-title = Your body belongs to you
tell-a-grown-up-body-words-body = Your body belongs to you. The parts of your body your underwear covers are private. Nobody online should ask to see them: not in a photo, not on a camera, not as a dare. If someone asks, you can say no. Then stop, and tell a grown-up you trust. It's never your fault if someone asks.
tell-a-grown-up-body-words-note = Use the words for private parts that your family or school uses, calmly, like any other word. If the child giggles, that's normal. You could add: a doctor, or a grown-up who helps you wash, may sometimes need to help with your body, and they should say why and ask if it's OK first. Nobody online ever needs to see your private parts.

## Step: body-quiz (single choice)

tell-a-grown-up-body-quiz-question = Someone in a game says: "I dare you to show me a private part of your body on camera." What do you do?
tell-a-grown-up-body-quiz-stars = Do it, if they give me stars.
tell-a-grown-up-body-quiz-stars-feedback = Stars and gems are never a reason. The parts of your body your underwear covers are private, whatever someone offers.
tell-a-grown-up-body-quiz-tell = Say no, stop, and tell a grown-up.
tell-a-grown-up-body-quiz-tell-feedback = Your body belongs to you. Saying no, stopping and telling a grown-up is exactly right.
tell-a-grown-up-body-quiz-secret = Say no, but keep it a secret.
tell-a-grown-up-body-quiz-secret-feedback = Saying no is great. But this is a bad secret, so tell a grown-up too. They can help stop it happening again.
tell-a-grown-up-body-quiz-hint = Think about what you just learned: who does your body belong to?
tell-a-grown-up-body-quiz-explanation = The parts of your body your underwear covers are private. Nobody online should ask to see them. You can say no, stop and tell a grown-up. It's never your fault if someone asks.

## Step: sort

tell-a-grown-up-sort-prompt = Is it a happy surprise, or a bad secret to tell a grown-up? Sort the cards together.
tell-a-grown-up-sort-group-surprise = Happy surprise: OK to keep
tell-a-grown-up-sort-group-tell = Bad secret: tell a grown-up

tell-a-grown-up-sort-card-card = You're making a birthday card for Grandma. Shh, until Sunday!
tell-a-grown-up-sort-card-card-feedback = A happy surprise. Grandma will find out on Sunday, and everyone will smile.
tell-a-grown-up-sort-card-video = A player says: "Don't tell anyone about our video call."
tell-a-grown-up-sort-card-video-feedback = A bad secret. Someone online who wants a video call kept hidden is a reason to tell a grown-up.
tell-a-grown-up-sort-card-party = Your class is planning a surprise party for your teacher.
tell-a-grown-up-sort-card-party-feedback = A happy surprise. It ends soon, and your teacher will be happy.
tell-a-grown-up-sort-card-stars = Someone online gives you stars and says: "Keep this between us."
tell-a-grown-up-sort-card-stars-feedback = A bad secret. Gifts that come with a secret are a trick. Tell a grown-up.
tell-a-grown-up-sort-card-present = You helped hide a present for your cousin's birthday tomorrow.
tell-a-grown-up-sort-card-present-feedback = A happy surprise. Your cousin will find out tomorrow.
tell-a-grown-up-sort-card-private = Someone asks to see a private part of your body and says: "It's our secret."
tell-a-grown-up-sort-card-private-feedback = A bad secret. Your private parts are private, and nobody should ask you to keep a secret about them. Tell a grown-up you trust.

tell-a-grown-up-sort-note = A simple rule for children: a surprise is happy and everyone finds out soon. A bad secret makes you feel worried or sad, and someone wants it kept from grown-ups. If the child puts a card somewhere else, ask why before you check.

## Step: tell-again

tell-a-grown-up-tell-again-title = If one grown-up doesn't help
tell-a-grown-up-tell-again-body = Sometimes a grown-up is busy, or doesn't understand, or says "Not now." That doesn't mean you were wrong to tell. Try again, or tell another grown-up. Keep telling until someone helps you.

## Step: tell-quiz (single choice)

tell-a-grown-up-tell-quiz-question = You tell your uncle about Leo's messages. He's busy cooking and says, "Not now." What can you do?
tell-a-grown-up-tell-quiz-give-up = Stop trying. I already told someone.
tell-a-grown-up-tell-quiz-give-up-feedback = You did the right thing by telling. But your uncle didn't really hear you, so keep going until a grown-up helps.
tell-a-grown-up-tell-quiz-leo = Go back to the game and sort it out with Leo myself.
tell-a-grown-up-tell-quiz-leo-feedback = You don't have to sort this out on your own. Leo is playing tricks, so stay away from the chat and find a grown-up.
tell-a-grown-up-tell-quiz-another = Tell another grown-up, or ask my uncle again and say, "It's important."
tell-a-grown-up-tell-quiz-another-feedback = If one grown-up doesn't help, you tell another one. You can say, "It's important. I need help."
tell-a-grown-up-tell-quiz-hint = Who else could you tell? Think of the grown-ups at home, at school, or in your family.
tell-a-grown-up-tell-quiz-explanation = Telling is always the right thing to do. If the first grown-up doesn't help, tell another one: a parent or carer, a teacher, or another grown-up you feel safe with.

## Step: talk (discussion)

tell-a-grown-up-talk-prompt = Who are the grown-ups you could tell if something online felt strange or worrying? What could you say to them?
tell-a-grown-up-talk-model-answer = Any grown-up the child trusts: a parent or carer, a grandparent, an aunt or uncle, a teacher or a teaching assistant. The child could say, "Something happened in my game and I don't like it," or just show the grown-up the screen. If the first grown-up doesn't help, they tell another one. Telling is always the right thing to do, even after a photo has been sent or a secret has been promised. It's never the child's fault.
tell-a-grown-up-talk-starter-hand = Draw round your hand. Can you think of a grown-up for each finger?
tell-a-grown-up-talk-starter-words = What words could you use to start? For example: "Something in my game made me feel funny."
tell-a-grown-up-talk-starter-feel = What would you like a grown-up to say or do when you tell them?
tell-a-grown-up-talk-parent-tip = Let the child name their own grown-ups, and include people outside the home, like a teacher. Practise the first words together, and agree a simple way to tell you, such as a code word or a note, for times when it feels hard to say out loud. Say that you'd always want to know, even if they already sent something or promised to keep a secret.
tell-a-grown-up-talk-note = In class: children can draw their hand on paper and keep it. Don't ask children to share names aloud if they'd rather not.

## Step: get-help

tell-a-grown-up-get-help-title = Getting help
tell-a-grown-up-get-help-body = If something online makes you feel funny, worried or scared: stop, don't send anything, keep your camera off, and tell a grown-up you trust. If one grown-up doesn't help, tell another one. A grown-up can help you report the player in the game. The services on this screen can help too.
tell-a-grown-up-get-help-note = Look at this screen together, and show the child where the Help button is. If you can, open one of the child's games and find its report and block buttons together.

## Step: end

tell-a-grown-up-end-title = Well done!
tell-a-grown-up-end-summary = You met a player who played tricks, and you practised saying no and telling a grown-up. You learned which parts of your body are private, and the difference between a surprise and a bad secret.
tell-a-grown-up-end-key-body = Your body belongs to you. The parts your underwear covers are private. Nobody online should ask to see them.
tell-a-grown-up-end-key-camera = Stars, gems or dares are never a reason to send a photo, turn on your camera or go somewhere private.
tell-a-grown-up-end-key-secrets = Happy surprises are OK to keep. Secrets that feel bad are for telling.
tell-a-grown-up-end-key-tell = Tell a grown-up you trust. If one grown-up doesn't help, tell another one. It's never your fault.
tell-a-grown-up-end-note = At home, choose your family agreement together and put it somewhere you'll all see it. In class, end on something light, and remind the children who they can talk to in school.
