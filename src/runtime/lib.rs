//! A lesson in progress: current step, answers, flags, score and a transcript, driven by
//! plain method calls. Deterministic and free of Bevy and egui, so the CLI, the tests and
//! the app all drive the same thing.

mod decide;
mod view;

use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

pub use decide::{Decision, Pending, Strategy};
pub use view::*;

use chatwise_content::model::{Condition, Lesson, QuizKind, Route, Step, StepIx, StepKind, Verdict};

/// Wrong answers after which a quiz shows the answer, so nobody gets stuck.
pub const QUIZ_ATTEMPTS_BEFORE_REVEAL: u32 = 2;

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

/// How far the learner is within the current step.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Phase {
    /// Story, Discussion, Help and End: nothing to answer.
    Reading,
    Chat {
        tried: Vec<usize>,
        chosen: Option<usize>,
        /// The teacher revealed what each reply means (class mode), for the rest of the step.
        revealed: bool,
    },
    Quiz(QuizState),
    Sort(SortState),
}

/// A quiz's selection and attempts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub(crate) struct QuizState {
    pub selected: BTreeSet<usize>,
    pub attempts: u32,
    pub checked: Option<bool>,
    pub revealed: bool,
    pub hint_shown: bool,
    /// Earlier wrong selections, shown folded as "You tried this".
    pub tried: Vec<BTreeSet<usize>>,
}

/// A sort's placements.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub(crate) struct SortState {
    /// Group index per card.
    pub placed: Vec<Option<usize>>,
    pub selected: Option<usize>,
    pub attempts: u32,
    /// Per card, whether it was in its right group at the last check.
    pub checked: Option<Vec<bool>>,
    /// Where the cards were at the last check: a card moved since has no verdict.
    pub checked_placed: Vec<Option<usize>>,
}

impl SortState {
    /// Checked, and no card moved since.
    pub fn settled(&self) -> bool {
        self.checked.is_some() && self.placed == self.checked_placed
    }
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

    /// Moves on: from a story to the next step, from feedback to where the reply leads,
    /// from a wrong quiz answer to another try.
    pub fn advance(&mut self) -> Result<(), RunError> {
        let lesson = Arc::clone(&self.lesson);
        match (&lesson.step(self.entry.step).kind, &mut self.phase) {
            (StepKind::End { .. }, _) => Err(RunError::Finished),
            (StepKind::Story { route, .. } | StepKind::Help { route, .. }, _) => {
                self.follow(route);
                Ok(())
            }
            (StepKind::Discussion(d), _) => {
                self.follow(&d.route);
                Ok(())
            }
            (StepKind::Chat(chat), Phase::Chat { chosen, .. }) => {
                let Some(reply) = *chosen else {
                    return Err(RunError::NotAnswered);
                };
                match chat.replies[reply].next {
                    Some(next) => self.go(next),
                    None => {
                        // "Try another reply": the tried bubble is taken back.
                        *chosen = None;
                        self.chat.pop();
                        let step = self.step().id.clone();
                        self.transcript.push(Event::TriedAnother { step });
                    }
                }
                Ok(())
            }
            (StepKind::Quiz(quiz), Phase::Quiz(state)) => match state.checked {
                None => Err(RunError::NotAnswered),
                Some(true) => {
                    self.follow(&quiz.route);
                    Ok(())
                }
                Some(false) if state.revealed => {
                    self.follow(&quiz.route);
                    Ok(())
                }
                Some(false) => {
                    state.tried.push(std::mem::take(&mut state.selected));
                    state.checked = None;
                    Ok(())
                }
            },
            (StepKind::Sort(sort), Phase::Sort(state)) => {
                if !state.settled() {
                    return Err(RunError::NotAnswered);
                }
                self.follow(&sort.route);
                Ok(())
            }
            _ => Err(RunError::WrongStep("action")),
        }
    }

    /// Sends chat reply `index` (0-based) and shows its feedback.
    pub fn choose_reply(&mut self, index: usize) -> Result<(), RunError> {
        let lesson = Arc::clone(&self.lesson);
        let StepKind::Chat(chat) = &lesson.step(self.entry.step).kind else {
            return Err(RunError::WrongStep("reply"));
        };
        let Phase::Chat { tried, chosen, .. } = &mut self.phase else {
            return Err(RunError::WrongStep("reply"));
        };
        if chosen.is_some() {
            return Err(RunError::WrongStep("reply while feedback is showing"));
        }
        let reply = chat.replies.get(index).ok_or(RunError::NoSuchOption(index + 1))?;
        if tried.contains(&index) {
            return Err(RunError::AlreadyTried);
        }
        if reply.next.is_none() {
            tried.push(index);
        }
        *chosen = Some(index);
        self.score += reply.score;
        if reply.verdict == Verdict::Safe {
            self.safe_replies += 1;
        }
        self.flags.extend(reply.set.iter().cloned());
        self.chat.push(ChatEntry { contact: chat.contact.id.clone(), step: self.entry.step, outgoing: true, index });
        self.transcript.push(Event::Replied { step: self.step().id.clone(), reply: index, verdict: reply.verdict });
        Ok(())
    }

