//! Sorting cards into groups without dragging (WCAG 2.5.7): pick a card, then press a group.
//! A group pressed with no card picked says "Choose a card first".

use crate::text;
use crate::theme::{self, Palette, TARGET, space};
use crate::widgets::{self, ChoiceState, Icon};
use crate::{Shell, egui};
use chatwise_i18n::{FluentArgs, ui_text};
use chatwise_runtime::{Decision, RunError, SortView, StepView};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, sort: &SortView) {
    let palette = Palette::of(ui);
    widgets::heading(ui, &sort.prompt, egui::TextStyle::Heading);
    // Where the cards are and which is picked up belong to the lesson (`LessonRun::select_card`,
    // `place_selected`, `pick_up`); this view draws them and passes the presses on.
    let placed: Vec<Option<usize>> = sort.cards.iter().map(|c| c.group).collect();
    let selected_word = shell.t(ui_text::SORT_SELECTED);

    // Cards still to place.
    for (i, card) in sort.cards.iter().enumerate().filter(|(i, _)| placed[*i].is_none()) {
        let note = card.selected.then_some(selected_word.as_str());
        if widgets::choice(
            ui,
            None,
            &card.text,
            ChoiceState { selected: card.selected, ..ChoiceState::default() },
            note,
        )
        .clicked()
            && let Some(s) = shell.session.as_mut()
        {
            let _ = s.run.select_card(i);
            s.message = None;
        }
    }

    // The groups to put the picked card in.
    ui.add_space(space::S3);
    widgets::body(ui, &shell.t(ui_text::SORT_PUT_IN));
    widgets::row_wrapped(ui, |ui| {
        for (g, group) in sort.groups.iter().enumerate() {
            let label = text::widget_text(ui, group.as_str(), Some(ui.available_width() - 32.0));
            let response = ui.add(egui::Button::new(label).min_size(egui::vec2(TARGET * 2.0, TARGET)).wrap());
            text::name(&response, egui::WidgetType::Button, group);
            widgets::focus_ring(ui, &response);
            if response.clicked()
                && let Some(s) = shell.session.as_mut()
            {
                s.message = match s.run.place_selected(g) {
                    Err(RunError::NoCardSelected) => Some(shell.loc.text(ui_text::SORT_CHOOSE_CARD_FIRST.id)),
                    _ => None,
                };
            }
        }
    });
    if let Some(message) = shell.session.as_ref().and_then(|s| s.message.clone()) {
        widgets::semantic_card(ui, palette.info, Icon::Info, &message, |_| {});
    }

    // What is in each group, with Move.
    let move_word = shell.t(ui_text::SORT_MOVE);
    for (g, group) in sort.groups.iter().enumerate() {
        let members: Vec<usize> = (0..sort.cards.len()).filter(|i| placed[*i] == Some(g)).collect();
        ui.add_space(space::S3);
        widgets::heading(ui, &format!("{group} ({})", members.len()), theme::h2());
        for i in members {
            let card = &sort.cards[i];
            widgets::card(ui, |ui| {
                widgets::body(ui, &card.text);
                // The run gives no verdict for a card moved since the check.
                if let (Some(right), Some(feedback)) = (card.right, &card.feedback) {
                    let (color, icon) = if right {
                        (palette.correct.title, Icon::Tick)
                    } else {
                        (palette.try_again.title, Icon::TryAgain)
                    };
                    widgets::row_top(ui, |ui| {
                        let (rect, _) = ui.allocate_exact_size(egui::vec2(24.0, 24.0), egui::Sense::hover());
                        widgets::paint_icon(ui, rect, icon, color);
                        text::label(ui, feedback.as_str());
                    });
                }
                if widgets::secondary_button(ui, &move_word).clicked()
                    && let Some(s) = shell.session.as_mut()
                {
                    let _ = s.run.pick_up(i);
                }
            });
        }
    }

    ui.add_space(space::S4);
    if let Some(summary) = &sort.summary {
        let all_right = sort.cards.iter().all(|c| c.right == Some(true));
        let (meaning, icon) =
            if all_right { (palette.correct, Icon::Tick) } else { (palette.try_again, Icon::TryAgain) };
        let (title, _) = widgets::semantic_card(ui, meaning, icon, summary, |_| {});
        shell.scroll_here(&title, egui::Align::Center);
    }
    let unplaced = placed.iter().filter(|p| p.is_none()).count();
    let changed = sort.changed;
    widgets::row_wrapped(ui, |ui| {
        if view.can_go_back && widgets::secondary_button(ui, &shell.t(ui_text::BACK)).clicked() {
            shell.decide(Decision::Back);
        }
        if (!sort.checked || changed) && widgets::primary_button(ui, &shell.t(ui_text::SORT_CHECK)).clicked() {
            if unplaced > 0 {
                let mut args = FluentArgs::new();
                args.set("count", unplaced);
                let message = shell.t_with(ui_text::SORT_UNPLACED, &args);
                if let Some(s) = shell.session.as_mut() {
                    s.message = Some(message);
                }
            } else {
                shell.decide(Decision::Sort(placed.iter().map(|p| p.unwrap_or(0)).collect()));
            }
        }
        if sort.checked && !changed && widgets::primary_button(ui, &shell.t(ui_text::CONTINUE)).clicked() {
            shell.decide(Decision::Continue);
        }
    });
}
