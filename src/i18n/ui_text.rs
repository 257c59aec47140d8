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
pub(crate) use ui_messages;

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
    CHAT_YOU = "ui-chat-you";
    CHAT_SAID = "ui-chat-said" (name, text);
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
    HELP_REPORT_PERSON = "ui-help-report-person";
    HELP_REPORT_PERSON_YOUNG = "ui-help-report-person-young";
    HELP_DO_NOT_SHARE_YOUNG = "ui-help-do-not-share-young";
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
    APP_NAME = "ui-app-name";
    NAV_LESSONS = "ui-nav-lessons";
    NAV_BACK = "ui-nav-back";
    NAV_SETTINGS = "ui-nav-settings";
    QUICK_EXIT = "ui-quick-exit";
    QUICK_EXIT_HINT = "ui-quick-exit-hint";
    START_TITLE = "ui-start-title";
    START_INTRO = "ui-start-intro";
    START_ORGANISATION = "ui-start-organisation" (organisation);
    START_WHO = "ui-start-who";
    START_LANGUAGE = "ui-start-language";
    START_GO = "ui-start-go";
    PLAYER_CLASS = "ui-player-class";
    PLAYER_FAMILY = "ui-player-family";
    PLAYER_SOLO = "ui-player-solo";
    LIBRARY_TITLE = "ui-library-title";
    FILTER_TOPIC = "ui-filter-topic";
    FILTER_ALL = "ui-filter-all";
    FILTER_LENGTH = "ui-filter-length";
    FILTER_SHORT = "ui-filter-short";
    FILTER_LONG = "ui-filter-long";
    FILTER_FOR = "ui-filter-for";
    FILTER_AGE = "ui-filter-age";
    FILTER_AGE_YOUNGER = "ui-filter-age-younger";
    FILTER_AGE_OLDER = "ui-filter-age-older";
    LIBRARY_EMPTY = "ui-library-empty";
    LESSON_CONTINUE = "ui-lesson-continue";
    LESSON_DONE = "ui-lesson-done";
    LESSON_RESTART = "ui-lesson-restart";
    LESSON_TALKS_ABOUT = "ui-lesson-talks-about";
    DISCUSSION_THINK = "ui-discussion-think";
    DISCUSSION_PAIR = "ui-discussion-pair";
    DISCUSSION_SHARE = "ui-discussion-share";
    HELP_OPEN = "ui-help-open";
    HELP_QUICK_EXIT_NOTE = "ui-help-quick-exit-note";
    END_BACK_TO_LESSONS = "ui-end-back-to-lessons";
    SETTINGS_TITLE = "ui-settings-title";
    SETTINGS_LANGUAGE = "ui-settings-language";
    SETTINGS_TEXT_SIZE = "ui-settings-text-size";
    SETTINGS_TEXT_SMALLER = "ui-settings-text-smaller";
    SETTINGS_TEXT_LARGER = "ui-settings-text-larger";
    SETTINGS_PERCENT = "ui-settings-percent" (percent);
    SETTINGS_HIGH_CONTRAST = "ui-settings-high-contrast";
    SETTINGS_REDUCED_MOTION = "ui-settings-reduced-motion";
    SETTINGS_WHO = "ui-settings-who";
    SETTINGS_DATA = "ui-settings-data";
    SETTINGS_DATA_NOTE = "ui-settings-data-note";
    SETTINGS_DATA_CHECK = "ui-settings-data-check";
    SETTINGS_CLEAR = "ui-settings-clear";
    SETTINGS_ACCESSIBILITY = "ui-settings-accessibility";
    SETTINGS_CLEARED = "ui-settings-cleared";
    SETTINGS_ON = "ui-settings-on";
    SETTINGS_OFF = "ui-settings-off";
    NOTICE_CORRUPT = "ui-notice-corrupt";
    NOTICE_RELOAD_FAILED = "ui-notice-reload-failed" (count);
    NOTICE_RELOADED = "ui-notice-reloaded";
    NOTICE_DISMISS = "ui-notice-dismiss";
    CHAT_SKIP = "ui-chat-skip";
    // `chatwise walk` in the terminal.
    WALK_YOU = "ui-walk-you";
    WALK_GROUPS = "ui-walk-groups";
    WALK_CARD = "ui-walk-card";
    WALK_PICTURE = "ui-walk-picture";
    WALK_SCORE = "ui-walk-score" (score);
    HELP_COUNTRY = "help-country";
    HELP_COUNTRY_CHANGE = "help-country-change";
    HELP_COUNTRY_NOT_LISTED = "help-country-not-listed";
    HELP_COUNTRY_QUESTION = "help-country-question";
    HELP_REPORT_TITLE = "help-report-title";
    HELP_TALK_TITLE = "help-talk-title";
    HELP_AFTER_TITLE = "help-after-title";
    HELP_AFTER_ANALYST = "help-after-analyst";
    HELP_AFTER_REMOVED = "help-after-removed";
    HELP_AFTER_POLICE = "help-after-police";
    HELP_OPENS_BROWSER = "help-opens-browser";
    HELP_CHECK_LOCALLY = "help-check-locally";
    HELP_LANGUAGES = "help-languages" (languages);
    HELP_NO_PORTAL = "help-no-portal";
    HELP_INTERNATIONAL_TITLE = "help-international-title";
    HELP_CLEAR_HISTORY_TITLE = "help-clear-history-title";
    HELP_CLEAR_HISTORY = "help-clear-history";
    HELP_EMERGENCY = "help-emergency";
    HELP_CRISIS_TITLE = "help-crisis-title";
    HELP_CRISIS = "help-crisis";
    HELP_PERSON_TITLE = "help-person-title";
    HELP_PERSON_INTRO = "help-person-intro";
    HELP_PERSON_NONE = "help-person-none";
    HELP_IMAGE_INTRO = "help-image-intro";
    HELP_EMERGENCY_TITLE = "help-emergency-title";
    HELP_EMERGENCY_NUMBER = "help-emergency-number" (number);
    HELP_ANONYMOUS_YES = "help-anonymous-yes";
    HELP_ANONYMOUS_NO = "help-anonymous-no";
    HELP_ANONYMOUS_UNKNOWN = "help-anonymous-unknown";
    // Class mode (presenter view).
    CLASS_TEACHER_NOTES = "ui-class-teacher-notes";
    CLASS_NOTES_SHOW = "ui-class-notes-show";
    CLASS_NOTES_HIDE = "ui-class-notes-hide";
    CLASS_PLANNED = "ui-class-planned" (minutes);
    CLASS_ON_STEP = "ui-class-on-step" (minutes);
    CLASS_NEXT_KEY = "ui-class-next-key";
    CLASS_REVEAL = "ui-class-reveal";
    CLASS_DISCUSS_FIRST = "ui-class-discuss-first";
    CLASS_CHOOSE_REPLY = "ui-class-choose-reply";
    CLASS_HANDS = "ui-class-hands" (count);
    CLASS_HANDS_MORE = "ui-class-hands-more" (option);
    CLASS_HANDS_FEWER = "ui-class-hands-fewer" (option);
    PRESENTER_OPEN = "ui-presenter-open";
    PRESENTER_CLOSE = "ui-presenter-close";
    PRESENTER_TITLE = "ui-presenter-title";
    PRESENTER_INTRO = "ui-presenter-intro";
    PRESENTER_WAITING = "ui-presenter-waiting";
    PRESENTER_NEXT = "ui-presenter-next";
    PRESENTER_NEXT_DEPENDS = "ui-presenter-next-depends";
    PRESENTER_LAST = "ui-presenter-last";
    PRESENTER_NEXT_TIMED = "ui-presenter-next-timed" (kind, minutes);
    PRESENTER_BLOCKED = "ui-presenter-blocked" (address);
    CHECK_TITLE_BEFORE = "ui-check-title-before";
    CHECK_TITLE_AFTER = "ui-check-title-after";
    CHECK_INTRO = "ui-check-intro";
    CHECK_INTRO_CLASS = "ui-check-intro-class";
    CHECK_DONE = "ui-check-done";
    CHECK_SKIP = "ui-check-skip";
    CHECK_AGAIN = "ui-check-again";
    CHECK_THANKS = "ui-check-thanks";
    CHECK_SURE_1 = "ui-check-sure-1";
    CHECK_SURE_2 = "ui-check-sure-2";
    CHECK_SURE_3 = "ui-check-sure-3";
    CHECK_SURE_4 = "ui-check-sure-4";
    CHECK_SURE_5 = "ui-check-sure-5";
    CHECK_RESULTS = "ui-check-results";
    CHECK_RESULTS_CSV = "ui-check-results-csv";
    CHECK_RESULTS_PRINT = "ui-check-results-print";
    CHECK_COUNTED = "ui-check-counted" (before, after);
    // Printable documents and family mode.
    PRINT_TITLE = "ui-print-title";
    PRINT_PLAN = "ui-print-plan";
    PRINT_HANDOUT = "ui-print-handout";
    DOCUMENT_SAVED = "ui-document-saved" (path);
    DOCUMENT_DOWNLOADED = "ui-document-downloaded" (path);
    AGREEMENT_TITLE = "ui-agreement-title";
    AGREEMENT_INTRO = "ui-agreement-intro";
    AGREEMENT_OWN_HINT = "ui-agreement-own-hint";
    AGREEMENT_ADD = "ui-agreement-add";
    AGREEMENT_REMOVE = "ui-agreement-remove" (line);
    AGREEMENT_PRINT = "ui-agreement-print";
    FAMILY_TURN_CHILD = "ui-family-turn-child";
    FAMILY_TURN_ADULT = "ui-family-turn-adult";
    // The web page around the app (web/loader.js reads them from strings.json).
    WEB_LOADING = "web-loading";
    WEB_LOADING_PERCENT = "web-loading-percent" (percent);
    WEB_STARTING = "web-starting";
    WEB_LOADING_SLOW = "web-loading-slow";
    WEB_DOWNLOAD_FAILED_TITLE = "web-download-failed-title";
    WEB_DOWNLOAD_FAILED_TEXT = "web-download-failed-text";
    WEB_TRY_AGAIN = "web-try-again";
    WEB_UNSUPPORTED_TITLE = "web-unsupported-title";
    WEB_UNSUPPORTED_TEXT = "web-unsupported-text";
    WEB_FAILED_TITLE = "web-failed-title";
    WEB_FAILED_TEXT = "web-failed-text";
    WEB_PACK_FAILED_TITLE = "web-pack-failed-title";
    WEB_PACK_FAILED_TEXT = "web-pack-failed-text";
    WEB_FROM = "web-from" (organisation);
}

/// The confidence scale of a learning check, from "Not sure at all" to "Very sure".
pub const CHECK_CONFIDENCE: [UiMsg; 5] = [CHECK_SURE_1, CHECK_SURE_2, CHECK_SURE_3, CHECK_SURE_4, CHECK_SURE_5];
