# ChatWise: words the engine itself shows, around every lesson.
# English is the reference language: every other language translates these ids.
# Variables in { $braces } are filled in by the app; keep them in translations.

-brand = ChatWise

## Moving through a lesson

ui-continue = Continue
ui-back = Back
ui-step-of = Step { $current } of { $total }
ui-lesson-finished = You reached the end of the lesson.

## Before a sensitive lesson

ui-content-note-title = Before you start
ui-content-note-stop = You can stop at any time. Help and Quick exit are always at the top of the screen (or press Shift three times).
ui-start-lesson = Start
ui-choose-another = Choose another lesson

## Practice chat

ui-practice-chat = Practice chat
ui-chat-prompt = What do you reply?
ui-typing = { $name } is typing
ui-you-tried = You tried this
ui-try-another = Try another reply

## Feedback titles

ui-feedback-safe = Good thinking
ui-feedback-risky = Let's think again
ui-feedback-neutral = Something to think about

## Quiz

ui-quiz-choose-one = Choose one answer.
ui-quiz-choose-many = Choose all the answers that fit.
ui-quiz-check = Check
ui-quiz-hint = Show a hint
ui-quiz-try-again = Try again
ui-quiz-revealed = Here is the answer
ui-quiz-correct-option = Yes
ui-quiz-missed-option = Right answer
ui-quiz-wrong-option = Not quite
ui-true = True
ui-false = False

## Sorting cards

ui-sort-choose-card-first = Choose a card first.
ui-sort-put-in = Put the selected card in:
ui-sort-check = Check my sorting
ui-sort-move = Move
ui-sort-selected = Selected
ui-sort-good-place = Good place
ui-sort-think-again = Think again about this one
ui-sort-all-right = Every card is in a good place.
ui-sort-some-wrong = { $count ->
    [one] One card could go somewhere better.
   *[other] { $count } cards could go somewhere better.
}
ui-sort-unplaced = { $count ->
    [one] One card still needs a group.
   *[other] { $count } cards still need a group.
}

## Talking about it

ui-discussion-talk = Talk about it
ui-discussion-starters = Conversation starters
ui-parent-tip = Parent tip
ui-model-answer = What a good answer includes
ui-notes-for-adults = Notes for adults

## Help

ui-help = Help
ui-help-never-your-fault = It's never your fault.
ui-help-anonymous = You can get help, and you can stay anonymous.
ui-help-trusted-adult = Tell a trusted adult: a parent or carer, a teacher, or another grown-up you feel safe with.
ui-help-do-not-share = Never forward, share or screenshot a sexual image of someone under 18, even to report it. Report the link instead.

## The end of a lesson

ui-end-practised = What you practised
ui-end-safe-choices = { $count ->
    [0] You finished the practice chat.
    [one] You chose one safe reply in the practice chat.
   *[other] You chose { $count } safe replies in the practice chat.
}

## Lesson information

ui-topic-sexting = Sexting and pressure to share images
ui-topic-grooming = Online grooming
ui-topic-sextortion = Sextortion
ui-topic-reporting = Reporting abuse online
ui-audience-class = Class
ui-audience-family = Family
ui-audience-solo = On my own
ui-ages = Ages { $min }–{ $max }
ui-minutes = { $minutes } min
ui-translation-draft = Draft translation, awaiting review by a local organisation.
