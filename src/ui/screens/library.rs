//! The lesson library with its filters, and the "Before you start" page of sensitive lessons.

use std::sync::Arc;

use crate::text;
use crate::theme::{self, Layout, Palette, TARGET, space};
use crate::widgets::{self, Icon};
use crate::{SHORT_LESSON_MINUTES, Screen, Shell, egui};
use chatwise_content::model::{Lesson, Topic, TranslationStatus};
use chatwise_i18n::{FluentArgs, ui_text};
use chatwise_library::label;

/// Ages up to this count as "younger" in the age filter.
const YOUNGER_MAX_AGE: u8 = 11;

const TOPICS: [Topic; 4] = [Topic::Sexting, Topic::Grooming, Topic::Sextortion, Topic::Reporting];

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, _layout: Layout) {
    widgets::heading(ui, &shell.t(ui_text::LIBRARY_TITLE), egui::TextStyle::Heading);
    let is_draft =
        shell.library.pack.languages.iter().any(|l| l.code == shell.language() && l.status == TranslationStatus::Draft);
    if is_draft {
        widgets::weak(ui, &shell.t(ui_text::TRANSLATION_DRAFT));
    }
    filters(shell, ui);
    ui.add_space(space::S4);

    let lessons: Vec<Arc<Lesson>> = shell.library.pack.lessons.iter().filter(|l| matches(shell, l)).cloned().collect();
    if lessons.is_empty() {
        widgets::body(ui, &shell.t(ui_text::LIBRARY_EMPTY));
    }
    for lesson in lessons {
        lesson_card(shell, ui, &lesson);
        ui.add_space(space::S4);
    }
}

fn matches(shell: &Shell, lesson: &Lesson) -> bool {
    let f = &shell.filters;
    f.topic.is_none_or(|t| lesson.topic == t)
        && f.audience.is_none_or(|a| lesson.audiences.contains(&a))
        && f.short.is_none_or(|short| (lesson.minutes <= SHORT_LESSON_MINUTES) == short)
        && f.younger.is_none_or(|younger| {
            if younger { lesson.ages.0 <= YOUNGER_MAX_AGE } else { lesson.ages.1 > YOUNGER_MAX_AGE }
        })
}

/// A row of equal buttons, one selected: "All" plus each option.
fn filter_row<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    all: &str,
    value: &mut Option<T>,
    options: &[(T, String)],
) -> bool {
    let mut changed = false;
    text::label(ui, egui::RichText::new(label).strong());
    widgets::row_wrapped(ui, |ui| {
        // For a screen reader: a radio group named "Topic" whose options say which is chosen
        // (four filters each have an "All").
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(egui::accesskit::Role::RadioGroup);
            node.set_label(label);
        });
        let mut option = |ui: &mut egui::Ui, text: &str, v: Option<T>| {
            let label = text::widget_text(ui, text, None);
            let selected = *value == v;
            let button = egui::Button::new(label).selected(selected).min_size(egui::vec2(TARGET, TARGET));
            let response = ui.add(button);
            response.widget_info(|| {
                let mut info = egui::WidgetInfo::labeled(egui::WidgetType::RadioButton, true, text);
                info.selected = Some(selected);
                info
            });
            widgets::focus_ring(ui, &response);
            if response.clicked() {
                *value = v;
                changed = true;
            }
        };
        option(ui, all, None);
        for (v, text) in options {
            option(ui, text, Some(*v));
        }
    });
    changed
}

fn filters(shell: &mut Shell, ui: &mut egui::Ui) {
    let all = shell.t(ui_text::FILTER_ALL);
    let topics: Vec<(Topic, String)> = TOPICS
        .iter()
        .filter(|t| shell.library.pack.lessons.iter().any(|l| l.topic == **t))
        .map(|t| (*t, shell.t(label::topic(*t))))
        .collect();
    let audiences: Vec<_> = super::players().iter().map(|(a, m)| (*a, shell.t(*m))).collect();
    let lengths = vec![(true, shell.t(ui_text::FILTER_SHORT)), (false, shell.t(ui_text::FILTER_LONG))];
    let ages = vec![(true, shell.t(ui_text::FILTER_AGE_YOUNGER)), (false, shell.t(ui_text::FILTER_AGE_OLDER))];
    let (topic_label, for_label, length_label, age_label) = (
        shell.t(ui_text::FILTER_TOPIC),
        shell.t(ui_text::FILTER_FOR),
        shell.t(ui_text::FILTER_LENGTH),
        shell.t(ui_text::FILTER_AGE),
    );
    let f = &mut shell.filters;
    filter_row(ui, &topic_label, &all, &mut f.topic, &topics);
    filter_row(ui, &for_label, &all, &mut f.audience, &audiences);
    filter_row(ui, &length_label, &all, &mut f.short, &lengths);
    filter_row(ui, &age_label, &all, &mut f.younger, &ages);
}

