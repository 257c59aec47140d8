//! Playing a Quiz step: the learner selects options and checks them; a wrong answer can be tried
//! again, and after `QUIZ_ATTEMPTS_BEFORE_REVEAL` wrong answers (or a teacher's Reveal) the
//! answer is shown. The hint costs nothing.

use std::collections::BTreeSet;
use std::sync::Arc;

use chatwise_content::model::{Quiz, QuizKind, StepKind, Verdict};
use chatwise_i18n::{Localizer, ui_text};

use crate::view::{FeedbackView, ot, t};
use crate::{Event, LessonRun, Phase, RunError, option_letter};

/// Wrong answers after which a quiz shows the answer, so nobody gets stuck.
pub const QUIZ_ATTEMPTS_BEFORE_REVEAL: u32 = 2;

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

/// How a quiz option looks after checking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionMark {
    /// Chosen and right.
    Correct,
    /// Chosen, not right.
    NotQuite,
    /// Right but not chosen (shown once the answer is revealed).
    Missed,
}

/// One quiz option.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizOptionView {
    pub letter: char,
    pub text: String,
    pub selected: bool,
    pub mark: Option<OptionMark>,
    /// "Yes" / "Not quite" / "This one fits too", then the option's own feedback.
    pub feedback: Option<String>,
}

/// Where a quiz is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizStage {
    Choosing,
    TryAgain,
    Correct,
    Revealed,
}

/// A question step.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizView {
    pub question: String,
    pub kind: QuizKind,
    /// "Choose one answer." or "Choose all the answers that fit."
    pub instruction: String,
    pub options: Vec<QuizOptionView>,
    pub has_hint: bool,
    /// The hint text, once opened.
    pub hint: Option<String>,
    pub stage: QuizStage,
    pub summary: Option<FeedbackView>,
    pub explanation: Option<String>,
    /// Letters of earlier wrong tries, e.g. ["A", "B+C"].
    pub tried: Vec<String>,
}

impl LessonRun {
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
        let selected = state.selected.iter().copied().collect();
        let step = self.step().id.clone();
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

    /// Continue after checking: on when right or revealed, else back to choosing.
    pub(super) fn advance_quiz(&mut self, quiz: &Quiz) -> Result<(), RunError> {
        let Phase::Quiz(state) = &mut self.phase else {
            return Err(RunError::WrongStep("action"));
        };
        match state.checked {
            None => Err(RunError::NotAnswered),
            Some(false) if !state.revealed => {
                state.tried.push(std::mem::take(&mut state.selected));
                state.checked = None;
                Ok(())
            }
            Some(_) => {
                self.follow(&quiz.route);
                Ok(())
            }
        }
    }
}

/// A teacher's Reveal: the right answer, then Continue moves on.
pub(super) fn reveal(state: &mut QuizState) {
    state.revealed = true;
    if state.checked.is_none() {
        // The answer is shown, not the picks nobody checked: a resumed lesson,
        // which replays decisions and never saw those picks, shows the same.
        state.selected.clear();
        state.checked = Some(false);
    }
}

pub(super) fn view(loc: &Localizer, quiz: &Quiz, state: &QuizState) -> QuizView {
    let stage = match state.checked {
        None => QuizStage::Choosing,
        Some(true) => QuizStage::Correct,
        Some(false) if state.revealed => QuizStage::Revealed,
        Some(false) => QuizStage::TryAgain,
    };
    let options = quiz
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let selected = state.selected.contains(&i);
            let mark = match (stage, selected, o.correct) {
                (QuizStage::Choosing, ..) => None,
                (_, true, true) => Some(OptionMark::Correct),
                (_, true, false) => Some(OptionMark::NotQuite),
                (QuizStage::Revealed, false, true) => Some(OptionMark::Missed),
                _ => None,
            };
            let feedback = mark.map(|m| {
                let lead = loc.text(match m {
                    OptionMark::Correct => ui_text::QUIZ_CORRECT_OPTION.id,
                    OptionMark::NotQuite => ui_text::QUIZ_WRONG_OPTION.id,
                    OptionMark::Missed => ui_text::QUIZ_MISSED_OPTION.id,
                });
                match &o.feedback {
                    Some(f) => format!("{lead}: {}", t(loc, f)),
                    None => lead,
                }
            });
            QuizOptionView { letter: option_letter(i), text: t(loc, &o.text), selected, mark, feedback }
        })
        .collect();
    let card = |verdict, title: &str, action: &str| {
        Some(FeedbackView { verdict, title: loc.text(title), body: None, action: loc.text(action) })
    };
    let summary = match stage {
        QuizStage::Choosing => None,
        QuizStage::Correct => card(Verdict::Safe, ui_text::FEEDBACK_SAFE.id, ui_text::CONTINUE.id),
        QuizStage::TryAgain => card(Verdict::Risky, ui_text::FEEDBACK_RISKY.id, ui_text::QUIZ_TRY_AGAIN.id),
        QuizStage::Revealed => card(Verdict::Neutral, ui_text::QUIZ_REVEALED.id, ui_text::CONTINUE.id),
    };
    let answered = matches!(stage, QuizStage::Correct | QuizStage::Revealed);
    QuizView {
        question: t(loc, &quiz.question),
        kind: quiz.kind,
        instruction: loc.text(if quiz.kind == QuizKind::Multiple {
            ui_text::QUIZ_CHOOSE_MANY.id
        } else {
            ui_text::QUIZ_CHOOSE_ONE.id
        }),
        options,
        has_hint: quiz.hint.is_some(),
        hint: if state.hint_shown { ot(loc, &quiz.hint) } else { None },
        stage,
        summary,
        explanation: if answered { ot(loc, &quiz.explanation) } else { None },
        tried: state
            .tried
            .iter()
            .map(|s| s.iter().map(|&i| option_letter(i).to_string()).collect::<Vec<_>>().join("+"))
            .collect(),
    }
}
