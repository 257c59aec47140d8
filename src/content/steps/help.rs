//! A Help step: where to get help and how to report. The app adds the learner's country's
//! portal and helplines, and the standing help points.

use serde::Deserialize;

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::StepKind;
use crate::raw::{RawBranch, RawMsg, yes};

/// Where to get help and how to report; the app adds the learner's country's portal and helplines.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHelp {
    pub id: String,
    #[serde(default)]
    pub title: Option<RawMsg>,
    #[serde(default)]
    pub body: Option<RawMsg>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
    #[serde(default)]
    pub branches: Vec<RawBranch>,
    pub next: Option<String>,
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
