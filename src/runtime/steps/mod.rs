//! Playing each kind of step, one module each: its state within the step, the learner's
//! actions on it, and its part of the view.
//!
//! This file is the one list of kinds in the runtime: `Phase`, `BodyView` and the matches below
//! dispatch to the kind's module. A new kind is a module here plus an arm in each match (the
//! compiler points at them); the lesson model's list is `src/content/steps/mod.rs`.

mod chat;
mod discussion;
mod end;
mod help;
mod quiz;
mod sort;
mod story;

use std::sync::Arc;

use chatwise_content::model::{QuizKind, StepIx, StepKind};
use chatwise_i18n::{Localizer, export_text};

use crate::view::t;
use crate::{Event, LessonRun, Pending, RunError};

pub(crate) use chat::ChatState;
pub use chat::{Bubble, ChatView, ChoiceView, Sender, Turn, initials};
pub use discussion::DiscussionView;
pub use end::EndView;
pub use help::{HelpView, YOUNG_WORDS_BELOW, help_points};
pub(crate) use quiz::QuizState;
pub use quiz::{OptionMark, QUIZ_ATTEMPTS_BEFORE_REVEAL, QuizOptionView, QuizStage, QuizView};
pub(crate) use sort::SortState;
pub use sort::{CardView, SortView};
pub use story::ImageView;

/// How far the learner is within the current step.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Phase {
    /// Story, Discussion, Help and End: nothing to answer.
    Reading,
    Chat(ChatState),
    Quiz(QuizState),
    Sort(SortState),
}

/// The part of the view that depends on the step kind.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyView {
    Story { title: Option<String>, body: String, image: Option<ImageView> },
    Chat(ChatView),
    Quiz(QuizView),
    Sort(SortView),
    Discussion(DiscussionView),
    Help(HelpView),
    End(EndView),
}

impl LessonRun {
    /// Moves on: from a story to the next step, from feedback to where the reply leads,
    /// from a wrong quiz answer to another try.
    pub fn advance(&mut self) -> Result<(), RunError> {
        let lesson = Arc::clone(&self.lesson);
        match &lesson.step(self.entry.step).kind {
            StepKind::End { .. } => Err(RunError::Finished),
            StepKind::Chat(chat) => self.advance_chat(chat),
            StepKind::Quiz(quiz) => self.advance_quiz(quiz),
            StepKind::Sort(sort) => self.advance_sort(sort),
            kind @ (StepKind::Story { .. } | StepKind::Discussion(_) | StepKind::Help { .. }) => {
                if let Some(route) = kind.route() {
                    self.follow(route);
                }
                Ok(())
            }
        }
    }

    /// Resets the step's answer state and posts its incoming chat messages (again, after Back).
    pub(crate) fn enter_phase(&mut self, step: StepIx) {
        let lesson = Arc::clone(&self.lesson);
        self.phase = match &lesson.step(step).kind {
            StepKind::Chat(chat) => {
                self.post_messages(step, chat);
                Phase::Chat(ChatState::default())
            }
            StepKind::Quiz(_) => Phase::Quiz(QuizState::default()),
            StepKind::Sort(sort) => Phase::Sort(SortState::new(sort)),
            StepKind::Story { .. } | StepKind::Discussion(_) | StepKind::Help { .. } | StepKind::End { .. } => {
                Phase::Reading
            }
        };
    }

    /// What the current step is waiting for.
    pub fn pending(&self) -> Pending {
        match &self.step().kind {
            StepKind::End { .. } => Pending::Finished,
            StepKind::Chat(chat) => match &self.phase {
                Phase::Chat(state) if state.chosen.is_none() => {
                    Pending::Reply { count: chat.replies.len(), tried: state.tried.clone() }
                }
                _ => Pending::Continue,
            },
            StepKind::Quiz(quiz) => match &self.phase {
                Phase::Quiz(state) if state.checked.is_none() => {
                    Pending::Answer { count: quiz.options.len(), multiple: quiz.kind == QuizKind::Multiple }
                }
                _ => Pending::Continue,
            },
            StepKind::Sort(sort) => match &self.phase {
                Phase::Sort(state) if !state.settled() => {
                    Pending::Sort { cards: sort.cards.len(), groups: sort.groups.len() }
                }
                _ => Pending::Continue,
            },
            StepKind::Story { .. } | StepKind::Discussion(_) | StepKind::Help { .. } => Pending::Continue,
        }
    }

