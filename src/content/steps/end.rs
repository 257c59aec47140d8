//! An End step: the end of a path through the lesson, with its key messages. The app adds help.

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::StepKind;
use crate::raw::RawMsg;

authored_step! {
    /// The end of a path through the lesson: summary, key messages and signposting to help.
    pub struct RawEnd {
        pub title: RawMsg,
        #[serde(default)]
        pub summary: Option<RawMsg>,
        pub key_messages: Vec<RawMsg>,
    }
}

impl Checker<'_> {
    pub(crate) fn end(&mut self, s: &RawEnd, place: &StepPlace) -> StepKind {
        let (anchor, plain) = (place.anchor, VarContext::Plain);
        if s.key_messages.is_empty() {
            self.warning(
                anchor.0,
                "no-key-messages",
                format!("End step `{}` has no key_messages; list what the learner should remember", s.id),
            );
        }
        StepKind::End {
            title: self.msg(&s.title, anchor, plain),
            summary: self.opt_msg(&s.summary, anchor, plain),
            key_messages: self.msgs(&s.key_messages, anchor, plain),
        }
    }
}
