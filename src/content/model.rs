//! The checked lesson model: every id resolved, every reference known to exist.
//!
//! Built only by `check.rs` from the raw serde types, so code that plays lessons never
//! handles an unchecked id: steps refer to each other by [`StepIx`], an index into
//! [`Lesson::steps`] that `check` proved valid.

use chatwise_base::script::Writing;
use std::collections::BTreeMap;
use std::sync::Arc;

pub use crate::raw::{Audience, CheckKind, Condition as RawCondition, QuizKind, Topic, TranslationStatus, Verdict};

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
            StepKind::Story { route, .. } | StepKind::Help { route, .. } => route.targets().collect(),
            StepKind::Quiz(q) => q.route.targets().collect(),
            StepKind::Sort(s) => s.route.targets().collect(),
            StepKind::Discussion(d) => d.route.targets().collect(),
            StepKind::Chat(c) => c.replies.iter().filter_map(|r| r.next).collect(),
            StepKind::End { .. } => Vec::new(),
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

/// An image under the pack's folder.
#[derive(Debug, Clone)]
pub struct Image {
    /// Relative to the content folder, e.g. `images/new-friend-intro.png`.
    pub path: String,
    pub alt: MsgId,
    /// Where `path` is written in the lesson file, for findings about the picture.
    pub at: chatwise_base::diagnostic::Position,
}

/// A messenger simulation step.
#[derive(Debug, Clone)]
pub struct Chat {
    pub contact: Contact,
    pub messages: Vec<ChatMessage>,
    pub prompt: Option<MsgId>,
    pub replies: Vec<Reply>,
}

/// The person the learner is chatting with.
#[derive(Debug, Clone)]
pub struct Contact {
    pub id: String,
    pub name: MsgId,
    pub label: Option<MsgId>,
}

/// An incoming message.
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub text: MsgId,
    pub time: Option<String>,
}

/// A reply choice.
#[derive(Debug, Clone)]
pub struct Reply {
    pub text: MsgId,
    pub verdict: Verdict,
    pub feedback: Option<MsgId>,
    pub score: i32,
    pub set: Vec<String>,
    /// `None`: show feedback, then let the learner try another reply.
    pub next: Option<StepIx>,
}

/// A question step.
#[derive(Debug, Clone)]
pub struct Quiz {
    pub question: MsgId,
    pub kind: QuizKind,
    pub options: Vec<QuizOption>,
    pub hint: Option<MsgId>,
    pub explanation: Option<MsgId>,
    pub points: i32,
    pub route: Route,
}

/// An answer option.
#[derive(Debug, Clone)]
pub struct QuizOption {
    pub text: MsgId,
    pub correct: bool,
    pub feedback: Option<MsgId>,
}

/// A card-sorting step.
#[derive(Debug, Clone)]
pub struct Sort {
    pub prompt: MsgId,
    pub groups: Vec<SortGroup>,
    pub cards: Vec<SortCard>,
    pub points: i32,
    pub route: Route,
}

/// A group to sort cards into.
#[derive(Debug, Clone)]
pub struct SortGroup {
    pub id: String,
    pub label: MsgId,
}

/// A card, with the index of the group it belongs in.
#[derive(Debug, Clone)]
pub struct SortCard {
    pub text: MsgId,
    pub group: usize,
    pub feedback: Option<MsgId>,
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

/// Languages' coverage of a set of messages, in percent, by language code.
pub type Coverage = BTreeMap<String, f64>;