    /// Answers the step's question with `options` (`Decision::Answer`): a quiz's picks, checked
    /// at once.
    pub(crate) fn answer(&mut self, options: &[usize]) -> Result<(), RunError> {
        match &self.step().kind {
            StepKind::Quiz(_) => self.answer_quiz(options).map(|_| ()),
            StepKind::Story { .. }
            | StepKind::Chat(_)
            | StepKind::Sort(_)
            | StepKind::Discussion(_)
            | StepKind::Help { .. }
            | StepKind::End { .. } => Err(RunError::WrongStep("quiz")),
        }
    }

    /// A teacher's "Reveal" in class mode: a quiz's right answer (Continue then moves on), or
    /// what each of a chat's replies means, before the class picks the one it would send.
    pub fn reveal(&mut self) -> Result<(), RunError> {
        match &mut self.phase {
            Phase::Quiz(state) => quiz::reveal(state),
            // A chat in class: every reply's verdict and feedback, before the class picks one.
            Phase::Chat(state) if state.chosen.is_none() => state.revealed = true,
            _ => return Err(RunError::WrongStep("reveal")),
        }
        let step = self.step().id.clone();
        self.transcript.push(Event::Revealed { step });
        Ok(())
    }

    /// The steps the class may come to from here, before removing repeats: the chosen chat
    /// reply's, once it leads somewhere; otherwise every step this one can lead to.
    pub(crate) fn ways_on(&self) -> Vec<StepIx> {
        match (&self.step().kind, &self.phase) {
            (StepKind::Chat(chat), Phase::Chat(state)) if let Some(next) = chat::way_on(chat, state) => vec![next],
            (kind, _) => kind.targets(),
        }
    }

    /// The part of the current step's view that depends on its kind.
    pub(crate) fn body(&self, loc: &Localizer) -> BodyView {
        let kind = &self.step().kind;
        // The phase always matches the step kind: `enter_phase` sets both together.
        let out_of_step = || unreachable!("phase out of step with a {} step", kind.name());
        match kind {
            StepKind::Story { title, body, image, .. } => BodyView::Story {
                title: crate::view::ot(loc, title),
                body: t(loc, body),
                image: story::image(loc, image),
            },
            StepKind::Chat(chat) => match &self.phase {
                Phase::Chat(state) => BodyView::Chat(self.chat_view(loc, chat, state)),
                _ => out_of_step(),
            },
            StepKind::Quiz(quiz) => match &self.phase {
                Phase::Quiz(state) => BodyView::Quiz(quiz::view(loc, quiz, state)),
                _ => out_of_step(),
            },
            StepKind::Sort(sort) => match &self.phase {
                Phase::Sort(state) => BodyView::Sort(sort::view(loc, sort, state)),
                _ => out_of_step(),
            },
            StepKind::Discussion(d) => BodyView::Discussion(discussion::view(loc, d)),
            StepKind::Help { title, body, .. } => BodyView::Help(help::view(loc, title, body, self.lesson().ages.0)),
            StepKind::End { title, summary, key_messages } => {
                BodyView::End(self.end_view(loc, title, summary, key_messages))
            }
        }
    }
}

/// A step's kind in the reader's words ("Quiz"), for the lesson plan and the presenter view.
pub fn kind_name(loc: &Localizer, kind: &StepKind) -> String {
    use export_text as e;
    loc.text(
        match kind {
            StepKind::Story { .. } => e::KIND_STORY,
            StepKind::Chat(_) => e::KIND_CHAT,
            StepKind::Quiz(_) => e::KIND_QUIZ,
            StepKind::Sort(_) => e::KIND_SORT,
            StepKind::Discussion(_) => e::KIND_DISCUSSION,
            StepKind::Help { .. } => e::KIND_HELP,
            StepKind::End { .. } => e::KIND_END,
        }
        .id,
    )
}

/// A step's title, question or first words.
pub(crate) fn first_words(loc: &Localizer, kind: &StepKind) -> String {
    match kind {
        StepKind::Story { title, body, .. } => story::headline(loc, title, body),
        StepKind::Chat(c) => chat::headline(loc, c),
        StepKind::Quiz(quiz) => t(loc, &quiz.question),
        StepKind::Sort(sort) => t(loc, &sort.prompt),
        StepKind::Discussion(d) => t(loc, &d.prompt),
        StepKind::Help { title, body, .. } => help::headline(loc, title, body),
        StepKind::End { title, .. } => t(loc, title),
    }
}
