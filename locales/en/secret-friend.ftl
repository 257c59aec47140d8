# ChatWise family session "A secret friend in the game" (content/lessons/secret-friend.ron): every message the session shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# Facts trace to docs/help-sources.md section 4.2 (grooming tactics) and 4.3 (tell a trusted adult, keep the messages, not your fault).
# Written for a parent or carer and a child aged 9-12, playing together (about 19 minutes).

## Session information

secret-friend-title = A secret friend in the game
secret-friend-summary = Play together: a friendly player in a game gives compliments and free coins, then asks for a secret and a private chat. Spot the tricks, talk about them, and make a family agreement.
secret-friend-content-note = This session is about people online who pretend to be a friend so they can trick children. Nothing in it is graphic. If anything worries you or reminds you of something, you can stop at any time and talk about it together.

secret-friend-objective-tricks = Spot the tricks a pretend friend might use in a game: lots of compliments, free gifts, asking for secrets and asking to chat somewhere private.
secret-friend-objective-secrets = Tell the difference between a fun surprise and a secret that needs to be shared with a grown-up.
secret-friend-objective-tell = Know that you can always tell a grown-up you trust, that it's never your fault, and that telling is the right thing to do: if the first grown-up doesn't help, tell another one.

## Notes for the parent or carer

secret-friend-facilitator-together = Sit side by side and play on one device. Let your child read the messages and choose the replies. Before each choice, ask: "What would you do?" There are no wrong feelings here.
secret-friend-facilitator-no-scores = There are no scores and nothing to win. The aim is a relaxed talk, so go at your child's pace and stop whenever you like. You can come back to it another day.
secret-friend-facilitator-no-blame = If your child picks a risky reply, that's fine: it's practice. The session shows a kind explanation and carries on. Try not to show shock or disappointment. What matters most is that your child sees they can talk to you.
secret-friend-facilitator-prepare = Before you start, find out which games and apps your child uses and how to report and block a player in them (report first, then block). You can look at those buttons together at the end.
secret-friend-facilitator-sources = The tricks in this session (pretending to be someone else, lots of compliments, gifts, asking for secrets, moving to a private chat) are described in "Grooming" (NSPCC Learning briefing), "Online grooming" (Childnet) and "Grooming" (Report Harmful Content). The advice to reassure a child that they did the right thing by telling, to keep the messages and that it is never the child's fault comes from Hwb, the Welsh Government's "Sextortion" page, and the IWF's sextortion advice for parents and carers.
secret-friend-facilitator-class = In class (ages 9-12): project the session and read each message aloud. Let pairs talk about what they would reply, then take an anonymous vote (heads down and hands up, or cards) before you reveal the feedback, and keep the tally without names. Where the notes say "your child", read "the class". Keep questions about pupils' own games and chats general, and ask the discussion questions about "a child" rather than about anyone in the room. At the end, pupils can take the family agreement home, or you can agree class promises together.
secret-friend-facilitator-known = A person who grooms a child is not always a stranger: CEOP says the person "might be … someone you know in real life" (CEOP Education, "Online grooming"). If it comes up, say that the same signs and the same help apply whoever the person is.

## Safeguarding notes

secret-friend-safeguarding-disclosure = If your child tells you something worrying: stay calm, listen and believe them. Thank them for telling you, tell them they did the right thing and that it is not their fault. Make it clear they are not in trouble.
secret-friend-safeguarding-questions = Don't question them in detail or ask leading questions (such as "Did they ask you for a photo?"). Let them tell you in their own words, and write down what they said as soon as you can. Don't contact the other person or try to investigate yourself.
secret-friend-safeguarding-secrecy = Don't promise to keep it a secret. Explain gently that you may need to tell people whose job is to help keep children safe, and that you will do it together.
secret-friend-safeguarding-evidence = Don't delete the messages or your child's own account: they can help the people who deal with reports. Help your child stop replying, report the player in the game and note their username, then block them.
secret-friend-safeguarding-images = If there is a sexual image of a child, never ask to see it, and never copy, forward, screenshot or save it, even to report it. The services on the Help screen explain what to do.
secret-friend-safeguarding-procedure = Get help: use the services on the Help screen, and contact the emergency services if your child is in immediate danger. If an adult has asked your child for photos, to meet up or to keep secrets, or is threatening them, report it to the police too, and keep the messages and the player's username for them. If you are running this session for a school or organisation, follow its safeguarding procedure and tell the designated safeguarding lead. At home, you can also tell your child's school, so they can support your child.
secret-friend-safeguarding-school = In school: before the session, read your safeguarding procedure and tell your designated safeguarding lead when you are running it. If a child starts to say something personal in front of the class, thank them calmly, gently stop them from giving details, and talk to them privately straight after. Write down what they said in their own words, and tell the designated safeguarding lead the same day.

