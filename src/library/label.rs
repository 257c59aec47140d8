//! The engine's label for each value a lesson or the help data names: a topic, an audience,
//! whether a route takes your name. Content knows the values; the engine's messages name them.

use chatwise_content::model::{Audience, Topic};
use chatwise_content::portals::Anonymity;
use chatwise_i18n::ui_text::*;

/// What the Help screen and printed help say about giving your name to a route.
pub fn anonymity(anonymity: Anonymity) -> UiMsg {
    match anonymity {
        Anonymity::Yes => HELP_ANONYMOUS_YES,
        Anonymity::No => HELP_ANONYMOUS_NO,
        Anonymity::Unknown => HELP_ANONYMOUS_UNKNOWN,
    }
}

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
