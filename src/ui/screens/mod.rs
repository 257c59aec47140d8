//! One file per screen; each draws into the reading column.

mod check;
pub(crate) mod help;
mod lesson;
mod library;
mod presenter;
mod settings;
mod start;

use super::theme::{self, Layout, space};
use super::{Screen, Shell, egui, widgets};
use chatwise_i18n::ui_text;

/// Draws the current screen.
pub fn show(shell: &mut Shell, ui: &mut egui::Ui, layout: Layout, now: f64) {
    match shell.screen.clone() {
        Screen::Start => start::show(shell, ui),
        Screen::Library => library::show(shell, ui, layout),
        Screen::BeforeStart(id) => library::before_start(shell, ui, &id),
        Screen::Lesson => lesson::show(shell, ui, layout, now),
        Screen::Check(when) => check::show(shell, ui, when),
        Screen::Help => help::show(shell, ui),
        Screen::Settings => settings::show(shell, ui),
    }
}

/// The presenter view (class mode's second window).
pub fn presenter(shell: &mut Shell, ui: &mut egui::Ui, now: f64) {
    presenter::show(shell, ui, now);
}

/// The player choices, in the order they are offered.
pub(crate) fn players() -> [(chatwise_content::model::Audience, chatwise_i18n::ui_text::UiMsg); 3] {
    use chatwise_content::model::Audience;
    use chatwise_i18n::ui_text::*;
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
    use chatwise_content::model::TranslationStatus;
    let current = shell.language().to_owned();
    let draft = shell.t(chatwise_i18n::ui_text::TRANSLATION_DRAFT);
    let languages = shell.library.pack.languages.clone();
    // Each name is in its own script ("हिन्दी", "اردو"), drawn by the built-in language-name fonts
    // where the script's own font is not here (assets/fonts/fonts.ron, `names`).
    for language in languages {
        let note = (language.status == TranslationStatus::Draft).then_some(draft.as_str());
        let state = ChoiceState { selected: language.code == current, tried: false, mark: Some(Mark::Radio) };
        let response = choice(ui, None, &language.name, state, note);
        // Each name in its own language, so a screen reader says "Українська" with a Ukrainian voice.
        ui.ctx().accesskit_node_builder(response.id, |node| node.set_language(language.code.clone()));
        if response.clicked() {
            shell.update_settings(|s| s.language = Some(language.code.clone()));
        }
    }
}

pub use lesson::teacher_notes;

/// For teachers and families: the lesson plan and the take-home sheet, to print or save.
pub fn printables(shell: &mut Shell, ui: &mut egui::Ui, lesson_id: &str) {
    use chatwise_content::model::Audience;
    use chatwise_export::Document;
    let player = shell.settings().player;
    if !matches!(player, Some(Audience::Class | Audience::Family)) {
        return;
    }
    ui.add_space(space::S4);
    widgets::heading(ui, &shell.t(ui_text::PRINT_TITLE), theme::h2());
    widgets::row_wrapped(ui, |ui| {
        if player == Some(Audience::Class) && widgets::secondary_button(ui, &shell.t(ui_text::PRINT_PLAN)).clicked() {
            shell.save_document(Document::Plan, lesson_id);
        }
        if widgets::secondary_button(ui, &shell.t(ui_text::PRINT_HANDOUT)).clicked() {
            shell.save_document(Document::Handout, lesson_id);
        }
    });
    check_results(shell, ui, lesson_id);
}

/// The learning check's counts for this lesson, and how to keep them: a CSV file to send to
/// the NGO, or a page to print. Shown once anything has been counted.
fn check_results(shell: &mut Shell, ui: &mut egui::Ui, lesson_id: &str) {
    use chatwise_export::Document;
    use chatwise_export::check::When;
    let Some(counts) = shell.check_counts(lesson_id) else { return };
    let mut args = chatwise_i18n::FluentArgs::new();
    args.set("before", counts.answered(When::Before));
    args.set("after", counts.answered(When::After));
    ui.add_space(space::S3);
    widgets::heading(ui, &shell.t(ui_text::CHECK_RESULTS), theme::h2());
    widgets::body(ui, &shell.t_with(ui_text::CHECK_COUNTED, &args));
    widgets::row_wrapped(ui, |ui| {
        if widgets::secondary_button(ui, &shell.t(ui_text::CHECK_RESULTS_CSV)).clicked() {
            shell.save_check_csv(lesson_id);
        }
        if widgets::secondary_button(ui, &shell.t(ui_text::CHECK_RESULTS_PRINT)).clicked() {
            shell.save_document(Document::CheckResults, lesson_id);
        }
    });
}