## Materials

secret-friend-material-device = One phone, tablet or computer to play on together, sitting side by side.
secret-friend-material-class = In class: a projector or large screen, so everyone can see the chat.
secret-friend-material-help = Open the Help screen before you start and see which helplines and reporting services it shows for your country.
secret-friend-material-games = The games or apps your child uses, so you can find the block and report buttons together (optional).
secret-friend-material-agreement = A printed copy of the family agreement, or paper to write your own (optional).

## Family agreement

secret-friend-agreement-tell = We tell each other about the people we chat with in games and apps.
secret-friend-agreement-gifts = We check with each other before we accept coins or gifts from someone online.
secret-friend-agreement-secrets = We don't keep secrets about people we meet online.
secret-friend-agreement-apps = We keep chats where the family knows about them, and we say so if someone asks to move to another app.
secret-friend-agreement-block = We know how to report and block a player, and we do it together.
secret-friend-agreement-listen = We listen without blame when something goes wrong online.

## Step: intro

secret-friend-intro-title = A new player
secret-friend-intro-body = You're building a castle in your favourite online game. A player called PixelFox comes over to look at it, and starts sending you messages. Read them together and choose the reply you would send.
secret-friend-intro-image-alt = Hands hold a tablet: a block castle in a building game, and a chat window from PixelFox showing a coin.
secret-friend-intro-note = Ask your child first: which games do you like, and do people you don't know ever chat to you in them? Just listen: there are no wrong answers.

## Chat contact

secret-friend-contact-pixelfox = PixelFox
secret-friend-contact-pixelfox-label = Player in your building game

## Step: chat-1 (compliments and free coins)

secret-friend-chat-1-msg-1 = Wow, your castle is amazing! You're really good at this.
secret-friend-chat-1-msg-2 = I'm new here. Want to be friends?
secret-friend-chat-1-msg-3 = I've got loads of extra coins. I'll send you 300, then you can get the golden dragon pet!
secret-friend-chat-1-prompt = { $contact } is being very kind and offers you coins. What do you reply?

secret-friend-chat-1-reply-safe = Thanks! But I don't take gifts from people I don't know. I'll ask at home first.
secret-friend-chat-1-reply-safe-feedback = Great thinking. Kind words feel nice, but someone you've only just met giving you free stuff can be a trick to make you trust them quickly. Checking with a grown-up first is always OK.

secret-friend-chat-1-reply-risky = Yes please! Thank you so much!
secret-friend-chat-1-reply-risky-feedback = Lots of children would say yes: free coins are exciting! But a gift from someone you don't know can make you feel you owe them something. Watch what { $contact } asks for next.

secret-friend-chat-1-reply-neutral = Why would you give me coins?
secret-friend-chat-1-reply-neutral-feedback = Good question to ask yourself! Someone you've just met doesn't usually give things away for nothing. Choose another reply to carry on.

secret-friend-chat-1-note = After the choice, ask: how did the compliment make you feel? Why might someone give free coins to a player they've just met?

## Step: chat-2 (a secret from home)

secret-friend-chat-2-msg-1 = You're my best friend on here. You're way more fun than everyone else.
secret-friend-chat-2-msg-2 = Let's keep our friendship a secret, OK? Don't tell your parents about me or the coins. Grown-ups always spoil everything.
secret-friend-chat-2-prompt = { $contact } wants you to keep your friendship a secret from your family. What do you reply?

secret-friend-chat-2-reply-safe = No. I don't keep secrets from my family.
secret-friend-chat-2-reply-safe-feedback = Well done. A real friend doesn't ask you to hide them from your family. When someone says "don't tell", that's exactly the time to tell a grown-up you trust. You don't have to tell { $contact } you're telling.

secret-friend-chat-2-reply-risky = OK, I won't tell anyone.
secret-friend-chat-2-reply-risky-feedback = It's easy to say yes when someone is so nice to you. But "don't tell your parents" is a warning sign: it stops grown-ups from helping. It's not your fault that { $contact } asked, and you can still tell someone. That's always OK.

