//! Class mode's presenter view, in its own window on the teacher's screen: the current step's
//! planned and elapsed minutes, notes and model answers, the class's hand counts and the
//! controls that move the lesson on (Reveal, the reply the class chose, Continue, Page Down).
//! The projector window shows the same lesson from the same `Shell`, without any of the notes.

use chatwise_i18n::ui_text;
use chatwise_runtime::{BodyView, Decision, Pending};

use crate::screens::lesson::{class, teacher_notes};
use crate::theme::{self, space};
use crate::widgets;
use crate::{Screen, Shell, egui};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, now: f64) {
    widgets::heading(ui, &shell.t(ui_text::PRESENTER_TITLE), egui::TextStyle::Heading);
    widgets::body(ui, &shell.t(ui_text::PRESENTER_INTRO));
    if widgets::secondary_button(ui, &shell.t(ui_text::PRESENTER_CLOSE)).clicked() {
        shell.close_presenter();
        return;
    }
    ui.add_space(space::S3);
    let Some(session) = shell.session.as_ref().filter(|_| shell.screen == Screen::Lesson) else {
        widgets::body(ui, &shell.t(ui_text::PRESENTER_WAITING));
        return;
    };
    let view = session.run.view(&shell.loc);
    let pending = session.run.pending();
    widgets::heading(ui, &view.lesson_title, theme::h2());
    widgets::weak(ui, &view.progress);
    ui.add_space(space::S2);
    teacher_notes(shell, ui, now);
    ui.add_space(space::S3);
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
            if let Pending::Reply { tried, .. } = &pending
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
        _ => {}
    }
    // Continue, from the button or a presentation clicker (Page Down, the right arrow).
    if pending == Pending::Continue {
        ui.add_space(space::S3);
        let clicked = widgets::primary_button(ui, &shell.t(ui_text::CONTINUE)).clicked();
        let key = ui.input(|i| i.key_pressed(egui::Key::PageDown) || i.key_pressed(egui::Key::ArrowRight));
        if clicked || key {
            shell.decide(Decision::Continue);
        }
    }
}
