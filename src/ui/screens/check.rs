//! The learning check: the lesson's few questions, before it starts and again at its end. A
//! learner picks one answer per question; a teacher counts the class's hands for each answer.
//! Only counts are kept (`Shell::finish_check`), and the questions can always be skipped.

use chatwise_content::model::CheckKind;
use chatwise_export::check::{When, answer_label};
use chatwise_i18n::ui_text;

use crate::screens::lesson::class;
use crate::theme::{self, space};
use crate::widgets::{self, ChoiceState, Mark};
use crate::{Shell, egui};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, when: When) {
    let Some(lesson) = shell.session.as_ref().map(|s| s.run.lesson().clone()) else {
        // No lesson any more (the data was cleared from Settings): back to the library.
        shell.go(crate::Screen::Library);
        return;
    };
    let title = match when {
        When::Before => ui_text::CHECK_TITLE_BEFORE,
        When::After => ui_text::CHECK_TITLE_AFTER,
    };
    widgets::heading(ui, &shell.t(title), egui::TextStyle::Heading);
    let class = shell.class_mode();
    widgets::body(ui, &shell.t(if class { ui_text::CHECK_INTRO_CLASS } else { ui_text::CHECK_INTRO }));
    for question in &lesson.check {
        ui.add_space(space::S4);
        widgets::heading(ui, &shell.loc.text(question.question.as_str()), theme::h2());
        let letters = matches!(question.kind, CheckKind::Choice);
        for answer in 0..question.answer_count() {
            let label = answer_label(&shell.loc, question, answer);
            let letter = letters.then(|| char::from(b'A' + answer as u8));
            let count = shell.check_draft.get(&question.id).and_then(|c| c.get(answer)).copied().unwrap_or(0);
            if class {
                hands_row(shell, ui, &question.id, answer, letter, &label, count);
            } else {
                let state = ChoiceState { selected: count > 0, tried: false, mark: Some(Mark::Radio) };
                if widgets::choice(ui, letter, &label, state, None).clicked()
                    && let Some(draft) = shell.check_draft.get_mut(&question.id)
                {
                    // One answer per question: a learner's pick is a count of one.
                    draft.iter_mut().enumerate().for_each(|(i, n)| *n = u32::from(i == answer));
                }
            }
        }
    }
    ui.add_space(space::S4);
    widgets::row_wrapped(ui, |ui| {
        if widgets::primary_button(ui, &shell.t(ui_text::CHECK_DONE)).clicked() {
            shell.finish_check();
        }
        if widgets::secondary_button(ui, &shell.t(ui_text::CHECK_SKIP)).clicked() {
            shell.skip_check();
        }
    });
}

/// An answer with the teacher's count of hands: "− 3 hands +".
fn hands_row(
    shell: &mut Shell,
    ui: &mut egui::Ui,
    question: &str,
    answer: usize,
    letter: Option<char>,
    label: &str,
    count: u32,
) {
    let named = match letter {
        Some(letter) => format!("{letter}. {label}"),
        None => label.to_owned(),
    };
    widgets::body(ui, &named);
    let change = class::hands_stepper(shell, ui, &named, count);
    if let Some(slot) = shell.check_draft.get_mut(question).and_then(|c| c.get_mut(answer)) {
        *slot = slot.saturating_add_signed(change);
    }
}