secret-friend-chat-2-reply-neutral = Why does it have to be a secret?
secret-friend-chat-2-reply-neutral-feedback = That's a really good question. If a friendship has to be hidden from your family, something isn't right. Choose another reply to carry on.

secret-friend-chat-2-note = Pause here and ask: what's the difference between a surprise, like a birthday present, and a secret like this one?

## Step: chat-3 (a private app and pressure)

secret-friend-chat-3-msg-1 = This game chat is boring, and other people can read it. Let's talk on a different app instead. It's private, just you and me.
secret-friend-chat-3-msg-2 = I'll give you my username. Add me tonight, OK?
secret-friend-chat-3-msg-3 = If you were really my friend, you would.
secret-friend-chat-3-prompt = { $contact } wants you to move to a private app, and is putting pressure on you. What do you do?

secret-friend-chat-3-reply-safe = (Stops chatting, reports { $contact } in the game, then blocks them, and shows a grown-up the messages.)
secret-friend-chat-3-reply-safe-feedback = That's a strong, safe choice. You don't have to go anywhere private with someone you only know online, and you don't have to tell { $contact } you're telling. Reporting the player in the game, then blocking them, and showing the messages to a grown-up you trust all help. Keep the messages: don't delete them.

secret-friend-chat-3-reply-risky = OK. What's your username?
secret-friend-chat-3-reply-risky-feedback = { $contact } used pressure to get a yes, and that's not your fault. In a private app, nobody else can see what's happening or help. You can change your mind at any time: stop chatting and tell a grown-up you trust. Telling is the right thing to do.

secret-friend-chat-3-reply-neutral = I don't have that app.
secret-friend-chat-3-reply-neutral-feedback = That's true, but { $contact } might offer to help you get it. You don't need an excuse: you can just say no. Choose another reply to carry on.

secret-friend-chat-3-note = If your child goes quiet, that's OK. Remind them it's only practice, and that whatever they chose, you're on their side.

## Step: pause (first talk)

secret-friend-pause-prompt = Let's stop and talk. PixelFox was very nice at first, then asked for more and more: to take free coins, to keep a secret from home, and to chat on a private app. When did it start to feel strange?
secret-friend-pause-model-answer = There is no single right moment. Some children notice at the free coins, many at "don't tell your parents", and some only when PixelFox asks to move to a private app. The clues: lots of compliments from someone you've just met, free gifts, "don't tell", moving somewhere private, and pressure ("if you were really my friend"). Noticing late is normal, and it's never the child's fault.
secret-friend-pause-starter-feel = How did PixelFox's messages make you feel?
secret-friend-pause-starter-asked = What did PixelFox ask you to do?
secret-friend-pause-starter-real-friend = How is a real friend different from someone who is only acting friendly?
secret-friend-pause-parent-tip = Let your child talk first, and praise them for noticing. If they chose a risky reply, say that these tricks are made to work, and that being tricked is never the child's fault. There is no need to correct every answer: the next steps cover the key points.

## Step: support-secret (after agreeing to a secret or a private app)

secret-friend-support-secret-title = You can always tell
secret-friend-support-secret-body = It's never your fault when someone tricks you. It's OK to break a promise to keep a secret like this one, even if you said yes, and even if you already added someone on another app. Stop chatting, and tell a grown-up you trust, like a parent or carer or a teacher. Telling is the right thing to do. If the first grown-up doesn't help, tell another one. The services on this screen can help too.
secret-friend-support-secret-note = Use this moment to say out loud: "If this ever happened, you could tell me, and I would help."

## Step: support-tricky (after taking the gift)

secret-friend-support-tricky-title = Those messages were tricky on purpose
secret-friend-support-tricky-body = Some of your replies were risky, and that's OK: this is a safe place to practise. People who pretend to be friends online are good at seeming kind. It's never your fault if someone tricks you. You can always change your mind, stop chatting, and tell a grown-up you trust.

## Step: secret-quiz (single choice)

secret-friend-secret-quiz-question = A player you met in a game says: "Don't tell your family about me. It's our secret." What is the best thing to do?
secret-friend-secret-quiz-keep = Keep the secret, so they stay my friend.
secret-friend-secret-quiz-keep-feedback = It's natural to want to keep a friend. But a real friend never asks you to hide them from your family.
secret-friend-secret-quiz-tell = Tell a grown-up I trust.
secret-friend-secret-quiz-tell-feedback = When someone asks you to keep a secret like this, that's the time to tell. Telling is the right thing to do.
secret-friend-secret-quiz-wait = Wait and see if they ask for anything else.
secret-friend-secret-quiz-wait-feedback = You don't have to wait for something worse. Asking for a secret from your family is already a reason to tell.
secret-friend-secret-quiz-hint = Think about who could help you if the chat went wrong. Would they know about it?
secret-friend-secret-quiz-explanation = A good secret, like a surprise party, is happy and ends soon. A secret that keeps your family from knowing about someone online is a warning sign. Telling a grown-up you trust is always OK.

