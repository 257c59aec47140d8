//! A Quiz step: a question with options, feedback per option and an optional hint.

use serde::Deserialize;

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::{MsgId, Route};
use crate::raw::{RawMsg, one};

/// Single choice, multiple choice or true/false.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
pub enum QuizKind {
    #[default]
    Single,
    Multiple,
    TrueFalse,
}

authored_step! {
    route
    /// A question with options, feedback per option and an optional hint.
    pub struct RawQuiz {
        pub question: RawMsg,
        #[serde(default)]
        pub kind: QuizKind,
        pub options: Vec<RawQuizOption>,
        #[serde(default)]
        pub hint: Option<RawMsg>,
        /// Shown once the question is answered correctly or the answer is revealed.
        #[serde(default)]
        pub explanation: Option<RawMsg>,
        /// Added to the score when answered correctly at the first try.
        #[serde(default = "one")]
        pub points: i32,
    }
}

/// One answer option.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuizOption {
    pub text: RawMsg,
    pub correct: bool,
    #[serde(default)]
    pub feedback: Option<RawMsg>,
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

impl Checker<'_> {
    pub(crate) fn quiz(&mut self, s: &RawQuiz, place: &StepPlace) -> Option<Quiz> {
        let (anchor, plain) = (place.anchor, VarContext::Plain);
        let correct = s.options.iter().filter(|o| o.correct).count();
        let problem = match s.kind {
            _ if s.options.len() < 2 => Some("needs at least two options".to_owned()),
            QuizKind::Single if correct != 1 => {
                Some(format!("is Single choice, so exactly one option must be `correct: true` (found {correct})"))
            }
            QuizKind::Multiple if correct == 0 => Some("needs at least one option with `correct: true`".to_owned()),
            QuizKind::TrueFalse if s.options.len() != 2 || correct != 1 => Some(
                "is TrueFalse, so it needs exactly two options (true and false) with one `correct: true`".to_owned(),
            ),
            _ => None,
        };
        if let Some(problem) = problem {
            self.error(anchor.0, "bad-quiz", format!("quiz `{}` {problem}", s.id));
        }
        let options = s
            .options
            .iter()
            .map(|o| QuizOption {
                text: self.msg(&o.text, anchor, plain),
                correct: o.correct,
                feedback: self.opt_msg(&o.feedback, anchor, plain),
            })
            .collect();
        Some(Quiz {
            question: self.msg(&s.question, anchor, plain),
            kind: s.kind,
            options,
            hint: self.opt_msg(&s.hint, anchor, plain),
            explanation: self.opt_msg(&s.explanation, anchor, plain),
            points: s.points,
            route: self.route(&s.id, &s.branches, &s.next, place)?,
        })
    }
}
