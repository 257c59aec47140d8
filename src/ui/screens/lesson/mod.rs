//! The lesson player: the current step drawn from the runtime's view model, with its actions
//! turned into [`Decision`]s. The lesson logic stays in the runtime.

mod chat;
pub(crate) mod class;
mod family;
mod quiz;
mod sort;

use crate::text;
use crate::theme::{self, Layout, Palette, space};
use crate::widgets::{self, Icon};
use crate::{Screen, Shell, egui};
use chatwise_content::model::Audience;
use chatwise_i18n::ui_text;
use chatwise_runtime::{BodyView, Decision, StepView};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, layout: Layout, now: f64) {
    let Some(session) = &shell.session else {
        shell.go(Screen::Library);
        return;
    };
    let view = session.run.view(&shell.loc);
    if layout == Layout::Compact {
        widgets::weak(ui, &view.lesson_title);
    }
    let top = widgets::weak(ui, &view.progress);
    if shell.class_mode() {
        teacher(shell, ui, &view, now);
    }
    // Steps without their own scroll target start at the top.
    let own_target = matches!(&view.body, BodyView::Chat(_))
        || matches!(&view.body, BodyView::Quiz(q) if q.summary.is_some())
        || matches!(&view.body, BodyView::Sort(s) if s.checked);
    if !own_target {
        shell.scroll_here(&top, egui::Align::Min);
    }
    ui.add_space(space::S2);
    match &view.body {
        BodyView::Story { title, body, image } => {
            if let Some(title) = title {
                widgets::heading(ui, title, egui::TextStyle::Heading);
            }
            if let Some(image) = image {
                widgets::picture(ui, &shell.library, &image.path, &image.alt);
            }
            widgets::body(ui, body);
            notes(shell, ui, &view, None);
            nav(shell, ui, &view, true);
        }
        BodyView::Chat(chat) => chat::show(shell, ui, &view, chat, now),
        BodyView::Quiz(quiz) => quiz::show(shell, ui, &view, quiz),
        BodyView::Sort(sort) => sort::show(shell, ui, &view, sort),
        BodyView::Discussion(d) => {
            widgets::weak(ui, &shell.t(ui_text::DISCUSSION_TALK));
            widgets::heading(ui, &d.prompt, egui::TextStyle::Heading);
            let family = shell.settings().player == Some(Audience::Family);
            if shell.settings().player == Some(Audience::Class) {
                for (i, stage) in
                    [ui_text::DISCUSSION_THINK, ui_text::DISCUSSION_PAIR, ui_text::DISCUSSION_SHARE].iter().enumerate()
                {
                    widgets::body(ui, &format!("{}. {}", i + 1, shell.t(*stage)));
                }
            }
            if !d.starters.is_empty() {
                ui.add_space(space::S2);
                widgets::heading(ui, &shell.t(ui_text::DISCUSSION_STARTERS), theme::h2());
                for starter in &d.starters {
                    widgets::row_top(ui, |ui| {
                        text::label(ui, "•");
                        widgets::body(ui, starter);
                    });
                }
            }
            if family && let Some(tip) = &d.parent_tip {
                let palette = Palette::of(ui);
                widgets::semantic_card(ui, palette.info, Icon::Info, &shell.t(ui_text::PARENT_TIP), |ui| {
                    widgets::body(ui, tip)
                });
            }
            let mut extra = Vec::new();
            if let Some(answer) = &d.model_answer {
                extra.push((shell.t(ui_text::MODEL_ANSWER), answer.clone()));
            }
            if !family && let Some(tip) = &d.parent_tip {
                extra.push((shell.t(ui_text::PARENT_TIP), tip.clone()));
            }
            notes(shell, ui, &view, Some(extra));
            nav(shell, ui, &view, true);
        }
        BodyView::Help(help) => {
            widgets::heading(ui, &help.title, egui::TextStyle::Heading);
            super::help::help_card(shell, ui, help.body.as_deref(), &help.points);
            // Where to report a person and who to talk to, for the learner's country, right
            // here in the lesson; everything else is one click away.
            super::help::nearest_help(shell, ui);
            if widgets::secondary_button(ui, &shell.t(ui_text::HELP_OPEN)).clicked() {
                shell.go(Screen::Help);
            }
            notes(shell, ui, &view, None);
            nav(shell, ui, &view, true);
        }
        BodyView::End(end) => {
            let palette = Palette::of(ui);
            widgets::heading(ui, &end.title, egui::TextStyle::Heading);
            if let Some(summary) = &end.summary {
                widgets::body(ui, summary);
            }
            widgets::semantic_card(ui, palette.correct, Icon::Tick, &end.practised_title, |ui| {
                for message in &end.key_messages {
                    widgets::row_top(ui, |ui| {
                        text::label(ui, "•");
                        widgets::body(ui, message);
                    });
                }
            });
            // Only someone playing alone sees a count; classes and families compare nothing.
            if shell.settings().player == Some(Audience::Solo)
                && let Some(line) = &end.safe_replies
            {
                widgets::body(ui, line);
            }
            let lesson_id = shell.session.as_ref().map(|s| s.run.lesson().id.clone()).unwrap_or_default();
            // The learning check again, to see what the lesson changed (it can be skipped).
            if shell.session.as_ref().is_some_and(|s| !s.run.lesson().check.is_empty() && !s.after_checked) {
                ui.add_space(space::S3);
                if widgets::primary_button(ui, &shell.t(ui_text::CHECK_AGAIN)).clicked() {
                    shell.begin_check(chatwise_export::check::When::After);
                }
            }
            if shell.settings().player == Some(Audience::Family) {
                ui.add_space(space::S3);
                family::agreement(shell, ui, &lesson_id);
            }
            ui.add_space(space::S3);
            super::help::help_card(shell, ui, None, &end.help.points);
            super::printables(shell, ui, &lesson_id);
            ui.add_space(space::S3);
            widgets::row_wrapped(ui, |ui| {
                if widgets::secondary_button(ui, &shell.t(ui_text::HELP_OPEN)).clicked() {
                    shell.go(Screen::Help);
                }
                if widgets::primary_button(ui, &shell.t(ui_text::END_BACK_TO_LESSONS)).clicked() {
                    shell.session = None;
                    shell.go(Screen::Library);
                }
            });
        }
    }
}

