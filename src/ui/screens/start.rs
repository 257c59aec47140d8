//! The start screen: who is playing, and in which language.

use crate::theme::{self, space};
use crate::widgets;
use crate::{Screen, Shell, egui};
use chatwise_i18n::ui_text;

pub fn show(shell: &mut Shell, ui: &mut egui::Ui) {
    widgets::heading(ui, &shell.t(ui_text::START_TITLE), egui::TextStyle::Heading);
    // A published pack names who brings it (pack.ron `organisation`, or `chatwise site`).
    if let Some(organisation) = shell.library.pack.organisation.clone() {
        let mut args = chatwise_i18n::FluentArgs::new();
        args.set("organisation", organisation);
        widgets::weak(ui, &shell.t_with(ui_text::START_ORGANISATION, &args));
    }
    widgets::body(ui, &shell.t(ui_text::START_INTRO));
    ui.add_space(space::S5);
    widgets::heading(ui, &shell.t(ui_text::START_WHO), theme::h2());
    super::player_choices(shell, ui);
    ui.add_space(space::S5);
    widgets::heading(ui, &shell.t(ui_text::START_LANGUAGE), theme::h2());
    super::language_choices(shell, ui);
    ui.add_space(space::S5);
    super::help::country_picker(shell, ui, false);
    ui.add_space(space::S5);
    if widgets::primary_button(ui, &shell.t(ui_text::START_GO)).clicked() {
        if shell.settings().player.is_none() {
            shell.update_settings(|s| s.player = Some(chatwise_content::model::Audience::Solo));
        }
        shell.filters.audience = shell.settings().player;
        shell.go(Screen::Library);
    }
}
