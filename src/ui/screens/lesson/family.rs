//! Family mode: an adult and a child side by side. They take turns choosing in the practice
//! chats, talk with the conversation starters and parent tips (in the discussion steps), and
//! finish with a family agreement built from the lesson's suggested lines, which they tick,
//! adjust, and print or save.

use crate::theme::{Palette, space};
use crate::widgets::{self, ChoiceState, Icon, Mark};
use crate::{Shell, egui};
use chatwise_export::Document;
use chatwise_i18n::{FluentArgs, ui_text};
use chatwise_runtime::Turn;

/// Whose turn it is to choose in a chat (the lesson run keeps count: `ChatView::family_turn`).
pub fn turn_line(shell: &Shell, ui: &mut egui::Ui, turn: Turn) {
    let line = match turn {
        Turn::Child => ui_text::FAMILY_TURN_CHILD,
        Turn::Adult => ui_text::FAMILY_TURN_ADULT,
    };
    widgets::weak(ui, &shell.t(line));
}

/// The family agreement at the end of a lesson.
pub fn agreement(shell: &mut Shell, ui: &mut egui::Ui, lesson_id: &str) {
    let Some(lesson) = shell.library.pack.lesson(lesson_id).cloned() else { return };
    if lesson.agreement.is_empty() {
        return;
    }
    let palette = Palette::of(ui);
    let current = shell.agreement(lesson_id);
    let lines: Vec<String> = lesson.agreement.iter().map(|m| shell.loc.text(m.as_str())).collect();
    let title = shell.t(ui_text::AGREEMENT_TITLE);
    widgets::semantic_card(ui, palette.info, Icon::Info, &title, |ui| {
        widgets::body(ui, &shell.t(ui_text::AGREEMENT_INTRO));
        ui.add_space(space::S2);
        for (i, line) in lines.iter().enumerate() {
            let kept = current.kept.contains(&i);
            let state = ChoiceState { selected: kept, mark: Some(Mark::Checkbox), ..ChoiceState::default() };
            if widgets::choice(ui, None, line, state, None).clicked() {
                shell.update_agreement(lesson_id, |a| {
                    if kept {
                        a.kept.retain(|k| *k != i);
                    } else {
                        a.kept.push(i);
                    }
                });
            }
        }
        for (i, own) in current.own.iter().enumerate() {
            let state = ChoiceState { selected: true, mark: Some(Mark::Checkbox), ..ChoiceState::default() };
            widgets::choice(ui, None, own, state, None);
            let mut args = FluentArgs::new();
            args.set("line", own.clone());
            if widgets::secondary_button(ui, &shell.t_with(ui_text::AGREEMENT_REMOVE, &args)).clicked() {
                shell.update_agreement(lesson_id, |a| {
                    a.own.remove(i);
                });
            }
        }
        ui.add_space(space::S2);
        let hint = shell.t(ui_text::AGREEMENT_OWN_HINT);
        let mut draft = std::mem::take(&mut shell.agreement_draft);
        let edit = ui.add(egui::TextEdit::singleline(&mut draft).hint_text(hint.as_str()).desired_width(f32::INFINITY));
        widgets::focus_ring(ui, &edit);
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = widgets::secondary_button(ui, &shell.t(ui_text::AGREEMENT_ADD)).clicked();
        if (entered || add) && !draft.trim().is_empty() {
            let line = draft.trim().to_owned();
            shell.update_agreement(lesson_id, |a| a.own.push(line));
            draft.clear();
        }
        shell.agreement_draft = draft;
        ui.add_space(space::S3);
        if widgets::primary_button(ui, &shell.t(ui_text::AGREEMENT_PRINT)).clicked() {
            shell.save_document(Document::Agreement, lesson_id);
        }
    });
}
