//! Showing a Help step: the lesson's words plus the engine's standing help points (the app adds
//! the learner's country's routes to help). Every End shows the same points.

use chatwise_content::model::MsgId;
use chatwise_i18n::{Localizer, ui_text};

use crate::view::{ot, t};

/// Help and reporting: the lesson's words plus the engine's standing messages.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpView {
    pub title: String,
    pub body: Option<String>,
    /// "It's never your fault", "you can stay anonymous", "tell a trusted adult", "don't share".
    pub points: Vec<String>,
}

/// Lessons for children younger than this get the standing help points in simpler words.
pub const YOUNG_WORDS_BELOW: u8 = 9;

/// The standing help messages every Help step and End shows.
pub fn help_points(loc: &Localizer, youngest: u8) -> Vec<String> {
    // A 7-year-old hears these read aloud: the same two points in words for their age
    // (the safeguarding review of the 7-10 lesson).
    let young = youngest < YOUNG_WORDS_BELOW;
    [
        ui_text::HELP_NEVER_YOUR_FAULT,
        if young { ui_text::HELP_REPORT_PERSON_YOUNG } else { ui_text::HELP_REPORT_PERSON },
        ui_text::HELP_ANONYMOUS,
        ui_text::HELP_TRUSTED_ADULT,
        if young { ui_text::HELP_DO_NOT_SHARE_YOUNG } else { ui_text::HELP_DO_NOT_SHARE },
    ]
    .iter()
    .map(|m| loc.text(m.id))
    .collect()
}

pub(super) fn view(loc: &Localizer, title: &Option<MsgId>, body: &Option<MsgId>, youngest: u8) -> HelpView {
    HelpView {
        title: title.as_ref().map_or_else(|| loc.text(ui_text::HELP.id), |id| t(loc, id)),
        body: ot(loc, body),
        points: help_points(loc, youngest),
    }
}

/// A Help step's title or first words; none when it leaves both to the engine.
pub(super) fn headline(loc: &Localizer, title: &Option<MsgId>, body: &Option<MsgId>) -> String {
    title.as_ref().or(body.as_ref()).map(|id| t(loc, id)).unwrap_or_default()
}
