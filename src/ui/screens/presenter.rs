//! Class mode's presenter view, in its own window on the teacher's screen: the current step's
//! planned and elapsed minutes, notes and model answers, the class's hand counts and the
//! controls that move the lesson on (Reveal, the reply the class chose, Continue, Page Down).
//! The projector window shows the same lesson from the same `Shell`, without any of the notes.

use chatwise_i18n::FluentArgs;
use chatwise_i18n::ui_text;
use chatwise_runtime::{BodyView, Decision, Pending};

use crate::screens::lesson::{class, teacher_notes};
use crate::theme::{self, space};
use crate::widgets;
use crate::{Screen, Shell, egui};

/// Presenter views at least this wide (in points, at 100% text; twice as wide at 200%) put the
/// notes beside the class's controls, so Reveal and Continue stay in sight on a laptop's screen.
const TWO_COLUMNS_FROM: f32 = 880.0;

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, now: f64) {
    // Kept short at the top, so Reveal and Continue fit on a laptop's screen below.
    let close = widgets::row_wrapped(ui, |ui| {
        widgets::heading(ui, &shell.t(ui_text::PRESENTER_TITLE), egui::TextStyle::Heading);
        ui.add_space(space::S4);
        widgets::secondary_button(ui, &shell.t(ui_text::PRESENTER_CLOSE)).clicked()
    })
    .inner;
    if close {
        shell.close_presenter();
        return;
    }
    widgets::weak(ui, &shell.t(ui_text::PRESENTER_INTRO));
    ui.add_space(space::S3);
    let Some(session) = shell.session.as_ref().filter(|_| shell.screen == Screen::Lesson) else {
        widgets::body(ui, &shell.t(ui_text::PRESENTER_WAITING));
        return;
    };
    let view = session.run.view(&shell.loc);
    let pending = session.run.pending();
    widgets::row_wrapped(ui, |ui| {
        widgets::heading(ui, &view.lesson_title, theme::h2());
        ui.add_space(space::S3);
        widgets::weak(ui, &view.progress);
    });
    ui.add_space(space::S2);
    if ui.available_width() >= TWO_COLUMNS_FROM * shell.settings().text_scale {
        // The class's step and its controls at the start edge, the notes beside them.
        let rtl = crate::text::is_rtl(ui);
        let gap = ui.spacing().item_spacing.x;
        ui.scope(|ui| {
            // A wider gap between the columns only; inside them, the usual spacing.
            ui.spacing_mut().item_spacing.x = space::S6;
            ui.columns(2, |columns| {
                let (start, end) = columns.split_at_mut(1);
                let (controls_ui, notes_ui) =
                    if rtl { (&mut end[0], &mut start[0]) } else { (&mut start[0], &mut end[0]) };
                controls_ui.spacing_mut().item_spacing.x = gap;
                notes_ui.spacing_mut().item_spacing.x = gap;
                // Each column lines up at the start edge, not stretched across its width.
                widgets::column(controls_ui, |ui| controls(shell, ui, &view, &pending));
                widgets::column(notes_ui, |ui| notes(shell, ui, now));
            });
        });
    } else {
        notes(shell, ui, now);
        ui.add_space(space::S3);
        controls(shell, ui, &view, &pending);
    }
}

/// The step's notes, timings and model answers, then what comes next.
fn notes(shell: &mut Shell, ui: &mut egui::Ui, now: f64) {
    teacher_notes(shell, ui, now);
    ui.add_space(space::S3);
    coming(shell, ui);
}

/// What the class sees to answer, with the hand counts, Reveal, the class's reply and Continue.
fn controls(shell: &mut Shell, ui: &mut egui::Ui, view: &chatwise_runtime::StepView, pending: &Pending) {
    match &view.body {
        BodyView::Chat(chat) => {
            widgets::body(ui, &chat.prompt);
            let revealed = chat.replies.iter().any(|r| r.revealed.is_some());
            for (i, reply) in chat.replies.iter().enumerate() {
                widgets::body(ui, &format!("{}. {}", reply.letter, reply.text));
                if let Some(feedback) = &reply.revealed {
                    widgets::weak(ui, &feedback.title);
                }
                class::tally_row(shell, ui, i, reply.letter);
            }
            if !revealed
                && chat.feedback.is_none()
                && widgets::primary_button(ui, &shell.t(ui_text::CLASS_REVEAL)).clicked()
            {
                shell.decide(Decision::Reveal);
            }
            // Then the reply the class chose, as on the projector.
            if let Pending::Reply { tried, .. } = pending
                && revealed
            {
                widgets::body(ui, &shell.t(ui_text::CLASS_CHOOSE_REPLY));
                for (i, reply) in chat.replies.iter().enumerate().filter(|(i, _)| !tried.contains(i)) {
                    if widgets::secondary_button(ui, &format!("{}. {}", reply.letter, reply.text)).clicked() {
                        shell.decide(Decision::Reply(i));
                    }
                }
            }
        }
        BodyView::Quiz(quiz) => {
            widgets::body(ui, &quiz.question);
            for (i, option) in quiz.options.iter().enumerate() {
                widgets::body(ui, &format!("{}. {}", option.letter, option.text));
                if let Some(feedback) = &option.feedback {
                    widgets::weak(ui, feedback);
                }
                class::tally_row(shell, ui, i, option.letter);
            }
            if quiz.summary.is_none() && widgets::primary_button(ui, &shell.t(ui_text::CLASS_REVEAL)).clicked() {
                shell.decide(Decision::Reveal);
            }
        }
        // Other steps: their title or first words, so the teacher can read along.
        _ => {
            if let Some(session) = &shell.session {
                widgets::body(ui, &session.run.headline(&shell.loc));
            }
        }
    }
    // Continue, from the button or a presentation clicker (Page Down, the right arrow).
    if *pending == Pending::Continue {
        ui.add_space(space::S3);
        let clicked = widgets::primary_button(ui, &shell.t(ui_text::CONTINUE)).clicked();
        let key = ui.input(|i| i.key_pressed(egui::Key::PageDown) || i.key_pressed(egui::Key::ArrowRight));
        if clicked || key {
            shell.decide(Decision::Continue);
        }
    }
}

/// What comes after this step, so the teacher can lead into it: the next step's kind, planned
/// minutes and first words, or each step the class's answer may lead to.
fn coming(shell: &Shell, ui: &mut egui::Ui) {
    let steps = shell.session.as_ref().map(|s| s.run.coming(&shell.loc)).unwrap_or_default();
    let heading = match steps.len() {
        0 => ui_text::PRESENTER_LAST,
        1 => ui_text::PRESENTER_NEXT,
        _ => ui_text::PRESENTER_NEXT_DEPENDS,
    };
    widgets::heading(ui, &shell.t(heading), theme::h2());
    for step in &steps {
        let kind = match step.minutes {
            Some(minutes) => {
                let mut args = FluentArgs::new();
                args.set("kind", step.kind.clone());
                args.set("minutes", minutes);
                shell.t_with(ui_text::PRESENTER_NEXT_TIMED, &args)
            }
            None => step.kind.clone(),
        };
        widgets::weak(ui, &kind);
        widgets::body(ui, &step.headline);
    }
}
