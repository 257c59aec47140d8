//! The current step as a view model with every string resolved in the learner's language.
//! Views (terminal, egui) only draw this; they never look at the lesson graph.

use chatwise_content::model::{Lesson, MsgId, Verdict};
use chatwise_i18n::{FluentArgs, Localizer, ui_text};

use crate::LessonRun;
use crate::steps::{BodyView, first_words, kind_name};

/// Everything a view needs to draw the current step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepView {
    pub step_id: String,
    pub lesson_title: String,
    /// "Step 3 of 9".
    pub progress: String,
    pub can_go_back: bool,
    /// Notes for adults on this step (facilitator notes).
    pub notes: Vec<String>,
    pub body: BodyView,
}

/// A feedback card: icon and colour come from the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackView {
    pub verdict: Verdict,
    pub title: String,
    pub body: Option<String>,
    /// The action under the card: "Continue" or "Try another reply".
    pub action: String,
}

/// A step the class may come to next, for the teacher's presenter view.
#[derive(Debug, Clone, PartialEq)]
pub struct ComingStep {
    /// Its id in the lesson.
    pub step: String,
    /// Its kind in the reader's words ("Quiz").
    pub kind: String,
    /// Its title, question or first words, cut to a line.
    pub headline: String,
    /// The minutes the plan gives it.
    pub minutes: Option<u32>,
}

/// Headlines longer than this many characters are cut at a word.
const HEADLINE_CHARS: usize = 90;

fn coming_step(loc: &Localizer, step: &chatwise_content::model::Step) -> ComingStep {
    ComingStep {
        step: step.id.clone(),
        kind: kind_name(loc, &step.kind),
        headline: headline(&first_words(loc, &step.kind)),
        minutes: step.minutes,
    }
}

/// `words` cut to about a line, at a word, with an ellipsis.
fn headline(words: &str) -> String {
    let words = words.trim();
    if words.chars().count() <= HEADLINE_CHARS {
        return words.to_owned();
    }
    let cut: String = words.chars().take(HEADLINE_CHARS).collect();
    let at_word = cut.rfind(char::is_whitespace).filter(|&i| i > HEADLINE_CHARS / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

pub(crate) fn t(loc: &Localizer, id: &MsgId) -> String {
    loc.text(id.as_str())
}

pub(crate) fn ot(loc: &Localizer, id: &Option<MsgId>) -> Option<String> {
    id.as_ref().map(|id| t(loc, id))
}

pub(crate) fn with_count(loc: &Localizer, id: &str, count: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("count", count);
    loc.text_with(id, &args)
}

/// A message shown in a chat: it may use `$contact`.
pub(crate) fn chat_text(loc: &Localizer, id: &MsgId, contact: &str) -> String {
    loc.chat_text(id.as_str(), contact)
}

impl LessonRun {
    /// The steps the class may come to from here: one where the way on is fixed (or already
    /// chosen), several where it depends on the class's answers, none at the end.
    pub fn coming(&self, loc: &Localizer) -> Vec<ComingStep> {
        let here = self.entry.step;
        let mut seen = Vec::new();
        for target in self.ways_on() {
            if target != here && !seen.contains(&target) {
                seen.push(target);
            }
        }
        seen.into_iter().map(|ix| coming_step(loc, self.lesson().step(ix))).collect()
    }

    /// The current step's title, question or first words, cut to a line.
    pub fn headline(&self, loc: &Localizer) -> String {
        coming_step(loc, self.step()).headline
    }

    /// The current step, resolved in `loc`'s language.
    pub fn view(&self, loc: &Localizer) -> StepView {
        let lesson: &Lesson = self.lesson();
        let step = self.step();
        let (current, total) = self.progress();
        let mut args = FluentArgs::new();
        args.set("current", current);
        args.set("total", total);
        StepView {
            step_id: step.id.clone(),
            lesson_title: t(loc, &lesson.title),
            progress: loc.text_with(ui_text::STEP_OF.id, &args),
            can_go_back: self.can_go_back(),
            notes: step.notes.iter().map(|n| t(loc, n)).collect(),
            body: self.body(loc),
        }
    }
}
