//! The frame around every screen, drawn each frame: fonts and style for the reader's language
//! and settings, the header (Back, Settings, the lesson's title, Help and Quick exit), notices,
//! and the body the current screen draws. The model it draws is `Shell` (`lib.rs`).

use egui::{Align, Layout as EguiLayout, TextStyle, Ui};

use chatwise_i18n::ui_text;

use crate::theme::{self, Layout, Palette, StyleKey};
use crate::widgets::{self, Icon};
use crate::{Back, Screen, Shell, fonts, quick_exit, screens, text};

impl Shell {
    /// Draws the whole app into `ui` (the full window).
    pub fn ui(&mut self, ui: &mut Ui) {
        // A presenter page (the browser's second window) is the presenter view alone.
        self.frame(ui, self.follows_projector);
    }

    /// Draws the teacher's presenter view into `ui` (a second window, class mode): the same
    /// header with Help and Quick exit, then the current step's notes, timings, answers, hand
    /// counts and the controls that move the class on. The projector window shows none of it.
    pub fn presenter_ui(&mut self, ui: &mut Ui) {
        self.frame(ui, true);
    }

    /// One window's frame: fonts and style for this window's context, the header, the body.
    fn frame(&mut self, ui: &mut Ui, presenter: bool) {
        let ctx = ui.ctx().clone();
        // Kept per window: each egui context needs the fonts and style installed once.
        let fonts_id = egui::Id::new("chatwise-fonts-installed");
        let installed = (self.language().to_owned(), fonts::generation());
        let before_install: Option<(String, usize)> = ctx.data(|d| d.get_temp(fonts_id));
        if before_install.as_ref() != Some(&installed) {
            // Fonts take effect from the next frame; the first time, draw nothing until then.
            theme::install_fonts(&ctx, &self.writing());
            ctx.data_mut(|d| d.insert_temp(fonts_id, installed));
            ctx.request_repaint();
            if before_install.is_none() {
                return;
            }
        }
        if self.exited {
            blank(&ctx);
            return;
        }
        // The window's accessible name and language: a screen reader says "ChatWise" and reads
        // every label in the reader's language (egui's root node has neither).
        let language = self.language().to_owned();
        let name =
            if presenter { format!("ChatWise: {}", self.t(ui_text::PRESENTER_TITLE)) } else { "ChatWise".to_owned() };
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            root.set_label(name);
            root.set_language(language);
        });
        // Class mode: projector type sizes, whatever the window; the presenter view is read
        // close up, on the teacher's laptop.
        let layout = Layout::for_width(ui.available_width(), self.class_mode() && !presenter);
        let key = StyleKey {
            layout,
            text_scale: self.saved.settings.text_scale,
            high_contrast: self.saved.settings.high_contrast,
            reduced_motion: self.saved.settings.reduced_motion,
        };
        let style_id = egui::Id::new("chatwise-style-key");
        if ctx.data(|d| d.get_temp::<StyleKey>(style_id)) != Some(key) {
            theme::apply(&ctx, key);
            ctx.data_mut(|d| d.insert_temp(style_id, key));
        }
        // The root Ui was made before this frame's style change; children inherit from it.
        ui.set_style(ctx.global_style());
        let now = ctx.input(|i| i.time);
        if let Some(at) = self.shift.lapses_at() {
            ctx.request_repaint_after_secs((at - now).max(0.0) as f32 + 0.05);
        }
        let before = self.view_fingerprint();
        self.header(ui, layout, now);
        if self.exited {
            blank(&ctx);
            return;
        }
        if presenter {
            self.presenter_body(ui, layout, now);
        } else {
            self.body(ui, layout, now);
        }
        // A press handled in this frame (above all a key press, which brings no further input
        // events) changed what is on screen: draw it now, not at the next mouse move. The
        // other window follows at its next frame (the glue draws both when either changes).
        if self.view_fingerprint() != before {
            ctx.request_repaint();
        }
    }

    fn presenter_body(&mut self, ui: &mut Ui, layout: Layout, now: f64) {
        let palette = Palette::of(ui);
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(palette.page).inner_margin(egui::Margin::same(layout.margin() as i8)))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                    widgets::column(ui, |ui| {
                        self.notices_ui(ui);
                        screens::presenter(self, ui, now);
                    });
                });
            });
    }

    /// A summary of everything the body's look depends on, to tell when a frame changed it.
    fn view_fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        format!("{:?}{:?}{:?}{}", self.screen, self.filters, self.saved.settings, self.notices.len()).hash(&mut hasher);
        if let Some(s) = &self.session {
            (s.decisions.len(), &s.message, s.typing_shown).hash(&mut hasher);
            s.run.hash_phase(&mut hasher);
            (s.tallies.values().sum::<u32>(), self.teacher_panel).hash(&mut hasher);
        }
        hasher.finish()
    }

    fn body(&mut self, ui: &mut Ui, layout: Layout, now: f64) {
        let palette = Palette::of(ui);
        // Class mode: the teacher's notes beside the lesson, until the teacher hides them.
        if self.class_mode() && self.teacher_panel && !self.presenter && self.screen == Screen::Lesson {
            let width = (ui.available_width() * 0.3).clamp(280.0, 520.0);
            egui::Panel::right("teacher-notes")
                .resizable(false)
                .exact_size(width)
                .frame(egui::Frame::new().fill(palette.card).inner_margin(egui::Margin::same(16)))
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().id_salt("teacher-notes-scroll").show(ui, |ui| {
                        screens::teacher_notes(self, ui, now);
                    });
                });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(palette.page).inner_margin(egui::Margin::symmetric(0, 0)))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                    let margin = layout.margin();
                    let column = (ui.available_width() - margin * 2.0).min(layout.column_width()).max(120.0);
                    let side = ((ui.available_width() - column) / 2.0).max(0.0);
                    ui.horizontal_top(|ui| {
                        // No gap after the side margin, or the column ends past the window's
                        // right edge (by the item spacing, which grows with the text size).
                        let gap = ui.spacing().item_spacing.x;
                        ui.spacing_mut().item_spacing.x = 0.0;
                        ui.add_space(side);
                        ui.vertical(|ui| {
                            ui.spacing_mut().item_spacing.x = gap;
                            ui.set_width(column);
                            // Content lines up at the start edge: the right, in a right-to-left language.
                            widgets::column(ui, |ui| {
                                ui.add_space(layout.margin());
                                self.notices_ui(ui);
                                screens::show(self, ui, layout, now);
                                ui.add_space(layout.margin() * 2.0);
                            });
                        });
                    });
                });
            });
    }

    /// The header, drawn first and never covered: back and settings on the left, the lesson
    /// title in the middle, Help and Quick exit on the right (Quick exit outermost and first in
    /// tab order). When they do not fit, Quick exit gets a full-width strip above the header.
    fn header(&mut self, ui: &mut Ui, layout: Layout, now: f64) {
        let palette = Palette::of(ui);
        let exit = self.t(ui_text::QUICK_EXIT);
        let help = self.t(ui_text::HELP);
        let compact = layout == Layout::Compact;
        let button_height = (ui.text_style_height(&TextStyle::Button) + theme::space::S3).max(theme::TARGET);
        let height = layout.header_height().max(button_height + 12.0);
        let margin = layout.margin() / 2.0;
        let gaps = 4.0 * ui.spacing().item_spacing.x + 2.0 * margin;
        let needed =
            widgets::icon_button_width(ui, &exit) + widgets::icon_button_width(ui, &help) + 2.0 * theme::TARGET + gaps;
        let strip = needed > ui.available_width();
        let frame = egui::Frame::new().fill(palette.card).inner_margin(egui::Margin::symmetric(margin as i8, 6));
        if strip {
            egui::Panel::top("quick-exit-strip").frame(frame).show(ui, |ui| {
                ui.with_layout(EguiLayout::top_down_justified(Align::Center), |ui| {
                    if widgets::quick_exit_strip(ui, &exit).clicked() {
                        self.quick_exit();
                    }
                });
            });
            if self.exited {
                return;
            }
        }
        // Quick exit and Help at the end edge, back and settings at the start: mirrored in a
        // right-to-left language. Quick exit is added first, so it stays first in tab order.
        let rtl = text::is_rtl(ui);
        let (outer, inner) = if rtl {
            (EguiLayout::left_to_right(Align::Center), EguiLayout::right_to_left(Align::Center))
        } else {
            (EguiLayout::right_to_left(Align::Center), EguiLayout::left_to_right(Align::Center))
        };
        egui::Panel::top("header").exact_size(height).frame(frame).show(ui, |ui| {
            ui.with_layout(outer, |ui| {
                if !strip {
                    if widgets::icon_button(
                        ui,
                        Icon::Exit,
                        &exit,
                        palette.exit_fill,
                        egui::Color32::WHITE,
                        palette.exit_border,
                    )
                    .clicked()
                    {
                        self.quick_exit();
                        return;
                    }
                    if !compact {
                        shift_hint(ui, &self.t(ui_text::QUICK_EXIT_HINT), self.shift.presses(now), palette);
                    }
                }
                if widgets::icon_button(
                    ui,
                    Icon::Help,
                    &help,
                    palette.help.stripe,
                    palette.on_help(),
                    palette.exit_border,
                )
                .clicked()
                {
                    self.open_help();
                }
                // A presenter page follows the projector page: it has nowhere else to go.
                if !self.follows_projector {
                    ui.with_layout(inner, |ui| self.header_left(ui, layout));
                }
            });
        });
    }

    /// Back ("Lessons" or "Back"), Settings and, on wider screens, the lesson title.
    fn header_left(&mut self, ui: &mut Ui, layout: Layout) {
        let palette = Palette::of(ui);
        let compact = layout == Layout::Compact;
        let back = match self.screen.back() {
            Back::None => None,
            Back::Return => Some(self.t(ui_text::NAV_BACK)),
            Back::Lessons => Some(self.t(ui_text::NAV_LESSONS)),
        };
        if let Some(back) = back {
            let clicked = if compact {
                widgets::icon_only_button(ui, Icon::Back, &back).clicked()
            } else {
                widgets::icon_button(ui, Icon::Back, &back, palette.card, palette.primary, Some(palette.border))
                    .clicked()
            };
            if clicked {
                match self.screen.back() {
                    Back::Return => self.go_back(),
                    Back::Lessons | Back::None => self.go(Screen::Library),
                }
            }
        }
        if self.screen.offers_settings() {
            let settings = self.t(ui_text::NAV_SETTINGS);
            let clicked = if compact {
                widgets::icon_only_button(ui, Icon::Settings, &settings).clicked()
            } else {
                widgets::icon_button(ui, Icon::Settings, &settings, palette.card, palette.primary, Some(palette.border))
                    .clicked()
            };
            if clicked {
                self.go(Screen::Settings);
            }
        }
        if !compact
            && self.screen == Screen::Lesson
            && let Some(session) = &self.session
        {
            let title = self.loc.text(session.run.lesson().title.as_str());
            let name = title.clone();
            let title = egui::RichText::new(title).text_style(TextStyle::Body).strong();
            let response = text::label_one_line(ui, title);
            widgets::mark_heading(ui, &response, &name, 1);
        }
    }

    fn notices_ui(&mut self, ui: &mut Ui) {
        let palette = Palette::of(ui);
        let mut dismiss = None;
        for (i, notice) in self.notices.iter().enumerate() {
            let dismiss_label = self.loc.text(ui_text::NOTICE_DISMISS.id);
            widgets::semantic_card(ui, palette.info, Icon::Info, &notice.text, |ui| {
                for line in &notice.details {
                    text::label(ui, egui::RichText::new(line).monospace());
                }
                if widgets::secondary_button(ui, &dismiss_label).clicked() {
                    dismiss = Some(i);
                }
            });
            ui.add_space(theme::space::S3);
        }
        if let Some(i) = dismiss {
            self.notices.remove(i);
        }
    }
}

