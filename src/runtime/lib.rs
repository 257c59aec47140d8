//! A lesson in progress: current step, answers, flags, score and a transcript, driven by
//! plain method calls. Deterministic and free of Bevy and egui, so the CLI, the tests and
//! the app all drive the same thing. Each kind of step's own state and actions are in `steps/`.

mod decide;
mod steps;
mod view;

use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

pub use decide::{Decision, Pending, Strategy};
pub use steps::*;
pub use view::*;

use chatwise_content::model::{Condition, Lesson, Route, Step, StepIx, StepKind, Verdict};

/// Why an action was refused; the lesson state is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error("there is no option {0} here")]
    NoSuchOption(usize),
    #[error("that reply was already tried; pick another")]
    AlreadyTried,
    #[error("this step has no {0} to act on")]
    WrongStep(&'static str),
    #[error("choose an answer first")]
    NothingSelected,
    #[error("choose a card first")]
    NoCardSelected,
    #[error("{0} card(s) still need a group")]
    Unplaced(usize),
    #[error("answer this step before going on")]
    NotAnswered,
    #[error("going back is not possible here")]
    CannotGoBack,
    #[error("the lesson has finished")]
    Finished,
}

/// One thing that happened, for the transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Entered { step: String },
    Replied { step: String, reply: usize, verdict: Verdict },
    TriedAnother { step: String },
    Answered { step: String, selected: Vec<usize>, correct: bool },
    Revealed { step: String },
    Sorted { step: String, correct: usize, total: usize },
    WentBack { to: String },
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let letters = |v: &[usize]| v.iter().map(|&i| option_letter(i).to_string()).collect::<Vec<_>>().join("+");
        match self {
            Event::Entered { step } => write!(f, "enter {step}"),
            Event::Replied { step, reply, verdict } => {
                write!(f, "reply {step} {} ({verdict:?})", option_letter(*reply))
            }
            Event::TriedAnother { step } => write!(f, "try-another {step}"),
            Event::Answered { step, selected, correct } => {
                write!(f, "answer {step} {} ({})", letters(selected), if *correct { "correct" } else { "not yet" })
            }
            Event::Revealed { step } => write!(f, "reveal {step}"),
            Event::Sorted { step, correct, total } => write!(f, "sort {step} {correct}/{total}"),
            Event::WentBack { to } => write!(f, "back {to}"),
        }
    }
}

/// The letter shown beside option `i` (A, B, C...), so a class can vote by letter.
pub fn option_letter(i: usize) -> char {
    char::from_u32('A' as u32 + (i % 26) as u32).unwrap_or('?')
}

/// A reply or message in the conversation with a contact, in the order it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ChatEntry {
    pub contact: String,
    pub step: StepIx,
    pub outgoing: bool,
    /// Index of the message (incoming) or reply (outgoing) in that step.
    pub index: usize,
}

/// The learner's state as it was on entering a step; Back restores it.
#[derive(Debug, Clone)]
struct Snapshot {
    step: StepIx,
    flags: BTreeSet<String>,
    score: i32,
    safe_replies: u32,
    chat_len: usize,
}

/// A lesson being played.
#[derive(Debug, Clone)]
pub struct LessonRun {
    lesson: Arc<Lesson>,
    entry: Snapshot,
    history: Vec<Snapshot>,
    flags: BTreeSet<String>,
    score: i32,
    safe_replies: u32,
    phase: Phase,
    chat: Vec<ChatEntry>,
    transcript: Vec<Event>,
}

impl LessonRun {
    /// Starts `lesson` at its first step.
    pub fn start(lesson: Arc<Lesson>) -> LessonRun {
        let start = lesson.start;
        let mut run = LessonRun {
            lesson,
            entry: Snapshot { step: start, flags: BTreeSet::new(), score: 0, safe_replies: 0, chat_len: 0 },
            history: Vec::new(),
            flags: BTreeSet::new(),
            score: 0,
            safe_replies: 0,
            phase: Phase::Reading,
            chat: Vec::new(),
            transcript: Vec::new(),
        };
        run.enter(start);
        run
    }

