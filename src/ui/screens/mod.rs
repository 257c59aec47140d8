//! One file per screen; each draws into the reading column.

pub(crate) mod help;
mod lesson;
mod library;
mod settings;
mod start;

use super::theme::Layout;
use super::{Screen, Shell, egui};

/// Draws the current screen.
pub fn show(shell: &mut Shell, ui: &mut egui::Ui, layout: Layout, now: f64) {
    match shell.screen.clone() {
        Screen::Start => start::show(shell, ui),
        Screen::Library => library::show(shell, ui, layout),
        Screen::BeforeStart(id) => library::before_start(shell, ui, &id),
        Screen::Lesson => lesson::show(shell, ui, layout, now),
        Screen::Help => help::show(shell, ui),
        Screen::Settings => settings::show(shell, ui),
    }
}

/// The player choices, in the order they are offered.
pub(crate) fn players() -> [(crate::content::model::Audience, crate::i18n::ui_text::UiMsg); 3] {
    use crate::content::model::Audience;
    use crate::i18n::ui_text::*;
    [(Audience::Class, PLAYER_CLASS), (Audience::Family, PLAYER_FAMILY), (Audience::Solo, PLAYER_SOLO)]
}

/// "Who is playing?" as radio choices (start screen and settings).
pub(crate) fn player_choices(shell: &mut Shell, ui: &mut egui::Ui) {
    use super::widgets::{ChoiceState, Mark, choice};
    for (audience, label) in players() {
        let state =
            ChoiceState { selected: shell.settings().player == Some(audience), tried: false, mark: Some(Mark::Radio) };
        if choice(ui, None, &shell.t(label), state, None).clicked() {
            shell.update_settings(|s| s.player = Some(audience));
        }
    }
}

/// The pack's languages as choices, their own names, with "Draft translation" where it applies.
pub(crate) fn language_choices(shell: &mut Shell, ui: &mut egui::Ui) {
    use super::widgets::{ChoiceState, Mark, choice};
    use crate::content::model::TranslationStatus;
    let current = shell.language().to_owned();
    let draft = shell.t(crate::i18n::ui_text::TRANSLATION_DRAFT);
    let languages = shell.library.pack.languages.clone();
    for language in languages {
        let note = (language.status == TranslationStatus::Draft).then_some(draft.as_str());
        let state = ChoiceState { selected: language.code == current, tried: false, mark: Some(Mark::Radio) };
        if choice(ui, None, &language.name, state, note).clicked() {
            shell.update_settings(|s| s.language = Some(language.code.clone()));
        }
    }
}
