# Messages of a lesson that has a syntax error: none of them may be reported as unused.
other-title = A tiny lesson
other-summary = The smallest lesson that uses a chat and a quiz.
other-objective = Notice a risky message.
other-intro = Sam sends you a message.
other-sam = Sam
other-chat-hello = Hi, it's { $contact }!
other-reply-safe = Who are you?
other-reply-risky = Here's my address.
other-feedback-safe = Asking keeps you in control.
other-feedback-risky = Let's keep your address private.
other-question = Which is safe to share?
other-option-right = Your favourite band
other-option-wrong = Your home address
other-end = Well done
other-key = Ask before you share.