/// Notes for adults (the step's facilitator notes, plus model answers), closed by default.
fn notes(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, extra: Option<Vec<(String, String)>>) {
    let extra = extra.unwrap_or_default();
    if view.notes.is_empty() && extra.is_empty() {
        return;
    }
    ui.add_space(space::S3);
    let title = shell.t(ui_text::NOTES_FOR_ADULTS);
    widgets::disclosure(ui, ("notes", &view.step_id), &title, false, |ui| {
        for note in &view.notes {
            widgets::body(ui, note);
        }
        for (label, text) in &extra {
            text::label(ui, egui::RichText::new(label).strong());
            widgets::body(ui, text);
        }
    });
}

/// Back (where the step allows) and the main action.
fn nav(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, continue_now: bool) {
    ui.add_space(space::S4);
    widgets::row_wrapped(ui, |ui| {
        if view.can_go_back && widgets::secondary_button(ui, &shell.t(ui_text::BACK)).clicked() {
            shell.decide(Decision::Back);
        }
        if continue_now && (widgets::primary_button(ui, &shell.t(ui_text::CONTINUE)).clicked() || next_key(shell, ui)) {
            shell.decide(Decision::Continue);
        }
    });
}

/// Class mode: Page Down or the right arrow (what presentation clickers send) goes on.
fn next_key(shell: &Shell, ui: &egui::Ui) -> bool {
    shell.class_mode() && ui.input(|i| i.key_pressed(egui::Key::PageDown) || i.key_pressed(egui::Key::ArrowRight))
}

/// Class mode: the step's clock, and the button that opens the teacher's panel
/// (drawn beside the lesson by [`teacher_notes`]).
fn teacher(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, now: f64) {
    if let Some(session) = shell.session.as_mut()
        && session.timed_step.as_deref() != Some(view.step_id.as_str())
    {
        session.timed_step = Some(view.step_id.clone());
        session.step_started = now;
    }
    // With the presenter view open, the notes are on the teacher's screen only.
    if shell.presenter {
        return;
    }
    widgets::row_wrapped(ui, |ui| {
        // Once open, the panel has its own Hide button.
        if !shell.teacher_panel && widgets::secondary_button(ui, &shell.t(ui_text::CLASS_NOTES_SHOW)).clicked() {
            shell.teacher_panel = true;
        }
        if shell.can_present && widgets::secondary_button(ui, &shell.t(ui_text::PRESENTER_OPEN)).clicked() {
            shell.open_presenter();
        }
    });
}

/// The teacher's side panel in class mode: planned time, time on the step, notes and model
/// answers for the current step.
pub fn teacher_notes(shell: &mut Shell, ui: &mut egui::Ui, now: f64) {
    let Some(session) = &shell.session else { return };
    let view = session.run.view(&shell.loc);
    let mut extra = Vec::new();
    if let BodyView::Discussion(d) = &view.body
        && let Some(answer) = &d.model_answer
    {
        extra.push((shell.t(ui_text::MODEL_ANSWER), answer.clone()));
    }
    class::teacher_panel(shell, ui, &view, &extra, now);
}