fn lesson_card(shell: &mut Shell, ui: &mut egui::Ui, lesson: &Arc<Lesson>) {
    let palette = Palette::of(ui);
    let progress = shell.saved.progress.get(&lesson.id).cloned().unwrap_or_default();
    let in_progress = !progress.decisions.is_empty() && !progress.completed;
    widgets::card(ui, |ui| {
        let mut ages = FluentArgs::new();
        ages.set("min", lesson.ages.0);
        ages.set("max", lesson.ages.1);
        let topic = shell.t(label::topic(lesson.topic));
        widgets::row_wrapped(ui, |ui| {
            text::label(ui, egui::RichText::new(&topic).small().color(palette.primary).strong());
            text::label(ui, egui::RichText::new("·").small());
            text::label(ui, egui::RichText::new(shell.t_with(ui_text::AGES, &ages)).small());
        });
        widgets::heading(ui, &shell.loc.text(lesson.title.as_str()), theme::h2());
        widgets::body(ui, &shell.loc.text(lesson.summary.as_str()));
        let mut minutes = FluentArgs::new();
        minutes.set("minutes", lesson.minutes);
        let audiences: Vec<String> = lesson.audiences.iter().map(|a| shell.t(label::audience(*a))).collect();
        widgets::weak(ui, &format!("{} · {}", shell.t_with(ui_text::MINUTES, &minutes), audiences.join(" · ")));
        if lesson.content_note.is_some() {
            widgets::row_top(ui, |ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(24.0, 24.0), egui::Sense::hover());
                widgets::paint_icon(ui, rect, Icon::Info, palette.info.title);
                widgets::weak(ui, &format!("{} {}", shell.t(ui_text::LESSON_TALKS_ABOUT), topic));
            });
        }
        ui.add_space(space::S2);
        let title = shell.loc.text(lesson.title.as_str());
        widgets::row_wrapped(ui, |ui| {
            if in_progress {
                if widgets::primary_button_for(ui, &shell.t(ui_text::LESSON_CONTINUE), &title).clicked() {
                    shell.open_lesson(&lesson.id);
                }
                if widgets::secondary_button(ui, &shell.t(ui_text::LESSON_RESTART)).clicked() {
                    shell.restart_lesson(&lesson.id);
                }
                let (current, total) = shell.saved_position(lesson);
                let mut args = FluentArgs::new();
                args.set("current", current);
                args.set("total", total);
                widgets::weak(ui, &shell.t_with(ui_text::STEP_OF, &args));
            } else {
                if progress.completed {
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(24.0, TARGET), egui::Sense::hover());
                    widgets::paint_icon(ui, rect, Icon::Tick, palette.correct.title);
                    text::label(ui, egui::RichText::new(shell.t(ui_text::LESSON_DONE)).color(palette.correct.title));
                }
                let label =
                    if progress.completed { shell.t(ui_text::LESSON_RESTART) } else { shell.t(ui_text::START_LESSON) };
                if widgets::primary_button_for(ui, &label, &title).clicked() {
                    shell.restart_lesson(&lesson.id);
                }
            }
        });
    });
}

/// "Before you start": what the lesson talks about, that you can stop any time, and where
/// Help and Quick exit are. Start and Choose another have equal weight.
pub fn before_start(shell: &mut Shell, ui: &mut egui::Ui, id: &str) {
    let Some(lesson) = shell.library.pack.lesson(id).cloned() else {
        shell.go(Screen::Library);
        return;
    };
    let palette = Palette::of(ui);
    widgets::heading(ui, &shell.loc.text(lesson.title.as_str()), egui::TextStyle::Heading);
    let note = lesson.content_note.as_ref().map(|n| shell.loc.text(n.as_str())).unwrap_or_default();
    widgets::semantic_card(ui, palette.info, Icon::Info, &shell.t(ui_text::CONTENT_NOTE_TITLE), |ui| {
        widgets::body(ui, &note);
        widgets::body(ui, &shell.t(ui_text::CONTENT_NOTE_STOP));
    });
    ui.add_space(space::S4);
    widgets::row_wrapped(ui, |ui| {
        if widgets::secondary_button(ui, &shell.t(ui_text::START_LESSON)).clicked() {
            shell.begin_lesson(id);
        }
        if widgets::secondary_button(ui, &shell.t(ui_text::CHOOSE_ANOTHER)).clicked() {
            shell.go(Screen::Library);
        }
    });
    super::printables(shell, ui, id);
}
