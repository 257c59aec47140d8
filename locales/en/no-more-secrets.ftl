# ChatWise lesson "No more secrets" (content/lessons/no-more-secrets.ron): every message the lesson shows.
# English is the reference language: every other language translates these ids.
# Only chat messages, replies, reply feedback and chat prompts may use the variable $contact (the contact's name).
# A family session for ages 9-12: short sentences, gentle wording, nothing graphic.
# Facts trace to docs/help-sources.md section 4.3 (advice for a child who is being sextorted), section 4.2
# (tactics) and section 3 (Take It Down, Report Remove, in the notes for adults).

## Lesson information

no-more-secrets-title = No more secrets: when someone online makes threats
no-more-secrets-summary = A short session to share with your child. Follow Sasha's chat with a player who turns nasty, and agree together that threats are never a child's fault and that you can always tell.
no-more-secrets-content-note = This session is about someone online who tries to scare a child with threats, like "send me a photo or I'll tell everyone". Nothing in it is graphic. You can stop at any time, and the grown-ups with you are here to help.

no-more-secrets-objective-spot = Notice when someone online is trying to scare you into doing something or keeping a secret, for example "send me this or I'll tell everyone".
no-more-secrets-objective-fault = Know that threats are never the child's fault: the person making them is the one doing wrong.
no-more-secrets-objective-tell = Know that you can always tell a grown-up: a grown-up you trust will listen and help, and if one grown-up doesn't help, tell another one.
no-more-secrets-objective-agree = Make a family agreement together about what to do if it ever happens.

## Notes for the adult

