//! A quiz: option cards with radio or checkbox marks, a free hint, Check, feedback under each
//! chosen option and a summary card. Nothing is pre-selected.

use crate::text;
use crate::theme::{Palette, space};
use crate::widgets::{self, ChoiceState, Icon, Mark};
use crate::{Shell, egui};
use chatwise_content::model::QuizKind;
use chatwise_i18n::ui_text;
use chatwise_runtime::{Decision, OptionMark, QuizStage, QuizView, StepView};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, quiz: &QuizView) {
    let palette = Palette::of(ui);
    widgets::heading(ui, &quiz.question, egui::TextStyle::Heading);
    widgets::weak(ui, &quiz.instruction);
    let choosing = quiz.stage == QuizStage::Choosing;
    if quiz.has_hint && choosing {
        match &quiz.hint {
            // The hint opens inline, in the help colours, and costs nothing.
            Some(hint) => {
                widgets::semantic_card(ui, palette.help, Icon::Help, &shell.t(ui_text::QUIZ_HINT), |ui| {
                    widgets::body(ui, hint)
                });
            }
            None => {
                if widgets::secondary_button(ui, &shell.t(ui_text::QUIZ_HINT)).clicked() {
                    shell.decide(Decision::Hint);
                }
            }
        }
    }
    if !quiz.tried.is_empty() && choosing {
        widgets::weak(ui, &format!("{}: {}", shell.t(ui_text::YOU_TRIED), quiz.tried.join(", ")));
    }
    ui.add_space(space::S2);
    let mark = if quiz.kind == QuizKind::Multiple { Mark::Checkbox } else { Mark::Radio };
    // The selection is the lesson's (`LessonRun::toggle_option`); this view only draws it.
    let selection: Vec<usize> = quiz.options.iter().enumerate().filter(|(_, o)| o.selected).map(|(i, _)| i).collect();
    for (i, option) in quiz.options.iter().enumerate() {
        let response = widgets::choice(
            ui,
            Some(option.letter),
            &option.text,
            ChoiceState { selected: option.selected, tried: false, mark: Some(mark) },
            None,
        );
        if choosing
            && response.clicked()
            && let Some(session) = shell.session.as_mut()
        {
            let _ = session.run.toggle_option(i);
        }
        if shell.class_mode() && choosing {
            super::class::tally_row(shell, ui, i, option.letter);
        }
        if let (Some(mark), Some(feedback)) = (option.mark, &option.feedback) {
            let (color, icon) = match mark {
                OptionMark::Correct | OptionMark::Missed => (palette.correct.title, Icon::Tick),
                OptionMark::NotQuite => (palette.try_again.title, Icon::TryAgain),
            };
            widgets::row_top(ui, |ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(24.0, 24.0), egui::Sense::hover());
                widgets::paint_icon(ui, rect, icon, color);
                text::label(ui, egui::RichText::new(feedback).color(palette.text));
            });
        }
    }
    ui.add_space(space::S4);
    if choosing {
        widgets::row_wrapped(ui, |ui| {
            if view.can_go_back && widgets::secondary_button(ui, &shell.t(ui_text::BACK)).clicked() {
                shell.decide(Decision::Back);
            }
            // In class, the teacher reveals the answer once hands are counted.
            if shell.class_mode() && widgets::primary_button(ui, &shell.t(ui_text::CLASS_REVEAL)).clicked() {
                shell.decide(Decision::Reveal);
            }
            if widgets::primary_button(ui, &shell.t(ui_text::QUIZ_CHECK)).clicked() {
                if selection.is_empty() {
                    // Nothing chosen: say so rather than silently ignoring the press.
                    if let Some(s) = shell.session.as_mut() {
                        s.message = Some(shell.loc.text(ui_text::QUIZ_CHOOSE_ONE.id));
                    }
                } else {
                    shell.decide(Decision::Answer(selection));
                }
            }
        });
        if let Some(message) = shell.session.as_ref().and_then(|s| s.message.clone()) {
            widgets::body(ui, &message);
        }
    } else if let Some(summary) = &quiz.summary {
        let (meaning, icon) = widgets::verdict_style(palette, summary.verdict);
        let (title, _) = widgets::semantic_card(ui, meaning, icon, &summary.title, |ui| {
            if let Some(explanation) = &quiz.explanation {
                widgets::body(ui, explanation);
            }
            ui.add_space(space::S2);
            if widgets::primary_button(ui, &summary.action).clicked() || super::next_key(shell, ui) {
                shell.decide(Decision::Continue);
            }
        });
        if shell.session.as_ref().is_some_and(|s| s.scroll_pending) {
            title.request_focus();
        }
        shell.scroll_here(&title, egui::Align::Center);
    }
}