    pub fn lesson(&self) -> &Arc<Lesson> {
        &self.lesson
    }

    pub fn step(&self) -> &Step {
        self.lesson.step(self.entry.step)
    }

    pub fn score(&self) -> i32 {
        self.score
    }

    /// How many safe replies the learner chose in chats ("You chose 3 safe replies").
    pub fn safe_replies(&self) -> u32 {
        self.safe_replies
    }

    pub fn flags(&self) -> &BTreeSet<String> {
        &self.flags
    }

    pub fn transcript(&self) -> &[Event] {
        &self.transcript
    }

    /// The ids of the steps entered, in order (Back included as a re-entry).
    pub fn path(&self) -> Vec<&str> {
        self.transcript
            .iter()
            .filter_map(|e| match e {
                Event::Entered { step } => Some(step.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Whether the learner has reached an End step.
    pub fn is_complete(&self) -> bool {
        matches!(self.step().kind, StepKind::End { .. })
    }

    /// "Step `current` of `total`": steps taken so far plus the fewest left to an End.
    pub fn progress(&self) -> (usize, usize) {
        let current = self.history.len() + 1;
        (current, current + self.lesson.steps_to_end[self.entry.step.index()])
    }

    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty() && self.step().back
    }

    /// Goes back to the previous step as it was when first entered (its answers undone).
    pub fn back(&mut self) -> Result<(), RunError> {
        if !self.can_go_back() {
            return Err(RunError::CannotGoBack);
        }
        let previous = self.history.pop().ok_or(RunError::CannotGoBack)?;
        self.flags = previous.flags.clone();
        self.score = previous.score;
        self.safe_replies = previous.safe_replies;
        self.chat.truncate(previous.chat_len);
        let to = previous.step;
        self.entry = previous;
        self.transcript.push(Event::WentBack { to: self.lesson.step(to).id.clone() });
        self.enter_phase(to);
        Ok(())
    }

    /// Goes where the route says: the first branch whose condition holds, else `next`.
    fn follow(&mut self, route: &Route) {
        let target = route.branches.iter().find(|(c, _)| self.holds(c)).map(|(_, t)| *t).or(route.next);
        // `check` guarantees every non-End step has `next`.
        if let Some(target) = target {
            self.go(target);
        }
    }

    /// Whether a branch condition holds now.
    pub fn holds(&self, condition: &Condition) -> bool {
        match condition {
            Condition::Flag(f) => self.flags.contains(f),
            Condition::NotFlag(f) => !self.flags.contains(f),
            Condition::ScoreAtLeast(n) => self.score >= *n,
            Condition::ScoreBelow(n) => self.score < *n,
            Condition::All(all) => all.iter().all(|c| self.holds(c)),
            Condition::Any(any) => any.iter().any(|c| self.holds(c)),
        }
    }

    fn go(&mut self, target: StepIx) {
        let entry = Snapshot {
            step: target,
            flags: self.flags.clone(),
            score: self.score,
            safe_replies: self.safe_replies,
            chat_len: self.chat.len(),
        };
        self.history.push(std::mem::replace(&mut self.entry, entry));
        self.enter(target);
    }

    fn enter(&mut self, step: StepIx) {
        self.entry.chat_len = self.chat.len();
        self.transcript.push(Event::Entered { step: self.lesson.step(step).id.clone() });
        self.enter_phase(step);
    }

    /// Feeds where the learner is within the step (picks, cards, attempts, reveals) into
    /// `state`, so a view can tell whether anything it draws changed without seeing inside.
    pub fn hash_phase<H: std::hash::Hasher>(&self, state: &mut H) {
        std::hash::Hash::hash(&self.phase, state);
    }

    pub(crate) fn chat_log(&self) -> &[ChatEntry] {
        &self.chat
    }
}
