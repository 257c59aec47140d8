//! Help and reporting, one click from every screen.

use crate::i18n::ui_text;
use crate::runtime::help_points;
use crate::ui::theme::{Palette, space};
use crate::ui::widgets::{self, Icon};
use crate::ui::{Shell, egui};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui) {
    let palette = Palette::of(ui);
    widgets::heading(ui, &shell.t(ui_text::HELP_NEVER_YOUR_FAULT), egui::TextStyle::Heading);
    widgets::body(ui, &shell.t(ui_text::HELP_ANONYMOUS));
    ui.add_space(space::S4);
    // The heading already says the first two points.
    let rest: Vec<String> = help_points(&shell.loc).into_iter().skip(2).collect();
    help_card(shell, ui, None, &rest);
    ui.add_space(space::S4);
    widgets::semantic_card(ui, palette.info, Icon::Info, &shell.t(ui_text::QUICK_EXIT), |ui| {
        widgets::body(ui, &shell.t(ui_text::HELP_QUICK_EXIT_NOTE));
    });
}

/// The help card shared by the Help screen, Help steps and the End: the standing messages,
/// a lesson's own words if it has any, and the way to the full Help screen.
pub fn help_card(shell: &mut Shell, ui: &mut egui::Ui, body: Option<&str>, extra_points: &[String]) {
    let palette = Palette::of(ui);
    let points = if extra_points.is_empty() { help_points(&shell.loc) } else { extra_points.to_vec() };
    widgets::semantic_card(ui, palette.help, Icon::Help, &shell.t(ui_text::HELP), |ui| {
        if let Some(body) = body {
            widgets::body(ui, body);
        }
        for point in &points {
            ui.horizontal_top(|ui| {
                ui.label("•");
                widgets::body(ui, point);
            });
        }
    });
}
