//! A practice chat: bubbles, the contact's name and avatar, a typing indicator, replies as
//! large choices, and a feedback card that replaces the replies after a choice.

use egui::{Align, Color32, CornerRadius, Layout as EguiLayout, Stroke};

use crate::text;
use crate::theme::{AVATAR_FILLS, Palette, space};
use crate::widgets::{self, ChoiceState};
use crate::{Shell, egui};
use chatwise_i18n::{FluentArgs, ui_text};
use chatwise_runtime::{ChatView, Decision, Sender, StepView};

/// Typing time before a message appears: 600 ms plus 20 ms a character, at most 2 s.
fn typing_seconds(text: &str) -> f64 {
    (0.6 + 0.02 * text.chars().count() as f64).min(2.0)
}

pub fn show(shell: &mut Shell, ui: &mut egui::Ui, view: &StepView, chat: &ChatView, now: f64) {
    let palette = Palette::of(ui);
    // This step's incoming messages appear one at a time, unless motion is reduced.
    let new_count = chat.new_messages;
    let choosing = chat.feedback.is_none();
    let reduced = shell.settings().reduced_motion;
    let shown = {
        let Some(session) = shell.session.as_mut() else { return };
        if session.typing_step.as_deref() != Some(&view.step_id) {
            session.typing_step = Some(view.step_id.clone());
            session.typing_shown = 0;
            session.typing_since = now;
        }
        if reduced || !choosing {
            session.typing_shown = new_count;
        }
        let first_new = chat.bubbles.len().saturating_sub(new_count);
        while session.typing_shown < new_count {
            let due = typing_seconds(&chat.bubbles[first_new + session.typing_shown].text);
            if now - session.typing_since >= due {
                session.typing_since += due;
                session.typing_shown += 1;
            } else {
                ui.ctx().request_repaint_after_secs((session.typing_since + due - now) as f32);
                break;
            }
        }
        session.typing_shown
    };
    let visible = chat.bubbles.len() - (new_count - shown.min(new_count));

    // Contact strip: avatar, name, label and the "Practice chat" tag.
    widgets::row(ui, |ui| {
        avatar(ui, &chat.initials, &chat.contact_name);
        widgets::column(ui, |ui| {
            let name = text::label(ui, egui::RichText::new(&chat.contact_name).strong());
            // The conversation's heading, as in a messenger: a screen reader can jump to it.
            widgets::mark_heading(ui, &name, &chat.contact_name, 2);
            if let Some(label) = &chat.contact_label {
                text::label(ui, egui::RichText::new(label).small().color(palette.weak_text));
            }
        });
        // Pushed to the end of the row, whichever way the language reads.
        let end = if text::is_rtl(ui) {
            EguiLayout::left_to_right(Align::Center)
        } else {
            EguiLayout::right_to_left(Align::Center)
        };
        ui.with_layout(end, |ui| {
            // A plain tag: this is practice, not a real messenger.
            let tag_text = shell.t(ui_text::PRACTICE_CHAT);
            let tag = text::galley(ui, &tag_text, &egui::TextStyle::Small, None);
            let (rect, response) = ui.allocate_exact_size(tag.size() + egui::vec2(16.0, 8.0), egui::Sense::hover());
            // Painted, so give screen readers the words too.
            response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &tag_text));
            ui.painter().rect_stroke(
                rect,
                CornerRadius::same(6),
                Stroke::new(1.5, palette.border),
                egui::StrokeKind::Inside,
            );
            text::paint(ui, rect.min + egui::vec2(8.0, 4.0), tag, palette.text);
        });
    });
    ui.separator();
    // The messages are a log: a screen reader reads each new one as it appears (politely,
    // after what it is saying), as it would in a real messenger.
    let you = shell.t(ui_text::CHAT_YOU);
    ui.scope(|ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(egui::accesskit::Role::Log);
            node.set_live(egui::accesskit::Live::Polite);
            node.set_label(chat.contact_name.clone());
        });
        let said = |name: &str, text: &str| {
            let mut args = FluentArgs::new();
            args.set("name", name.to_owned());
            args.set("text", text.to_owned());
            shell.t_with(ui_text::CHAT_SAID, &args)
        };
        let first_new = chat.bubbles.len().saturating_sub(new_count);
        messages(ui, chat, (first_new, visible), &you, &said);
    });
    if visible < chat.bubbles.len() {
        let mut args = FluentArgs::new();
        args.set("name", chat.contact_name.clone());
        ui.add_space(space::S3);
        widgets::row(ui, |ui| {
            typing_dots(ui, now);
            widgets::weak(ui, &shell.t_with(ui_text::TYPING, &args));
        });
        if widgets::secondary_button(ui, &shell.t(ui_text::CHAT_SKIP)).clicked()
            && let Some(session) = shell.session.as_mut()
        {
            session.typing_shown = new_count;
        }
        return;
    }
    ui.add_space(space::S5);

    match &chat.feedback {
        None => {
            let prompt = widgets::heading(ui, &chat.prompt, crate::theme::h2());
            shell.scroll_here(&prompt, Align::Center);
            if shell.settings().player == Some(chatwise_content::model::Audience::Family) {
                super::family::turn_line(shell, ui, chat.family_turn);
            }
            if shell.class_mode() {
                if let Some(i) = super::class::chat_replies(shell, ui, &chat.replies) {
                    shell.decide(Decision::Reply(i));
                }
            } else {
                let you_tried = shell.t(ui_text::YOU_TRIED);
                for (i, reply) in chat.replies.iter().enumerate() {
                    let state = ChoiceState { tried: reply.tried, ..ChoiceState::default() };
                    let note = reply.tried.then_some(you_tried.as_str());
                    if widgets::choice(ui, Some(reply.letter), &reply.text, state, note).clicked() {
                        shell.decide(Decision::Reply(i));
                    }
                }
            }
            if view.can_go_back {
                ui.add_space(space::S3);
                if widgets::secondary_button(ui, &shell.t(ui_text::BACK)).clicked() {
                    shell.decide(Decision::Back);
                }
            }
        }
        Some(feedback) => {
            let (meaning, icon) = widgets::verdict_style(palette, feedback.verdict);
            let (title, _) = widgets::semantic_card(ui, meaning, icon, &feedback.title, |ui| {
                if let Some(body) = &feedback.body {
                    widgets::body(ui, body);
                }
                ui.add_space(space::S2);
                if widgets::primary_button(ui, &feedback.action).clicked() {
                    shell.decide(Decision::Continue);
                }
            });
            // Focus moves to the feedback, so keyboard and screen-reader users land on it.
            if shell.session.as_ref().is_some_and(|s| s.scroll_pending) {
                title.request_focus();
            }
            shell.scroll_here(&title, Align::Center);
        }
    }
}