no-more-secrets-facilitator-together = Sit side by side and play the session together. Let your child choose Sasha's replies, and talk about each choice before you read the feedback. There are no scores to compare and nothing to get wrong.
no-more-secrets-facilitator-why = This session is about sextortion, in words for younger children: someone online gets a child to share something, or tries to, then uses threats so that the child sends more and keeps quiet. The key message comes from the IWF ("Sextortion: parents and carers"), the UK Safer Internet Centre ("Sextortion resources") and NCMEC's advice: it is never the child's fault, the person making threats is to blame, and telling a trusted adult is the right thing to do.
no-more-secrets-facilitator-tone = Keep your tone light and calm. If your child remembers one thing, let it be: "If anyone online threatens me, I can tell, and it's never my fault."
no-more-secrets-facilitator-advice = If it ever happens, the advice from the IWF, the National Crime Agency (its alert to schools of 29 April 2024, as the Welsh Government reproduces it on Hwb, "Financially motivated sexual extortion", and its advice for parents, reported by Youth Work Unit), NCMEC (via the National Children's Advocacy Center) and the Welsh Government's Hwb page "Sextortion" is: don't pay, stop replying, report the account and note the username, then block it, but don't delete your child's own account or the chat, keep the messages, usernames and any payment details, tell a trusted adult, and report it to the app and the police.
no-more-secrets-facilitator-images = If a photo of your child is shared or someone threatens to share it, it is not hopeless, but don't promise that it can be taken down. Tools like Take It Down can help stop a photo being posted or shared on many apps and sites. They can't reach private messages, which is why reporting the account and telling a trusted adult quickly matters. Take It Down, NCMEC's free tool, is for anyone who was under 18 in the image, wherever they live, and the image itself never leaves your device; it works only on public or unencrypted platforms that take part (NCMEC, "Take It Down" FAQ). In the UK, Report Remove, from Childline and the IWF, is for under-18s and can remove only publicly available content (IWF, "Report Remove"). Do not use StopNCII, which is for adults.
no-more-secrets-facilitator-class = In class (ages 9-12): project the session and read each message aloud. Let pairs talk about what Sasha should say, then take an anonymous vote (heads down and hands up, or cards) before you reveal the feedback, and keep the tally without names. Where the notes say "your child", read "the class", and ask the discussion questions about "a child" rather than about anyone in the room. At the end, pupils can take the family agreement home, or you can agree class promises together.

## Safeguarding notes

no-more-secrets-safeguarding-disclosure = If your child tells you something worrying, stay calm, listen and believe them. Thank them for telling you and tell them it is not their fault. Don't question them in detail or ask leading questions: let them tell you in their own words.
no-more-secrets-safeguarding-secrecy = Don't promise to keep it a secret between you. Explain kindly that you may need help from people whose job is to keep children safe.
no-more-secrets-safeguarding-images = Never ask to see, copy, screenshot, forward or save an image of your child or of any other child, even to report it.
no-more-secrets-safeguarding-threat = If someone is threatening your child: don't pay and don't reply, report the account and note the username, then block it, but don't delete your child's own account or the chat, keep the messages, and report it to the app and the police. If a child is in immediate danger, call your local police emergency number.
no-more-secrets-safeguarding-feelings = Threats like these can make a child feel very frightened, ashamed or panicked, even if it doesn't show. If someone is threatening your child, stay with them and keep things calm. Tell them that this can be sorted out, that it is not their fault, and that they are not alone. Ask gently how they are feeling and whether they feel safe. If you are worried about their safety right now, call your local emergency number.
no-more-secrets-safeguarding-procedure = If you run this session for a school or organisation, follow its safeguarding procedure and tell the designated safeguarding lead about any worry a child shares.
no-more-secrets-safeguarding-school = In school: before the session, read your safeguarding procedure and tell your designated safeguarding lead when you are running it. If a child starts to say something personal in front of the class, thank them calmly, gently stop them from giving details, and talk to them privately straight after. Write down what they said in their own words, and tell the designated safeguarding lead the same day.

## Materials

no-more-secrets-material-device = One device you can look at together.
no-more-secrets-material-class = In class: a projector or large screen, so everyone can see the chat.
no-more-secrets-material-help = Before you start, open the Help screen and check which helplines and reporting services it shows for your country.
no-more-secrets-material-agreement = A printer or paper, if you want to print your family agreement and put it up somewhere you will see it.

## Family agreement

no-more-secrets-agreement-secrets = We don't keep secrets that someone online asks us to keep.
no-more-secrets-agreement-tell = We tell each other if someone online makes a threat or asks for a photo, and nobody gets into trouble for telling.
no-more-secrets-agreement-photos = We don't send photos of ourselves to people we only know online.
no-more-secrets-agreement-threats = If someone online threatens us, we stop replying, keep the messages and tell a grown-up.
no-more-secrets-agreement-calm = We grown-ups stay calm, listen and help, and we never blame a child for what someone else did.

## Step: intro

no-more-secrets-intro-title = Sasha's drawing game
no-more-secrets-intro-body = Sasha is 10 and loves a drawing game where players share pictures and chat. A player called Robin has been leaving lots of nice comments on Sasha's drawings. Read Robin's messages together and choose what Sasha should say each time.
no-more-secrets-intro-image-alt = Sasha draws a house in a game on a tablet; beside it, a player's avatar leaves comment bubbles with hearts.
no-more-secrets-intro-note = Before you start, ask your child: do you ever chat in games or apps with people you don't know in real life? Listen without judging.

## Chat contact

no-more-secrets-contact-robin = Robin
no-more-secrets-contact-robin-label = Player in a drawing game

## Step: chat-1 (compliments and a secret)

no-more-secrets-chat-1-msg-1 = your drawings are the best in the whole game!!
no-more-secrets-chat-1-msg-2 = you're my favourite person on here. don't tell your parents about me ok? they'd make you stop playing
no-more-secrets-chat-1-prompt = { $contact } wants to be a secret friend. What should Sasha say?

no-more-secrets-chat-1-reply-safe = I don't keep secrets from my family.
no-more-secrets-chat-1-reply-safe-feedback = Great answer. A real friend doesn't ask you to hide them from your family. When someone says "don't tell", that's exactly the time to tell a grown-up.

no-more-secrets-chat-1-reply-neutral = Why can't my parents know?
no-more-secrets-chat-1-reply-neutral-feedback = Good question! There's no good reason to hide a friend from your family. Pick another reply to carry on.

no-more-secrets-chat-1-reply-risky = OK, I won't tell.
no-more-secrets-chat-1-reply-risky-feedback = Lots of children say yes, because { $contact } is being so nice. But secrets like this make it harder for grown-ups to help. It's OK to change your mind and tell a grown-up at any time.

## Step: chat-2 (a photo)

no-more-secrets-chat-2-msg-1 = can you send me a photo of you? just for me
no-more-secrets-chat-2-msg-2 = everyone on here does it, it's no big deal
no-more-secrets-chat-2-prompt = { $contact } is asking for a photo. What should Sasha say?

no-more-secrets-chat-2-reply-risky = OK, here you go.
no-more-secrets-chat-2-reply-risky-feedback = { $contact } was pushing Sasha, and that's not Sasha's fault. Even after a photo has been sent, a grown-up can still help. Let's see what happens next.

no-more-secrets-chat-2-reply-safe = No. I don't send photos to people I only know online.
no-more-secrets-chat-2-reply-safe-feedback = Well done. You never have to send a photo to anyone, even if they say everyone does it. You can stop chatting and tell a grown-up.

no-more-secrets-chat-2-reply-neutral = Maybe tomorrow.
no-more-secrets-chat-2-reply-neutral-feedback = Putting it off is understandable, but { $contact } will probably keep asking. Sasha can just say no. Pick another reply to carry on.

## Step: chat-3 (threats)

no-more-secrets-chat-3-msg-1 = send me a photo now
no-more-secrets-chat-3-msg-2 = if you don't, I'll tell everyone at your school about you. and I'll tell your parents, and you'll be in big trouble
no-more-secrets-chat-3-msg-3 = and don't tell anyone about this!!
no-more-secrets-chat-3-prompt = { $contact } is making threats. What should Sasha do?

no-more-secrets-chat-3-reply-neutral = Please don't tell my parents!
no-more-secrets-chat-3-reply-neutral-feedback = It makes sense to feel worried. But a grown-up Sasha trusts is the person who can help. Any reply keeps the chat going, so it's better to stop and tell a grown-up. Pick another reply to carry on.

no-more-secrets-chat-3-reply-safe = (Sasha stops replying and goes to show a grown-up the messages.)
no-more-secrets-chat-3-reply-safe-feedback = That's the best thing to do. Threats like these are meant to scare Sasha into keeping quiet. A grown-up Sasha trusts will listen and help. And it is never Sasha's fault.

no-more-secrets-chat-3-reply-risky = (Sasha does what { $contact } says, hoping it will stop.)
no-more-secrets-chat-3-reply-risky-feedback = Being scared is completely normal, and lots of children give in when someone threatens them. But giving { $contact } what they want doesn't make it stop: people who make threats usually ask for more. It's not Sasha's fault, and it's not too late to tell a grown-up.

no-more-secrets-chat-3-note = If your child seems worried here, pause and say: "If this ever happened to you, you could tell me, and I wouldn't be angry."

## Step: check-in

no-more-secrets-check-in-title = Let's stop and think
no-more-secrets-check-in-body = Robin started off really nice, then asked for a secret, then a photo, and then started making threats. People who do this want children to feel scared and keep quiet. But threats are never the child's fault, and telling a grown-up is always the right thing to do.
no-more-secrets-check-in-note = Ask your child: how do you think Sasha felt when the messages changed? What would you want Sasha to know?

## Step: support-sent (after sending a photo)

no-more-secrets-support-sent-title = If a photo has already been sent
no-more-secrets-support-sent-body = If someone has already sent a photo, it's still not too late, and it's never their fault. The person who asked for it is the one who did something wrong. Tell a grown-up you trust: they will listen and help. If one grown-up doesn't help, tell another one. Grown-ups can help, and tools like Take It Down can help stop a photo being posted or shared on many apps and sites. They can't reach private messages, so tell a grown-up quickly.
no-more-secrets-support-sent-note = Reassure your child that this is a practice story. If they seem upset, stop and talk, and come back to the session another time.

## Step: support-gave-in (after doing what Robin said)

no-more-secrets-support-gave-in-title = When someone makes threats
no-more-secrets-support-gave-in-body = When someone is scary, it's normal to want to do what they say so it stops. But giving them what they want doesn't make it stop, and it's never your fault. You can stop replying at any time and tell a grown-up. A grown-up you trust will listen and help. If one grown-up doesn't help, tell another one.

## Step: support-secret (after agreeing to keep Robin a secret)

no-more-secrets-support-secret-title = Secrets can be tricky
no-more-secrets-support-secret-body = Robin was very nice at first, so saying yes to a secret is easy to do. That's OK: this is a safe place to practise. Whenever someone online says "don't tell", you can still tell a grown-up. Breaking that kind of promise is the right thing to do.

## Step: tell-quiz (true or false)

no-more-secrets-tell-quiz-question = If someone online says "you'll get in trouble if you tell", it's best to keep it a secret.
no-more-secrets-tell-quiz-true-feedback = That's what they want you to think. Threats like that are a trick to keep you quiet. Telling a grown-up is always the right thing to do. If one grown-up doesn't help, tell another one.
no-more-secrets-tell-quiz-false-feedback = Telling a grown-up is always the right thing to do, whatever anyone online says.
no-more-secrets-tell-quiz-hint = Who wants Sasha to keep quiet: the grown-ups who love Sasha, or Robin?
no-more-secrets-tell-quiz-explanation = People who make threats want children to keep quiet. Threats are never your fault, and you can always tell. A grown-up you trust will listen and help. If one grown-up doesn't help, tell another one.

## Step: sort

no-more-secrets-sort-prompt = Some secrets are fine to keep for a little while, like a surprise. Others you should always tell a grown-up about. Sort these.
no-more-secrets-sort-group-surprise = A happy surprise: fine to keep
no-more-secrets-sort-group-tell = Always tell a grown-up

no-more-secrets-sort-card-present = A present you're hiding for Grandma's birthday
no-more-secrets-sort-card-present-feedback = A surprise ends happily and soon, and everyone finds out, so it's fine to keep.
no-more-secrets-sort-card-threat = Someone online says: "Send me a photo or I'll tell everyone."
no-more-secrets-sort-card-threat-feedback = This is a threat, so always tell a grown-up. It's never your fault.
no-more-secrets-sort-card-dont-tell = A player says: "Don't tell your parents about me."
no-more-secrets-sort-card-dont-tell-feedback = When someone says "don't tell", that's exactly the time to tell a grown-up.
no-more-secrets-sort-card-party = A surprise party you're planning for a friend
no-more-secrets-sort-card-party-feedback = A surprise party is a happy secret that ends soon, so it's fine to keep.
no-more-secrets-sort-card-trouble = Someone online says: "You'll be in big trouble if you tell."
no-more-secrets-sort-card-trouble-feedback = This threat is meant to scare you into keeping quiet. Tell a grown-up: telling is the right thing to do.
no-more-secrets-sort-card-drawing = A drawing you're making as a present for a friend
no-more-secrets-sort-card-drawing-feedback = A present is a happy surprise that your friend will soon know about, so it's fine to keep.

no-more-secrets-sort-note = A simple rule for children: surprises are fine to keep because they end happily and everyone finds out soon. A secret that makes you feel worried, scared or uncomfortable is always OK to tell.

## Step: talk-secrets (discussion)

no-more-secrets-talk-secrets-prompt = Why do you think Robin said "don't tell anyone"? What would you do if someone online said something like that to you?
no-more-secrets-talk-secrets-model-answer = Robin wanted Sasha to keep quiet, so that no grown-up could step in and help. Threats like "I'll tell everyone" or "you'll be in trouble" are tricks to make a child feel scared. A good answer: don't reply, don't send anything, and tell a grown-up straight away. It's never the child's fault.
no-more-secrets-talk-secrets-starter-surprise = What's the difference between a fun surprise and a secret that makes you feel worried?
no-more-secrets-talk-secrets-starter-feeling = If a message ever made you feel scared or funny inside, what could you do?
no-more-secrets-talk-secrets-starter-who = Who else could you tell if you couldn't find me?
no-more-secrets-talk-secrets-parent-tip = Say it out loud: "If anyone online ever scares you or asks you to keep a secret, you can tell me, and you won't be in trouble." Make it clear that telling won't be punished, for example by losing the game or the device.

## Step: talk-telling (discussion)

no-more-secrets-talk-telling-prompt = Imagine Sasha comes to a grown-up and shows them Robin's messages. What should the grown-up say and do?
no-more-secrets-talk-telling-model-answer = The grown-up stays calm, says thank you for telling, and says it's not Sasha's fault. Then they help: they don't pay or send anything, they report Robin's account and note the username, then block Robin, but keep Sasha's account and all the messages, and they report it to the app and, if needed, to the police. Sasha is not punished for telling.
no-more-secrets-talk-telling-starter-first = If you told me something like this, what would you want me to say first?
no-more-secrets-talk-telling-starter-easier = What would make it easier for you to tell me?
no-more-secrets-talk-telling-starter-next = What could we do together next?
no-more-secrets-talk-telling-parent-tip = If your child tells you about a threat: stay calm, thank them for telling you, and don't blame them. Don't pay and don't send anything. Keep the messages, usernames and any payment details, and don't delete them. Report the account and note the username, then block the person, but don't delete your child's own account or the chat, and report it to the app and the police. Don't ask to see any image, and never copy or forward one. If a photo is involved, Take It Down or, in the UK, Report Remove can help stop it being posted or shared on many apps and sites. They can't reach private messages, which is why reporting the account quickly matters.
no-more-secrets-talk-telling-note = Your child's answers tell you what they need from you. Try to use their words if they ever come to you.

## Step: get-help

no-more-secrets-get-help-title = Where to get help
no-more-secrets-get-help-body = If someone online says "send me something or I'll tell everyone", or "I'll get you in trouble": stop replying, don't send anything, and tell a grown-up you trust. Keep the messages and don't delete them. A grown-up can help you report the person and then block them: in the app and, with a trusted adult, to the police. Telling is the right thing to do. If one grown-up doesn't help, tell another one. Even if a photo has been sent, it's not too late. Tools like Take It Down can help stop a photo being posted or shared on many apps and sites. They can't reach private messages, so tell a grown-up quickly. The services on this screen can help too.
no-more-secrets-get-help-note = Show your child where the Help button is, and look together at the services this screen shows for your country.

## Step: end

no-more-secrets-end-title = No more secrets
no-more-secrets-end-summary = You followed Sasha's chat and talked about what to do when someone online makes threats. Now choose your family agreement together.
no-more-secrets-end-key-not-your-fault = Threats are never your fault. The person making them is the one doing wrong.
no-more-secrets-end-key-tell = You can always tell a grown-up, even if someone says you'll get in trouble.
no-more-secrets-end-key-dont-reply = Don't reply and don't send anything. Keep the messages and show a grown-up.
no-more-secrets-end-key-not-angry = A grown-up you trust will listen and help. If one grown-up doesn't help, tell another one.
no-more-secrets-end-note = Choose the agreement points together, and let your child tick them. You could print the agreement and put it up where you will both see it.
