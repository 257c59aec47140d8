//! Settings: language, text size, high contrast, reduced motion, who is playing, clearing data.

use crate::text;
use crate::theme::{self, space};
use crate::widgets::{self, ChoiceState, Mark};
use crate::{Shell, egui};
use chatwise_i18n::{FluentArgs, ui_text};

/// Text size steps (100% to 200%).
pub const TEXT_SCALE_STEP: f32 = 0.25;

pub fn show(shell: &mut Shell, ui: &mut egui::Ui) {
    widgets::heading(ui, &shell.t(ui_text::SETTINGS_TITLE), egui::TextStyle::Heading);

    widgets::heading(ui, &shell.t(ui_text::SETTINGS_LANGUAGE), theme::h2());
    super::language_choices(shell, ui);
    ui.add_space(space::S5);

    widgets::heading(ui, &shell.t(ui_text::SETTINGS_TEXT_SIZE), theme::h2());
    let scale = shell.settings().text_scale;
    widgets::row_wrapped(ui, |ui| {
        ui.add_enabled_ui(scale > 1.0, |ui| {
            if widgets::secondary_button(ui, &shell.t(ui_text::SETTINGS_TEXT_SMALLER)).clicked() {
                shell.update_settings(|s| s.text_scale = (s.text_scale - TEXT_SCALE_STEP).max(1.0));
            }
        });
        let mut args = FluentArgs::new();
        args.set("percent", (scale * 100.0).round() as i64);
        text::label(ui, egui::RichText::new(shell.t_with(ui_text::SETTINGS_PERCENT, &args)).text_style(theme::h2()));
        ui.add_enabled_ui(scale < 2.0, |ui| {
            if widgets::secondary_button(ui, &shell.t(ui_text::SETTINGS_TEXT_LARGER)).clicked() {
                shell.update_settings(|s| s.text_scale = (s.text_scale + TEXT_SCALE_STEP).min(2.0));
            }
        });
    });
    ui.add_space(space::S5);

    let high_contrast = shell.settings().high_contrast;
    let toggle = ChoiceState { selected: high_contrast, tried: false, mark: Some(Mark::Checkbox) };
    if widgets::choice(ui, None, &shell.t(ui_text::SETTINGS_HIGH_CONTRAST), toggle, None).clicked() {
        shell.update_settings(|s| s.high_contrast = !s.high_contrast);
    }
    let reduced = shell.settings().reduced_motion;
    let toggle = ChoiceState { selected: reduced, tried: false, mark: Some(Mark::Checkbox) };
    if widgets::choice(ui, None, &shell.t(ui_text::SETTINGS_REDUCED_MOTION), toggle, None).clicked() {
        shell.update_settings(|s| s.reduced_motion = !s.reduced_motion);
    }
    ui.add_space(space::S5);

    widgets::heading(ui, &shell.t(ui_text::SETTINGS_WHO), theme::h2());
    super::player_choices(shell, ui);
    ui.add_space(space::S5);

    super::help::country_picker(shell, ui, false);
    ui.add_space(space::S5);

    widgets::heading(ui, &shell.t(ui_text::SETTINGS_DATA), theme::h2());
    widgets::body(ui, &shell.t(ui_text::SETTINGS_DATA_NOTE));
    widgets::body(ui, &shell.t(ui_text::SETTINGS_DATA_CHECK));
    if widgets::secondary_button(ui, &shell.t(ui_text::SETTINGS_CLEAR)).clicked() {
        shell.clear_data();
    }
    ui.add_space(space::S5);
    // What works with screen readers and what does not yet (web/accessibility.html).
    if widgets::secondary_button(ui, &shell.t(ui_text::SETTINGS_ACCESSIBILITY)).clicked() {
        shell.effects.push(crate::Effect::ShowAccessibilityStatement);
    }
}
