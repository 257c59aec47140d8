//! A Help step: where to get help and how to report. The app adds the learner's country's
//! portal and helplines, and the standing help points.

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::StepKind;
use crate::raw::RawMsg;

authored_step! {
    route
    /// Where to get help and how to report; the app adds the learner's country's portal and helplines.
    pub struct RawHelp {
        #[serde(default)]
        pub title: Option<RawMsg>,
        #[serde(default)]
        pub body: Option<RawMsg>,
    }
}

impl Checker<'_> {
    pub(crate) fn help(&mut self, s: &RawHelp, place: &StepPlace) -> Option<StepKind> {
        let (anchor, plain) = (place.anchor, VarContext::Plain);
        Some(StepKind::Help {
            title: self.opt_msg(&s.title, anchor, plain),
            body: self.opt_msg(&s.body, anchor, plain),
            route: self.route(&s.id, &s.branches, &s.next, place)?,
        })
    }
}
