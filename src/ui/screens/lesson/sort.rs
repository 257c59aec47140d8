//! Sorting cards into groups without dragging (WCAG 2.5.7): pick a card, then press a group.
//! A group pressed with no card picked says "Choose a card first".

use crate::i18n::{FluentArgs, ui_text};
use crate::runtime::{Decision, SortView, StepView};
use crate::ui::text;
use crate::ui::theme::{self, Palette, TARGET, space};
use crate::ui::widgets::{self, ChoiceState, Icon};
use crate::ui::{Shell, egui};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, sort: &SortView) {
    let palette = Palette::of(ui);
    widgets::heading(ui, &sort.prompt, egui::TextStyle::Heading);
    let Some(session) = shell.session.as_mut() else { return };
    if session.sort_placed.len() != sort.cards.len() {
        session.sort_placed = sort.cards.iter().map(|c| c.group).collect();
    }
    let placed = session.sort_placed.clone();
    let selected = session.sort_selected;
    let selected_word = shell.t(ui_text::SORT_SELECTED);

    // Cards still to place.
    for (i, card) in sort.cards.iter().enumerate().filter(|(i, _)| placed[*i].is_none()) {
        let is_selected = selected == Some(i);
        let note = is_selected.then_some(selected_word.as_str());
        if widgets::choice(ui, None, &card.text, ChoiceState { selected: is_selected, ..ChoiceState::default() }, note)
            .clicked()
            && let Some(s) = shell.session.as_mut()
        {
            s.sort_selected = if is_selected { None } else { Some(i) };
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
                match s.sort_selected.take() {
                    Some(card) => {
                        s.sort_placed[card] = Some(g);
                        s.message = None;
                    }
                    None => s.message = Some(shell.loc.text(ui_text::SORT_CHOOSE_CARD_FIRST.id)),
                }
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
                // Feedback belongs to the placement that was checked; hide it once a card moves.
                let checked_here = sort.checked && card.group == Some(g);
                if checked_here && let (Some(right), Some(feedback)) = (card.right, &card.feedback) {
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
                    s.sort_placed[i] = None;
                    s.sort_selected = Some(i);
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
    let changed = sort.checked && sort.cards.iter().zip(&placed).any(|(c, p)| c.group != *p);
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
