//! The checked lesson model: every id resolved, every reference known to exist.
//!
//! Built only by `check.rs` from the raw serde types, so code that plays lessons never
//! handles an unchecked id: steps refer to each other by [`StepIx`], an index into
//! [`Lesson::steps`] that `check` proved valid.

use chatwise_base::script::Writing;
use std::collections::BTreeMap;
use std::sync::Arc;

pub use crate::raw::{Audience, CheckKind, Condition as RawCondition, QuizKind, Topic, TranslationStatus, Verdict};
pub use crate::steps::checked::*;

/// A Fluent message id that exists in the reference language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MsgId(pub(crate) String);

impl MsgId {
    /// A message a pack file names. Only loaders make these: every one is cross-checked against
    /// English before the library is played (`chatwise_library`), and a lesson whose messages
    /// fail is left out, so a `MsgId` in a loaded library always exists.
    pub fn named_in_pack(id: impl Into<String>) -> MsgId {
        MsgId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Index of a step within its lesson; valid by construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StepIx(pub(crate) usize);

impl StepIx {
    pub fn index(self) -> usize {
        self.0
    }
}

/// A loaded, checked pack: its languages and lessons.
#[derive(Debug, Clone)]
pub struct Pack {
    pub id: String,
    pub title: MsgId,
    pub description: Option<MsgId>,
    pub languages: Vec<Language>,
    /// Lessons in library order.
    pub lessons: Vec<Arc<Lesson>>,
    /// Who publishes it, for the loading and start screens; `None` for the built-in library.
    pub organisation: Option<String>,
    /// Applied on a learner's first start (`pack.ron`, or `chatwise site --language/--country`).
    pub default_language: Option<String>,
    pub default_country: Option<String>,
}

impl Pack {
    pub fn lesson(&self, id: &str) -> Option<&Arc<Lesson>> {
        self.lessons.iter().find(|l| l.id == id)
    }
}

/// A language the pack ships.
#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub status: TranslationStatus,
    /// Its script and direction (assets/fonts/fonts.ron, or the pack's `script:`).
    pub writing: Writing,
}

/// A teacher-facing reference.
#[derive(Debug, Clone)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// One lesson: metadata and its step graph.
#[derive(Debug, Clone)]
pub struct Lesson {
    pub id: String,
    /// The file it was loaded from, for messages to authors.
    pub path: String,
    pub topic: Topic,
    pub ages: (u8, u8),
    pub minutes: u32,
    pub audiences: Vec<Audience>,
    pub title: MsgId,
    pub summary: MsgId,
    pub objectives: Vec<MsgId>,
    pub content_note: Option<MsgId>,
    pub facilitator_notes: Vec<MsgId>,
    pub safeguarding_notes: Vec<MsgId>,
    pub materials: Vec<MsgId>,
    pub agreement: Vec<MsgId>,
    pub sources: Vec<Source>,
    /// The learning check, asked before and after the lesson (empty: the lesson has none).
    pub check: Vec<CheckQuestion>,
    pub start: StepIx,
    pub steps: Vec<Step>,
    /// For each step, the fewest steps from it to an End (used for "Step 3 of 9").
    pub steps_to_end: Vec<usize>,
    /// Every message id the lesson uses, for coverage figures.
    pub messages: Vec<MsgId>,
}

impl Lesson {
    pub fn step(&self, ix: StepIx) -> &Step {
        &self.steps[ix.0]
    }

    pub fn step_ix(&self, id: &str) -> Option<StepIx> {
        self.steps.iter().position(|s| s.id == id).map(StepIx)
    }
}

/// A learning-check question, checked: a `Choice` has 2 to [`CheckQuestion::MAX_OPTIONS`]
/// options and its `best` is one of them; a `Confidence` question has none of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckQuestion {
    pub id: String,
    pub kind: CheckKind,
    pub question: MsgId,
    pub options: Vec<MsgId>,
    pub best: Option<usize>,
}

impl CheckQuestion {
    /// Answers a hand count can tell apart on a projector.
    pub const MAX_OPTIONS: usize = 6;
    /// The points of the confidence scale.
    pub const CONFIDENCE_LEVELS: usize = 5;

    /// How many answers there are to count.
    pub fn answer_count(&self) -> usize {
        match self.kind {
            CheckKind::Choice => self.options.len(),
            CheckKind::Confidence => Self::CONFIDENCE_LEVELS,
        }
    }
}

/// A step: what every kind shares, plus its kind.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub minutes: Option<u32>,
    pub notes: Vec<MsgId>,
    /// Whether the learner may go back from this step.
    pub back: bool,
    pub kind: StepKind,
}

/// Where a step goes when the learner continues.
#[derive(Debug, Clone)]
pub struct Route {
    pub branches: Vec<(Condition, StepIx)>,
    pub next: Option<StepIx>,
}

impl Route {
    /// Every step this route can lead to.
    pub fn targets(&self) -> impl Iterator<Item = StepIx> + '_ {
        self.branches.iter().map(|(_, t)| *t).chain(self.next)
    }
}

/// A test on flags and score, with flag names checked to be well-formed.
pub type Condition = RawCondition;

/// An image under the pack's folder.
#[derive(Debug, Clone)]
pub struct Image {
    /// Relative to the content folder, e.g. `images/new-friend-intro.png`.
    pub path: String,
    pub alt: MsgId,
    /// Where `path` is written in the lesson file, for findings about the picture.
    pub at: chatwise_base::diagnostic::Position,
}

/// Languages' coverage of a set of messages, in percent, by language code.
pub type Coverage = BTreeMap<String, f64>;
