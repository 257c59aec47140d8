//! Ids of the messages the engine itself shows (in `locales/<lang>/ui.ftl`).
//!
//! Code names these constants instead of string literals, and the checker uses [`ALL`]
//! to know they are used and which variables the engine supplies to each.

/// A message the engine shows, and the variables it passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiMsg {
    pub id: &'static str,
    pub variables: &'static [&'static str],
}

macro_rules! ui_messages {
    ($($name:ident = $id:literal $(($($var:ident),*))?;)*) => {
        $(
            #[doc = concat!("`", $id, "`")]
            pub const $name: UiMsg = UiMsg { id: $id, variables: &[$($(stringify!($var)),*)?] };
        )*
        /// Every message the engine shows.
        pub const ALL: &[UiMsg] = &[$($name),*];
    };
}

ui_messages! {
    CONTINUE = "ui-continue";
    BACK = "ui-back";
    STEP_OF = "ui-step-of" (current, total);
    LESSON_FINISHED = "ui-lesson-finished";
    CONTENT_NOTE_TITLE = "ui-content-note-title";
    CONTENT_NOTE_STOP = "ui-content-note-stop";
    START_LESSON = "ui-start-lesson";
    CHOOSE_ANOTHER = "ui-choose-another";
    PRACTICE_CHAT = "ui-practice-chat";
    CHAT_PROMPT = "ui-chat-prompt";
    TYPING = "ui-typing" (name);
    YOU_TRIED = "ui-you-tried";
    TRY_ANOTHER = "ui-try-another";
    FEEDBACK_SAFE = "ui-feedback-safe";
    FEEDBACK_RISKY = "ui-feedback-risky";
    FEEDBACK_NEUTRAL = "ui-feedback-neutral";
    QUIZ_CHOOSE_ONE = "ui-quiz-choose-one";
    QUIZ_CHOOSE_MANY = "ui-quiz-choose-many";
    QUIZ_CHECK = "ui-quiz-check";
    QUIZ_HINT = "ui-quiz-hint";
    QUIZ_TRY_AGAIN = "ui-quiz-try-again";
    QUIZ_REVEALED = "ui-quiz-revealed";
    QUIZ_CORRECT_OPTION = "ui-quiz-correct-option";
    QUIZ_MISSED_OPTION = "ui-quiz-missed-option";
    QUIZ_WRONG_OPTION = "ui-quiz-wrong-option";
    TRUE = "ui-true";
    FALSE = "ui-false";
    SORT_CHOOSE_CARD_FIRST = "ui-sort-choose-card-first";
    SORT_PUT_IN = "ui-sort-put-in";
    SORT_CHECK = "ui-sort-check";
    SORT_MOVE = "ui-sort-move";
    SORT_SELECTED = "ui-sort-selected";
    SORT_GOOD_PLACE = "ui-sort-good-place";
    SORT_THINK_AGAIN = "ui-sort-think-again";
    SORT_ALL_RIGHT = "ui-sort-all-right";
    SORT_SOME_WRONG = "ui-sort-some-wrong" (count);
    SORT_UNPLACED = "ui-sort-unplaced" (count);
    DISCUSSION_TALK = "ui-discussion-talk";
    DISCUSSION_STARTERS = "ui-discussion-starters";
    PARENT_TIP = "ui-parent-tip";
    MODEL_ANSWER = "ui-model-answer";
    NOTES_FOR_ADULTS = "ui-notes-for-adults";
    HELP = "ui-help";
    HELP_NEVER_YOUR_FAULT = "ui-help-never-your-fault";
    HELP_ANONYMOUS = "ui-help-anonymous";
    HELP_TRUSTED_ADULT = "ui-help-trusted-adult";
    HELP_DO_NOT_SHARE = "ui-help-do-not-share";
    END_PRACTISED = "ui-end-practised";
    END_SAFE_CHOICES = "ui-end-safe-choices" (count);
    TOPIC_SEXTING = "ui-topic-sexting";
    TOPIC_GROOMING = "ui-topic-grooming";
    TOPIC_SEXTORTION = "ui-topic-sextortion";
    TOPIC_REPORTING = "ui-topic-reporting";
    AUDIENCE_CLASS = "ui-audience-class";
    AUDIENCE_FAMILY = "ui-audience-family";
    AUDIENCE_SOLO = "ui-audience-solo";
    AGES = "ui-ages" (min, max);
    MINUTES = "ui-minutes" (minutes);
    TRANSLATION_DRAFT = "ui-translation-draft";
}

use crate::content::model::{Audience, Topic};

/// The label of a topic.
pub fn topic(topic: Topic) -> UiMsg {
    match topic {
        Topic::Sexting => TOPIC_SEXTING,
        Topic::Grooming => TOPIC_GROOMING,
        Topic::Sextortion => TOPIC_SEXTORTION,
        Topic::Reporting => TOPIC_REPORTING,
    }
}

/// The label of an audience.
pub fn audience(audience: Audience) -> UiMsg {
    match audience {
        Audience::Class => AUDIENCE_CLASS,
        Audience::Family => AUDIENCE_FAMILY,
        Audience::Solo => AUDIENCE_SOLO,
    }
}
