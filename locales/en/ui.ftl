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
# Read by screen readers only: who sent a chat message (the side a bubble is on says it on screen).
ui-chat-you = You
ui-chat-said = { $name }: { $text }
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
ui-help-report-person = If someone is asking you for nude photos, threatening you or blackmailing you, you can report them, and you can talk to someone right now. "Where to get help" shows how.
ui-help-report-person-young = If someone online asks you for photos, asks you to keep a secret, or scares you, tell a grown-up you trust. They can help you report it.
ui-help-anonymous = Many services let you get help without giving your name.
ui-help-trusted-adult = Tell a trusted adult: a parent or carer, a teacher, or another grown-up you feel safe with.
ui-help-do-not-share = Never forward, share or screenshot a sexual image of someone under 18, even to report it. Report the link instead.
ui-help-do-not-share-young = Nobody should ask you for a photo of the parts of your body your underwear covers. If someone does, or if you see a photo like that, tell a grown-up you trust.

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

## The app around the lessons

ui-app-name = { -brand }
ui-nav-lessons = Lessons
ui-nav-back = Back
ui-nav-settings = Settings
ui-quick-exit = Quick exit
ui-quick-exit-hint = Shift ×3

## Start

ui-start-title = Welcome to { -brand }
ui-start-intro = Practise spotting tricky messages online, and find out where to get help. There are no scores and no accounts, and nothing you do leaves this device.
ui-start-organisation = Brought to you by { $organisation }
ui-start-who = Who is playing?
ui-start-language = Language
ui-start-go = Show the lessons
ui-player-class = A class, with a teacher
ui-player-family = A family, together
ui-player-solo = Me, on my own

## Lesson library

ui-library-title = Lessons
ui-filter-topic = Topic
ui-filter-all = All
ui-filter-length = Length
ui-filter-short = Up to 20 min
ui-filter-long = Longer
ui-filter-for = For
ui-filter-age = Age
ui-filter-age-younger = Up to 11
ui-filter-age-older = 12 and over
ui-library-empty = No lesson matches these choices. Try choosing All.
ui-lesson-continue = Continue
ui-lesson-done = Done
ui-lesson-restart = Start again
ui-lesson-talks-about = Talks about:

## Talking about it

ui-discussion-think = Think on your own
ui-discussion-pair = Tell a partner
ui-discussion-share = Share with the group

## Help

ui-help-open = Where to get help
ui-help-quick-exit-note = Quick exit hides this screen at once, but it does not clear your browsing history.

## The end of a lesson

ui-end-back-to-lessons = Back to lessons

## Settings

ui-settings-title = Settings
ui-settings-language = Language
ui-settings-text-size = Text size
ui-settings-text-smaller = Smaller text
ui-settings-text-larger = Larger text
ui-settings-percent = { $percent }%
ui-settings-high-contrast = High contrast
ui-settings-reduced-motion = Reduce motion
ui-settings-who = Who is playing
ui-settings-data = Your data
ui-settings-data-note = Your progress and settings are saved only on this device. Nothing is sent anywhere.
ui-settings-data-check = Learning checks keep only how many times each answer was chosen, on this device, never who chose it. "Clear my progress and settings" removes those numbers too.
ui-settings-clear = Clear my progress and settings
ui-settings-accessibility = Accessibility statement (in English)
ui-settings-cleared = Your progress and settings were cleared.
ui-settings-on = On
ui-settings-off = Off

## Notices

ui-notice-corrupt = Your saved progress could not be read, so it was set aside and you are starting fresh.
ui-notice-reload-failed = { $count ->
    [one] Your last edit has a problem, so the previous version is still running:
   *[other] Your last edit has { $count } problems, so the previous version is still running:
}
ui-notice-reloaded = Lessons reloaded from your files.
ui-notice-dismiss = Dismiss
ui-chat-skip = Show all messages

## Class mode: the presenter view on a projector
ui-class-teacher-notes = Teacher notes
ui-class-notes-show = Show teacher notes
ui-class-notes-hide = Hide teacher notes
ui-class-planned = Planned for this step: { $minutes } min
ui-class-on-step = On this step for { $minutes } min
ui-class-next-key = Page Down or the right arrow key goes on when the class is ready.
ui-class-reveal = Reveal the answers
ui-class-discuss-first = Talk about it in pairs first. Then everyone puts their head down and closes their eyes, and raises a hand for the reply they would send.
ui-class-choose-reply = Which reply did the class choose? Click it to see what happens next.
ui-class-hands = { $count ->
    [one] { $count } hand
   *[other] { $count } hands
}
ui-class-hands-more = One more hand for { $option }
ui-class-hands-fewer = One fewer hand for { $option }
ui-presenter-open = Open the presenter view
ui-presenter-close = Back to one screen
ui-presenter-title = Presenter view
ui-presenter-intro = Only you see this window: put it on your laptop and the lesson on the projector. Notes, timings and answers stay here.
ui-presenter-waiting = Start a lesson in the other window. Its notes, timings and answers will appear here.
ui-presenter-next = Next
ui-presenter-next-depends = Next, depending on the class's answer
ui-presenter-last = This is the lesson's last step.
ui-presenter-next-timed = { $kind }, { $minutes } min
ui-presenter-blocked = The browser did not open the presenter window. Allow pop-ups for this site and try again, or open this address in a new window yourself: { $address }

## Printable documents and family mode
ui-print-title = Print for this lesson
ui-print-plan = Lesson plan
ui-print-handout = Take-home sheet
ui-document-saved = Saved { $path }. It opens in your browser: print it from there, or save it as PDF.
ui-document-downloaded = Downloaded { $path }. Open it to print it, or to save it as PDF.
ui-agreement-title = Our family agreement
ui-agreement-intro = Tick the lines you both agree to, change what doesn't fit, and add your own. Then print it or save it.
ui-agreement-own-hint = Something else we agree on
ui-agreement-add = Add to our agreement
ui-agreement-remove = Remove "{ $line }"
ui-agreement-print = Print or save our agreement
ui-family-turn-child = Read it together. This time the young person chooses, then you talk about it.
ui-family-turn-adult = Read it together. This time the adult chooses and says why.

## The learning check: a few questions before and after a lesson, counted, never who answered
ui-check-title-before = Before we start: a few questions
ui-check-title-after = We have finished: the same questions again
ui-check-intro = There are no wrong answers, and you can skip them. Nothing about you is kept: this device only counts how many times each answer was chosen, so the people who teach this lesson can see what it changed.
ui-check-intro-class = Read each question to the class and count the hands for each answer. Only the numbers are kept, on this device: never names.
ui-check-done = Done
ui-check-skip = Skip the questions
ui-check-again = Answer the questions again
ui-check-thanks = Thank you. Your answers were counted.
ui-check-sure-1 = Not sure at all
ui-check-sure-2 = Not very sure
ui-check-sure-3 = A little sure
ui-check-sure-4 = Quite sure
ui-check-sure-5 = Very sure
ui-check-results = Learning check results
ui-check-results-csv = Save the counts (CSV)
ui-check-results-print = Print the results
ui-check-counted = { $before ->
    [one] Counted before the lesson: { $before } time.
   *[other] Counted before the lesson: { $before } times.
} { $after ->
    [one] After: { $after } time.
   *[other] After: { $after } times.
}

# `chatwise walk`: the terminal's own labels (a lesson played by number).
ui-walk-you = you
ui-walk-groups = Groups
ui-walk-card = card
ui-walk-picture = picture
ui-walk-score = score { $score }