    /// Selects or unselects quiz option `index`. In a single-choice quiz it replaces the selection.
    pub fn toggle_option(&mut self, index: usize) -> Result<(), RunError> {
        let (kind, count) = match &self.step().kind {
            StepKind::Quiz(q) => (q.kind, q.options.len()),
            _ => return Err(RunError::WrongStep("quiz")),
        };
        if index >= count {
            return Err(RunError::NoSuchOption(index + 1));
        }
        let Phase::Quiz(state) = &mut self.phase else {
            return Err(RunError::WrongStep("quiz"));
        };
        if state.checked.is_some() {
            return Err(RunError::WrongStep("selection after checking"));
        }
        if kind == QuizKind::Multiple {
            if !state.selected.remove(&index) {
                state.selected.insert(index);
            }
        } else {
            state.selected = BTreeSet::from([index]);
        }
        Ok(())
    }

    /// Checks the selected quiz options. Returns whether the answer is right.
    pub fn check_quiz(&mut self) -> Result<bool, RunError> {
        let lesson = Arc::clone(&self.lesson);
        let StepKind::Quiz(quiz) = &lesson.step(self.entry.step).kind else {
            return Err(RunError::WrongStep("quiz"));
        };
        let Phase::Quiz(state) = &mut self.phase else {
            return Err(RunError::WrongStep("quiz"));
        };
        if state.checked.is_some() {
            return Err(RunError::WrongStep("second check; continue first"));
        }
        if state.selected.is_empty() {
            return Err(RunError::NothingSelected);
        }
        let right: BTreeSet<usize> =
            quiz.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| i).collect();
        let correct = state.selected == right;
        state.attempts += 1;
        state.checked = Some(correct);
        if correct && state.attempts == 1 {
            self.score += quiz.points;
        }
        let revealed = !correct && state.attempts >= QUIZ_ATTEMPTS_BEFORE_REVEAL;
        state.revealed |= revealed;
        let step = self.step().id.clone();
        let selected = state_selected(&self.phase);
        self.transcript.push(Event::Answered { step: step.clone(), selected, correct });
        if revealed {
            self.transcript.push(Event::Revealed { step });
        }
        Ok(correct)
    }

    /// Selects `options` and checks them in one go.
    pub fn answer_quiz(&mut self, options: &[usize]) -> Result<bool, RunError> {
        let Phase::Quiz(state) = &mut self.phase else {
            return Err(RunError::WrongStep("quiz"));
        };
        let before = state.selected.clone();
        state.selected.clear();
        for &o in options {
            if let Err(e) = self.toggle_option(o) {
                if let Phase::Quiz(state) = &mut self.phase {
                    state.selected = before;
                }
                return Err(e);
            }
        }
        self.check_quiz()
    }

    /// Opens the quiz hint (it costs nothing).
    pub fn show_hint(&mut self) -> Result<(), RunError> {
        let lesson = Arc::clone(&self.lesson);
        match (&lesson.step(self.entry.step).kind, &mut self.phase) {
            (StepKind::Quiz(q), Phase::Quiz(state)) if q.hint.is_some() => {
                state.hint_shown = true;
                Ok(())
            }
            _ => Err(RunError::WrongStep("hint")),
        }
    }

    /// A teacher's "Reveal" in class mode: a quiz's right answer (Continue then moves on), or
    /// what each of a chat's replies means, before the class picks the one it would send.
    pub fn reveal(&mut self) -> Result<(), RunError> {
        match &mut self.phase {
            Phase::Quiz(state) => {
                state.revealed = true;
                if state.checked.is_none() {
                    // The answer is shown, not the picks nobody checked: a resumed lesson,
                    // which replays decisions and never saw those picks, shows the same.
                    state.selected.clear();
                    state.checked = Some(false);
                }
            }
            // A chat in class: every reply's verdict and feedback, before the class picks one.
            Phase::Chat { chosen: None, revealed, .. } => *revealed = true,
            _ => return Err(RunError::WrongStep("reveal")),
        }
        let step = self.step().id.clone();
        self.transcript.push(Event::Revealed { step });
        Ok(())
    }

    /// Selects sort card `card` (0-based), or unselects it if it was selected.
    pub fn select_card(&mut self, card: usize) -> Result<(), RunError> {
        let state = self.sort_state_for(card)?;
        state.selected = if state.selected == Some(card) { None } else { Some(card) };
        Ok(())
    }

    /// Puts the selected card into `group`. Without a selected card: "Choose a card first".
    pub fn place_selected(&mut self, group: usize) -> Result<(), RunError> {
        let Phase::Sort(state) = &self.phase else {
            return Err(RunError::WrongStep("sort"));
        };
        let card = state.selected.ok_or(RunError::NoCardSelected)?;
        self.place_card(card, group)
    }

    /// Puts `card` into `group` (both 0-based); moving a placed card is allowed.
    pub fn place_card(&mut self, card: usize, group: usize) -> Result<(), RunError> {
        let groups = self.sort_sizes()?.1;
        let state = self.sort_state_for(card)?;
        if group >= groups {
            return Err(RunError::NoSuchOption(group + 1));
        }
        state.placed[card] = Some(group);
        state.selected = None;
        Ok(())
    }

    /// Takes sort card `card` out of its group and picks it up, to put it somewhere else.
    pub fn pick_up(&mut self, card: usize) -> Result<(), RunError> {
        let state = self.sort_state_for(card)?;
        state.placed[card] = None;
        state.selected = Some(card);
        Ok(())
    }

    /// The sort's state, once `card` is known to be one of its cards.
    fn sort_state_for(&mut self, card: usize) -> Result<&mut SortState, RunError> {
        let count = self.sort_sizes()?.0;
        let Phase::Sort(state) = &mut self.phase else {
            return Err(RunError::WrongStep("sort"));
        };
        if card >= count {
            return Err(RunError::NoSuchOption(card + 1));
        }
        Ok(state)
    }

    /// Checks the placements; every card must be in a group. Returns how many are right.
    pub fn check_sort(&mut self) -> Result<usize, RunError> {
        let lesson = Arc::clone(&self.lesson);
        let StepKind::Sort(sort) = &lesson.step(self.entry.step).kind else {
            return Err(RunError::WrongStep("sort"));
        };
        let Phase::Sort(state) = &mut self.phase else {
            return Err(RunError::WrongStep("sort"));
        };
        let unplaced = state.placed.iter().filter(|p| p.is_none()).count();
        if unplaced > 0 {
            return Err(RunError::Unplaced(unplaced));
        }
        let results: Vec<bool> =
            sort.cards.iter().zip(&state.placed).map(|(card, placed)| *placed == Some(card.group)).collect();
        let correct = results.iter().filter(|r| **r).count();
        state.attempts += 1;
        if correct == results.len() && state.attempts == 1 {
            self.score += sort.points;
        }
        state.checked = Some(results);
        state.checked_placed = state.placed.clone();
        let step = self.step().id.clone();
        self.transcript.push(Event::Sorted { step, correct, total: sort.cards.len() });
        Ok(correct)
    }

    fn sort_sizes(&self) -> Result<(usize, usize), RunError> {
        match &self.step().kind {
            StepKind::Sort(s) => Ok((s.cards.len(), s.groups.len())),
            _ => Err(RunError::WrongStep("sort")),
        }
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

    /// Resets the step's answer state and posts its incoming chat messages (again, after Back).
    fn enter_phase(&mut self, step: StepIx) {
        self.phase = match &self.lesson.step(step).kind {
            StepKind::Chat(_) => Phase::Chat { tried: Vec::new(), chosen: None, revealed: false },
            StepKind::Quiz(_) => Phase::Quiz(QuizState::default()),
            StepKind::Sort(s) => Phase::Sort(SortState { placed: vec![None; s.cards.len()], ..SortState::default() }),
            _ => Phase::Reading,
        };
        if let StepKind::Chat(chat) = &self.lesson.step(step).kind
            && self.chat.len() == self.entry.chat_len
        {
            for index in 0..chat.messages.len() {
                self.chat.push(ChatEntry { contact: chat.contact.id.clone(), step, outgoing: false, index });
            }
        }
    }

    pub(crate) fn phase(&self) -> &Phase {
        &self.phase
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

fn state_selected(phase: &Phase) -> Vec<usize> {
    match phase {
        Phase::Quiz(state) => state.selected.iter().copied().collect(),
        _ => Vec::new(),
    }
}
