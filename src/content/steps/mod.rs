//! The kinds of lesson step, one module each: what authors write (`Raw…`), the checked form the
//! runtime plays, and the checks between them.
//!
//! This file is the one list of kinds in this crate: `RawStep`, `StepKind` and the matches
//! below. A new kind is a module here plus an arm in each match; the compiler points at them.
//! The runtime keeps its own list the same way (`src/runtime/steps/mod.rs`).

/// Declares a kind's authored struct with the fields every step has, written once here: `id`,
/// then the kind's own fields, `minutes`, `notes` and `back`, and, for a kind that starts with
/// `route`, the `branches` and `next` that say where Continue leads. (serde cannot flatten
/// shared fields into a struct that refuses unknown fields, so a macro writes them.)
macro_rules! authored_step {
    (route $(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        authored_step!(@emit [$(#[$meta])*] $name { $($fields)* } {
            /// Where Continue leads when a branch's condition holds, tried in order.
            #[serde(default)]
            pub branches: Vec<crate::raw::RawBranch>,
            /// Where Continue leads otherwise.
            pub next: Option<String>,
        });
    };
    ($(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        authored_step!(@emit [$(#[$meta])*] $name { $($fields)* } {});
    };
    (@emit [$(#[$meta:meta])*] $name:ident { $($fields:tt)* } { $($route:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub id: String,
            $($fields)*
            /// Planned minutes, for the lesson plan and the presenter's timings.
            #[serde(default)]
            pub minutes: Option<u32>,
            /// Notes for the adult leading the lesson.
            #[serde(default)]
            pub notes: Vec<crate::raw::RawMsg>,
            /// Whether the learner may go back from this step.
            #[serde(default = "crate::raw::yes")]
            pub back: bool,
            $($route)*
        }
    };
}

mod chat;
mod discussion;
mod end;
mod help;
mod quiz;
mod sort;
mod story;

use serde::Deserialize;

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::{Image, MsgId, Route, Step, StepIx};
use crate::raw::RawMsg;

use authored::*;
use checked::*;

/// Each kind's authored form, which `raw` re-exports.
pub mod authored {
    pub use super::RawStep;
    pub use super::chat::{RawChat, RawChatMessage, RawContact, RawReply, Verdict};
    pub use super::discussion::RawDiscussion;
    pub use super::end::RawEnd;
    pub use super::help::RawHelp;
    pub use super::quiz::{QuizKind, RawQuiz, RawQuizOption};
    pub use super::sort::{RawSort, RawSortCard, RawSortGroup};
    pub use super::story::{RawImage, RawStory};
}

/// Each kind's checked form, which `model` re-exports.
pub mod checked {
    pub use super::StepKind;
    pub use super::chat::{Chat, ChatMessage, Contact, Reply};
    pub use super::discussion::Discussion;
    pub use super::quiz::{Quiz, QuizOption};
    pub use super::sort::{Sort, SortCard, SortGroup};
}

/// One step of a lesson as an author writes it. Every kind has an `id`; most have `next` and
/// optional `branches`.
#[derive(Debug, Deserialize)]
#[serde(rename = "Step")]
pub enum RawStep {
    Story(RawStory),
    Chat(RawChat),
    Quiz(RawQuiz),
    Sort(RawSort),
    Discussion(RawDiscussion),
    Help(RawHelp),
    End(RawEnd),
}

/// The fields every step kind has: its id, planned minutes, teacher's notes and whether Back
/// may leave it. Each kind's struct declares them (serde cannot flatten them into a struct that
/// refuses unknown fields), and this is the one place that reads them whatever the kind.
pub struct StepCommon<'a> {
    pub id: &'a str,
    pub minutes: Option<u32>,
    pub notes: &'a [RawMsg],
    pub back: bool,
}

impl RawStep {
    pub fn common(&self) -> StepCommon<'_> {
        macro_rules! common {
            ($($kind:ident),*) => {
                match self {
                    $(RawStep::$kind(s) => StepCommon { id: &s.id, minutes: s.minutes, notes: &s.notes, back: s.back },)*
                }
            };
        }
        common!(Story, Chat, Quiz, Sort, Discussion, Help, End)
    }
}

/// The kinds of step, with their checked content.
#[derive(Debug, Clone)]
pub enum StepKind {
    Story { title: Option<MsgId>, body: MsgId, image: Option<Image>, route: Route },
    Chat(Chat),
    Quiz(Quiz),
    Sort(Sort),
    Discussion(Discussion),
    Help { title: Option<MsgId>, body: Option<MsgId>, route: Route },
    End { title: MsgId, summary: Option<MsgId>, key_messages: Vec<MsgId> },
}

impl StepKind {
    /// Every step this one can lead to.
    pub fn targets(&self) -> Vec<StepIx> {
        match self {
            StepKind::Chat(c) => c.targets().collect(),
            StepKind::End { .. } => Vec::new(),
            _ => self.route().map(|r| r.targets().collect()).unwrap_or_default(),
        }
    }

    /// Where Continue leads, for the kinds that follow a route whatever the learner answered.
    pub fn route(&self) -> Option<&Route> {
        match self {
            StepKind::Story { route, .. } | StepKind::Help { route, .. } => Some(route),
            StepKind::Quiz(q) => Some(&q.route),
            StepKind::Sort(s) => Some(&s.route),
            StepKind::Discussion(d) => Some(&d.route),
            StepKind::Chat(_) | StepKind::End { .. } => None,
        }
    }

    /// The kind's name as authors write it.
    pub fn name(&self) -> &'static str {
        match self {
            StepKind::Story { .. } => "Story",
            StepKind::Chat(_) => "Chat",
            StepKind::Quiz(_) => "Quiz",
            StepKind::Sort(_) => "Sort",
            StepKind::Discussion(_) => "Discussion",
            StepKind::Help { .. } => "Help",
            StepKind::End { .. } => "End",
        }
    }
}

impl Checker<'_> {
    /// Checks one step: the fields every kind shares here, the rest in the kind's module.
    pub(crate) fn step(&mut self, raw: &RawStep, place: &StepPlace) -> Option<Step> {
        let StepCommon { id, minutes, notes, back } = raw.common();
        let notes = self.msgs(notes, place.anchor, VarContext::Plain);
        let kind = match raw {
            RawStep::Story(s) => self.story(s, place)?,
            RawStep::Chat(s) => StepKind::Chat(self.chat(s, place)?),
            RawStep::Quiz(s) => StepKind::Quiz(self.quiz(s, place)?),
            RawStep::Sort(s) => StepKind::Sort(self.sort(s, place)?),
            RawStep::Discussion(s) => StepKind::Discussion(self.discussion(s, place)?),
            RawStep::Help(s) => self.help(s, place)?,
            RawStep::End(s) => self.end(s, place),
        };
        Some(Step { id: id.to_owned(), minutes, notes, back, kind })
    }
}