/// Covers the whole window in the page colour: after a quick exit nothing of the lesson stays
/// visible, in the same frame as the click or the third Shift.
fn blank(ctx: &egui::Context) {
    ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::new("quick-exit"))).rect_filled(
        ctx.content_rect().expand(8.0),
        0.0,
        Palette::LIGHT.page,
    );
}

/// "Shift x3" and three dots that fill as Shift presses are counted (painted: Noto Sans has
/// no circle glyphs).
fn shift_hint(ui: &mut Ui, hint: &str, presses: u8, palette: &Palette) {
    let format =
        egui::text::TextFormat::simple(egui::FontId::new(14.0, egui::FontFamily::Proportional), palette.weak_text);
    let galley = text::galley_with(ui, hint, format, None);
    let size = egui::vec2(galley.size().x.max(3.0 * 14.0), 36.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    // Painted, so screen readers get the words as a label (with how many presses so far).
    let said = if presses > 0 { format!("{hint} ({presses}/{})", quick_exit::PRESSES) } else { hint.to_owned() };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &said));
    text::paint(ui, egui::pos2(rect.center().x - galley.size().x / 2.0, rect.top()), galley, palette.weak_text);
    for i in 0..quick_exit::PRESSES {
        let center = egui::pos2(rect.center().x + (f32::from(i) - 1.0) * 14.0, rect.bottom() - 7.0);
        if i < presses {
            ui.painter().circle_filled(center, 4.5, palette.exit_fill);
        } else {
            ui.painter().circle_stroke(center, 4.0, egui::Stroke::new(1.5, palette.weak_text));
        }
    }
}