/// The messages shown so far, grouped by sender as in a messenger.
/// `said` names the sender for a screen reader, which cannot see which side a bubble is on.
/// `shown` is (the first of this step's new messages, how many are visible so far).
fn messages(ui: &mut egui::Ui, chat: &ChatView, shown: (usize, usize), you: &str, said: &dyn Fn(&str, &str) -> String) {
    let (first_new, visible) = shown;
    let mut previous: Option<Sender> = None;
    for (i, bubble) in chat.bubbles[..visible].iter().enumerate() {
        let gap = if previous == Some(bubble.sender) { space::S1 } else { space::S4 };
        ui.add_space(gap);
        let first_of_run = previous != Some(bubble.sender);
        let from = if bubble.sender == Sender::Contact { chat.contact_name.as_str() } else { you };
        let spoken = said(from, &bubble.text);
        let bubble_text =
            bubble_ui(ui, bubble.sender, &bubble.text, bubble.time.as_deref(), first_of_run, &chat.initials, from);
        ui.ctx().accesskit_node_builder(bubble_text.id, |node| {
            node.set_value(spoken);
            // A new message is announced as it arrives (AccessKit sends a live node's name when
            // it appears: AT-SPI's announcement); earlier ones are only there to read.
            if i >= first_new {
                node.set_live(egui::accesskit::Live::Polite);
            }
        });
        previous = Some(bubble.sender);
    }
}

