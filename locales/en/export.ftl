# ChatWise: the words of the printable documents (chatwise export plan | handout | agreement).
# Variables in { $braces } are filled in by ChatWise; keep them as they are.

## Document names
export-plan = Lesson plan
export-handout = Take-home sheet
export-agreement = Family agreement
export-made-by = Made with ChatWise from the lesson "{ $lesson }". Print it, or save it as PDF from the print dialog.
export-draft-notice = This translation is a draft, awaiting review by a local organisation. Check it before you use it with children.

## Lesson plan
export-facts = At a glance
export-ages = Ages
export-duration = Time
export-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
export-topic = Topic
export-audiences = For
export-language = Language
export-objectives = Learning objectives
export-materials = Materials
export-no-materials = Nothing beyond a screen or projector.
export-timings = Timings
export-timing-step = Step
export-timing-what = What happens
export-timing-minutes = Minutes
export-timing-total = Total
export-timing-branch = only after some answers
export-before = Before you start
export-content-note = Content note to read out
export-facilitator = Notes for the teacher
export-safeguarding = Safeguarding
export-safeguarding-always = If a learner tells you something worrying, listen, stay calm, don't promise to keep it secret, and follow your school's safeguarding procedure the same day.
export-script = Step by step
export-step = Step { $number }
export-kind-story = Story
export-kind-chat = Practice chat
export-kind-quiz = Quiz
export-kind-sort = Sorting activity
export-kind-discussion = Discussion
export-kind-help = Help
export-kind-end = Summary
export-chat-with = Chat with { $name }
export-chat-prompt = Ask the class
export-replies = Possible replies
export-verdict-safe = Safe choice
export-verdict-risky = Risky choice
export-verdict-neutral = Neither safe nor risky
export-correct = Correct
export-not-correct = Not correct
export-explanation = Explanation
export-sort-groups = Groups
export-sort-answer = Belongs in: { $group }
export-questions = Discussion questions
export-model-answer = What a good answer includes
export-parent-tip = Tip for parents and carers
export-step-notes = Teacher's notes
export-key-messages = Key messages
export-help = Help and reporting: { $country }
export-help-anywhere = Help and reporting
export-report = Report an image or video
export-talk = Talk to someone
export-international = Help from anywhere
export-hours = Hours: { $hours }
export-unverified = Not yet confirmed: check with a local organisation.
export-sources = Sources

## Take-home sheet
export-handout-intro = Today we practised what to do when an online chat starts to feel wrong.
export-handout-remember = Remember
export-handout-steps = If something online worries you
export-handout-step-stop = Stop replying, and don't send anything.
export-handout-step-keep = Keep the messages: don't delete them.
export-handout-step-block = Block and report the account in the app or game.
export-handout-step-tell = Tell a trusted adult. It's never too late, and it's never your fault.

## Family agreement
export-agreement-intro = We talked about this together and agree to these things. We can change them as we learn more.
export-agreement-ours = Our own ideas
export-agreement-signed = Signed
export-agreement-date = Date

## Learning check results
export-check = Learning check results
export-check-intro = How many times each answer was chosen before and after the lesson. Only numbers were kept: no names, nothing anyone wrote.
export-check-period = Counted from { $from } to { $to }.
export-check-question = Question
export-check-answer = Answer
export-check-before = Before
export-check-after = After
export-check-best = the answer the lesson teaches
export-check-none = No answers have been counted yet.