## Step: sort

secret-friend-sort-prompt = Sort these messages. Which are OK, and which should you tell a grown-up about?
secret-friend-sort-group-ok = That's OK
secret-friend-sort-group-tell = Tell a grown-up

secret-friend-sort-card-classmate = A friend from your class asks you to join their game.
secret-friend-sort-card-classmate-feedback = You know this friend in real life, so that's OK.
secret-friend-sort-card-coins = A player you don't know offers you free coins.
secret-friend-sort-card-coins-feedback = Free gifts from someone you don't know can be a trick. Tell a grown-up before you accept anything.
secret-friend-sort-card-good-game = A player writes "good game!" after a match.
secret-friend-sort-card-good-game-feedback = A friendly "good game" is a normal part of playing, so that's OK.
secret-friend-sort-card-secret = Someone online says: "Don't tell your parents about me."
secret-friend-sort-card-secret-feedback = This is a warning sign. A secret from your family is always worth telling a grown-up about.
secret-friend-sort-card-grandma = Your grandma sends a photo of her cat to the family chat.
secret-friend-sort-card-grandma-feedback = This is someone you know, in a chat your family shares, so that's OK.
secret-friend-sort-card-other-app = A player asks you to add them on a different app.
secret-friend-sort-card-other-app-feedback = Moving to another app makes it harder for grown-ups to notice and help. Tell a grown-up you trust.

secret-friend-sort-note = If your child puts a card in a different group, ask why before checking. Their reasons often tell you more than the answer does.

## Step: talk (second talk)

secret-friend-talk-prompt = Why do you think PixelFox wanted everything to be a secret? What could you do if someone online asked you to keep a secret?
secret-friend-talk-model-answer = PixelFox wanted to keep grown-ups from finding out, because grown-ups would spot the tricks and help. Good things to do: don't keep the secret, stop chatting, don't move to another app, keep the messages, report and then block the player, and tell a grown-up you trust. It's never the child's fault, and telling is always the right thing to do.
secret-friend-talk-starter-games = Which games or apps do you like best? Who do you chat with there?
secret-friend-talk-starter-surprise = What's the difference between a fun surprise and a secret that feels wrong?
secret-friend-talk-starter-how-to-tell = If something online ever felt strange, how would you like to tell us? What would make it easier?
secret-friend-talk-parent-tip = Stay calm and curious. If your child tells you something, thank them, say they did the right thing, and tell them it's not their fault. Try not to react by banning the game straight away: the aim is for your child to keep coming to you.
secret-friend-talk-note = Take your time on the last question. Agreeing together on how your child can tell you (a word, a note, a quiet moment) makes it easier for them to speak up later.

## Step: get-help

secret-friend-get-help-title = Where to get help
secret-friend-get-help-body = If something online feels strange or worrying, you don't have to deal with it on your own. Stop chatting and tell a grown-up you trust. Telling is the right thing to do. If the first grown-up doesn't help, tell another one. You can report a player in the game, then block them. Report it in the game and, with a trusted adult, to the police. The services on this screen can help too.
secret-friend-get-help-note = Look at the services on this screen together, so your child knows they are there. If you can, open one of your child's games and find its block and report buttons together.

## Step: end

secret-friend-end-title = Well done, team!
secret-friend-end-summary = You met a player who used tricks to seem like a friend, and you practised spotting them, saying no and telling a grown-up. Now choose the promises for your family agreement.
secret-friend-end-key-tricks = Lots of compliments and free gifts from someone you only know online can be a trick.
secret-friend-end-key-secrets = You never have to keep secrets about someone online. Tell a grown-up you trust.
secret-friend-end-key-apps = If someone asks you to chat on a private app, say no and tell a grown-up.
secret-friend-end-key-not-your-fault = It's never your fault. Telling is the right thing to do: if the first grown-up doesn't help, tell another one.
secret-friend-end-note = Choose the family agreement promises together, and put them somewhere you'll all see them. Come back to them now and then, for example when your child starts a new game.