/// A round avatar with initials (never a photo).
fn avatar(ui: &mut egui::Ui, initials: &str, name: &str) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(40.0, 40.0), egui::Sense::hover());
    let fill = AVATAR_FILLS[name.chars().map(|c| c as usize).sum::<usize>() % AVATAR_FILLS.len()];
    let fill = if ui.visuals().dark_mode { Palette::HIGH_CONTRAST.avatar } else { fill };
    ui.painter().circle_filled(rect.center(), 20.0, fill);
    if ui.visuals().dark_mode {
        ui.painter().circle_stroke(rect.center(), 20.0, Stroke::new(1.0, Color32::WHITE));
    }
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        initials,
        egui::FontId::new(16.0, crate::theme::bold_family()),
        Color32::WHITE,
    );
}

fn bubble_ui(
    ui: &mut egui::Ui,
    sender: Sender,
    text: &str,
    time: Option<&str>,
    first_of_run: bool,
    initials: &str,
    name: &str,
) -> egui::Response {
    let palette = Palette::of(ui);
    let max_width = ui.available_width() * 0.78;
    // Incoming messages sit at the start edge and the learner's own at the end, as in every
    // messenger: mirrored in a right-to-left language. The pointed corner is the sender's.
    let rtl = text::is_rtl(ui);
    let incoming_side = sender == Sender::Contact;
    let (fill, layout) = match (incoming_side, rtl) {
        (true, false) | (false, true) => {
            (if incoming_side { palette.incoming } else { palette.outgoing }, EguiLayout::left_to_right(Align::Min))
        }
        _ => (if incoming_side { palette.incoming } else { palette.outgoing }, EguiLayout::right_to_left(Align::Min)),
    };
    let tail = if first_of_run { 4 } else { 16 };
    let radius = if incoming_side != rtl {
        CornerRadius { nw: tail, ne: 16, sw: 16, se: 16 }
    } else {
        CornerRadius { nw: 16, ne: tail, sw: 16, se: 16 }
    };
    ui.with_layout(layout, |ui| {
        if sender == Sender::Contact {
            if first_of_run {
                avatar(ui, initials, name);
            } else {
                ui.add_space(40.0 + ui.spacing().item_spacing.x);
            }
        }
        // Never past the column's edge (with the frame's margins), whatever the text size.
        let max_width = max_width.min(ui.available_width() - 30.0).max(80.0);
        egui::Frame::new()
            .fill(fill)
            .stroke(palette.bubble_border.map_or(Stroke::NONE, |c| Stroke::new(1.0, c)))
            .corner_radius(radius)
            .inner_margin(egui::Margin::symmetric(14, 10))
            .show(ui, |ui| {
                ui.set_max_width(max_width);
                widgets::column(ui, |ui| {
                    let said = text::label(ui, egui::RichText::new(text).color(palette.text));
                    if let Some(time) = time {
                        text::label(ui, egui::RichText::new(time).small().color(palette.weak_text));
                    }
                    said
                })
                .inner
            })
            .inner
    })
    .inner
}

/// Three dots pulsing on a 1.2 s cycle (still when motion is reduced, as then nothing waits).
fn typing_dots(ui: &mut egui::Ui, now: f64) {
    let palette = Palette::of(ui);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(48.0, 24.0), egui::Sense::hover());
    for i in 0..3 {
        let phase = ((now / 1.2 + i as f64 / 3.0).fract() * std::f64::consts::TAU).sin() as f32;
        let center = rect.left_center() + egui::vec2(8.0 + i as f32 * 16.0, 0.0);
        ui.painter().circle_filled(center, 4.0 + phase.max(0.0) * 1.5, palette.weak_text);
    }
    ui.ctx().request_repaint_after_secs(0.1);
}
