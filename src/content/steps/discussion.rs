//! A Discussion step: a prompt for the class or the family to talk about.

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::{MsgId, Route};
use crate::raw::RawMsg;

authored_step! {
    route
    /// A prompt for the class or the family to talk about.
    pub struct RawDiscussion {
        pub prompt: RawMsg,
        /// What a good answer includes, for the teacher's lesson plan.
        #[serde(default)]
        pub model_answer: Option<RawMsg>,
        /// Conversation starters, shown in family mode.
        #[serde(default)]
        pub starters: Vec<RawMsg>,
        #[serde(default)]
        pub parent_tip: Option<RawMsg>,
    }
}

/// A discussion step.
#[derive(Debug, Clone)]
pub struct Discussion {
    pub prompt: MsgId,
    pub model_answer: Option<MsgId>,
    pub starters: Vec<MsgId>,
    pub parent_tip: Option<MsgId>,
    pub route: Route,
}

impl Checker<'_> {
    pub(crate) fn discussion(&mut self, s: &RawDiscussion, place: &StepPlace) -> Option<Discussion> {
        let (anchor, plain) = (place.anchor, VarContext::Plain);
        Some(Discussion {
            prompt: self.msg(&s.prompt, anchor, plain),
            model_answer: self.opt_msg(&s.model_answer, anchor, plain),
            starters: self.msgs(&s.starters, anchor, plain),
            parent_tip: self.opt_msg(&s.parent_tip, anchor, plain),
            route: self.route(&s.id, &s.branches, &s.next, place)?,
        })
    }
}
