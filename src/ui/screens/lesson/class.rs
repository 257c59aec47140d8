//! Class mode on a projector: the teacher sets the pace. At each decision the class talks
//! first and shows hands; the teacher counts them per option (+/-, counts only, never names,
//! kept in memory only) and reveals the answers with one click. The teacher's panel (planned
//! time, notes, model answers) can be hidden from the projection.

use crate::text;
use crate::theme::{Palette, space};
use crate::widgets::{self, Icon};
use crate::{Shell, egui};
use chatwise_i18n::{FluentArgs, ui_text};
use chatwise_runtime::{Decision, StepView};

/// The tally for option `option` of the current step.
pub fn hands(shell: &Shell, option: usize) -> u32 {
    shell.session.as_ref().and_then(|s| s.tallies.get(&(s.run.step().id.clone(), option)).copied()).unwrap_or(0)
}

/// "− 3 hands +" under an option: the teacher's count of raised hands.
pub fn tally_row(shell: &mut Shell, ui: &mut egui::Ui, option: usize, letter: char) {
    let count = hands(shell, option);
    let change = hands_stepper(shell, ui, &letter.to_string(), count);
    if change != 0 {
        shell.change_hands(option, change);
    }
}

/// "− 3 hands +": a count of raised hands for the answer named `option` (its letter, or its
/// words), with buttons a screen reader names "One more hand for …". Returns the change the
/// teacher asked for: +1, −1 or 0. Counts only, never names.
pub fn hands_stepper(shell: &Shell, ui: &mut egui::Ui, option: &str, count: u32) -> i32 {
    let mut args = FluentArgs::new();
    args.set("option", option.to_owned());
    let fewer = shell.t_with(ui_text::CLASS_HANDS_FEWER, &args);
    let more = shell.t_with(ui_text::CLASS_HANDS_MORE, &args);
    let mut count_args = FluentArgs::new();
    count_args.set("count", count);
    let label = shell.t_with(ui_text::CLASS_HANDS, &count_args);
    widgets::row(ui, |ui| {
        ui.add_space(space::S4);
        let minus = widgets::icon_only_button(ui, Icon::Minus, &fewer);
        widgets::body(ui, &label);
        let plus = widgets::icon_only_button(ui, Icon::Plus, &more);
        if plus.clicked() {
            1
        } else if minus.clicked() {
            -1
        } else {
            0
        }
    })
    .inner
}

/// A chat decision in class mode: every reply with its tally; after Reveal, each reply's
/// verdict and feedback, and the teacher clicks the reply the class chose to go on.
pub fn chat_replies(shell: &mut Shell, ui: &mut egui::Ui, replies: &[chatwise_runtime::ChoiceView]) -> Option<usize> {
    let palette = Palette::of(ui);
    // The reveal is the lesson's (`Decision::Reveal`), so it survives a resume.
    let shown = replies.iter().any(|r| r.revealed.is_some());
    widgets::weak(ui, &shell.t(if shown { ui_text::CLASS_CHOOSE_REPLY } else { ui_text::CLASS_DISCUSS_FIRST }));
    let mut chosen = None;
    for (i, reply) in replies.iter().enumerate() {
        // Before the reveal a click does nothing: the class talks first.
        if widgets::choice(ui, Some(reply.letter), &reply.text, widgets::ChoiceState::default(), None).clicked()
            && shown
        {
            chosen = Some(i);
        }
        if let Some(meaning) = &reply.revealed {
            let (colours, icon) = widgets::verdict_style(palette, meaning.verdict);
            widgets::semantic_card(ui, colours, icon, &meaning.title, |ui| {
                if let Some(body) = &meaning.body {
                    widgets::body(ui, body);
                }
            });
        }
        tally_row(shell, ui, i, reply.letter);
    }
    if !shown {
        ui.add_space(space::S3);
        if widgets::primary_button(ui, &shell.t(ui_text::CLASS_REVEAL)).clicked() {
            shell.decide(Decision::Reveal);
        }
    }
    chosen
}

/// The teacher's side panel: planned time for this step, how long the class has been on it,
/// the step's notes and model answers. Never shown as pressure on learners: it can be hidden.
pub fn teacher_panel(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, extra: &[(String, String)], now: f64) {
    widgets::heading(ui, &shell.t(ui_text::CLASS_TEACHER_NOTES), egui::TextStyle::Heading);
    // In the presenter window the notes are the whole point; beside the lesson they can hide.
    if !shell.presenter
        && !shell.follows_projector
        && widgets::secondary_button(ui, &shell.t(ui_text::CLASS_NOTES_HIDE)).clicked()
    {
        shell.teacher_panel = false;
    }
    ui.add_space(space::S2);
    let step_minutes = shell.session.as_ref().and_then(|s| s.run.step().minutes);
    if let Some(minutes) = step_minutes {
        let mut args = FluentArgs::new();
        args.set("minutes", minutes);
        widgets::body(ui, &shell.t_with(ui_text::CLASS_PLANNED, &args));
    }
    let started = shell.session.as_ref().map_or(now, |s| s.step_started);
    let elapsed = (now - started).max(0.0);
    let mut args = FluentArgs::new();
    args.set("minutes", (elapsed / 60.0).floor() as u32);
    widgets::weak(ui, &shell.t_with(ui_text::CLASS_ON_STEP, &args));
    // Drawn again when the next minute starts, and not before (the glue wakes the app then:
    // src/app/reactive.rs).
    ui.ctx().request_repaint_after_secs((60.0 - elapsed % 60.0) as f32 + 0.05);
    widgets::weak(ui, &shell.t(ui_text::CLASS_NEXT_KEY));
    for note in &view.notes {
        ui.add_space(space::S2);
        widgets::body(ui, note);
    }
    for (label, text) in extra {
        ui.add_space(space::S2);
        text::label(ui, egui::RichText::new(label).strong());
        widgets::body(ui, text);
    }
}
