//! Showing an End step: what the learner practised, and help. The lesson is over.

use chatwise_content::model::MsgId;
use chatwise_i18n::{Localizer, ui_text};

use super::help::{self, HelpView};
use crate::LessonRun;
use crate::view::{ot, t, with_count};

/// The end of the lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct EndView {
    pub title: String,
    pub summary: Option<String>,
    pub practised_title: String,
    pub key_messages: Vec<String>,
    /// "You chose 3 safe replies", when the learner met a chat.
    pub safe_replies: Option<String>,
    pub help: HelpView,
}

impl LessonRun {
    pub(super) fn end_view(
        &self,
        loc: &Localizer,
        title: &MsgId,
        summary: &Option<MsgId>,
        key_messages: &[MsgId],
    ) -> EndView {
        let met_chat = self.chat_log().iter().any(|e| e.outgoing) || self.safe_replies() > 0;
        EndView {
            title: t(loc, title),
            summary: ot(loc, summary),
            practised_title: loc.text(ui_text::END_PRACTISED.id),
            key_messages: key_messages.iter().map(|k| t(loc, k)).collect(),
            safe_replies: met_chat.then(|| with_count(loc, ui_text::END_SAFE_CHOICES.id, self.safe_replies() as usize)),
            help: help::view(loc, &None, &None, self.lesson().ages.0),
        }
    }
}
