//! Showing a Discussion step: a prompt to talk about, with starters and a tip for families and a
//! model answer for the teacher's plan. Continue follows its route.

use chatwise_content::model::Discussion;
use chatwise_i18n::Localizer;

use crate::view::{ot, t};

/// A discussion step.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscussionView {
    pub prompt: String,
    pub model_answer: Option<String>,
    pub starters: Vec<String>,
    pub parent_tip: Option<String>,
}

pub(super) fn view(loc: &Localizer, d: &Discussion) -> DiscussionView {
    DiscussionView {
        prompt: t(loc, &d.prompt),
        model_answer: ot(loc, &d.model_answer),
        starters: d.starters.iter().map(|s| t(loc, s)).collect(),
        parent_tip: ot(loc, &d.parent_tip),
    }
}
