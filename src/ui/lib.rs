//! The app's screens as plain egui code over a plain model ([`Shell`]), so every screen can be
//! driven and tested with egui_kittest without a window. Bevy (the `chatwise` crate's `app`) only feeds it
//! input, draws it, and carries out its [`Effect`]s.
//!
//! Screens live in a [`Screen`] enum here rather than in a Bevy state: egui draws them
//! immediately each frame, and keeping navigation in the model lets tests walk it.

pub mod fonts;
pub mod images;
pub mod quick_exit;
mod requests;
pub mod saved;
mod screens;
pub mod text;
pub mod theme;
pub mod widgets;

pub use egui;
use egui::{Align, Layout as EguiLayout, TextStyle, Ui};

use chatwise_base::diagnostic::Diagnostic;
use chatwise_base::script::{self, Writing};
use chatwise_content::model::Audience;
use chatwise_i18n::{FluentArgs, Localizer, ui_text};
use chatwise_library::Library;
use chatwise_runtime::{Decision, LessonRun, Pending};
use quick_exit::{Key, ShiftCounter};
use saved::{Saved, Settings};
use theme::{Layout, Palette, StyleKey};
use widgets::Icon;

/// The screens of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Who is playing, and in which language.
    Start,
    /// Lessons, filtered by topic, length, audience and age.
    Library,
    /// "Before you start": a sensitive lesson's content note, with Start and Choose another.
    BeforeStart(String),
    /// Playing the current session's lesson.
    Lesson,
    /// Help and reporting, one click from anywhere.
    Help,
    Settings,
}

/// Where a screen's Back button leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// No Back button: the start screen and the library are where the reader begins.
    None,
    /// "Lessons": to the library.
    Lessons,
    /// "Back": to the screen Help or Settings was opened from.
    Return,
}

impl Screen {
    /// Each screen's facts, in one place. Its name in `<html data-screen>` (which the browser
    /// tests and the page read) and in `--screen` (screenshots).
    pub fn slug(&self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Library => "library",
            Screen::BeforeStart(_) => "before",
            Screen::Lesson => "lesson",
            Screen::Help => "help",
            Screen::Settings => "settings",
        }
    }

    /// Where its Back button leads.
    pub fn back(&self) -> Back {
        match self {
            Screen::Start | Screen::Library => Back::None,
            Screen::Help | Screen::Settings => Back::Return,
            Screen::Lesson | Screen::BeforeStart(_) => Back::Lessons,
        }
    }

    /// Whether the header offers Settings (not on Settings itself, nor on the start screen,
    /// which has its own choices).
    pub fn offers_settings(&self) -> bool {
        !matches!(self, Screen::Settings | Screen::Start)
    }
}

/// Something only the platform can do, collected during a frame for the Bevy glue to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Settings or progress changed: write them to the device.
    Save,
    /// The quick exit fired: leave now (close on desktop, go to a neutral page on the web).
    QuickExit,
    /// Open this https address in the browser (only ones the pack declares).
    OpenUrl(String),
    /// Save a printable document (a lesson plan, handout or family agreement) and show it:
    /// on desktop a file opened in the browser, on the web a download.
    SaveDocument { file_name: String, html: String },
    /// Show the accessibility statement (web/accessibility.html): the site's page in the
    /// browser; on desktop a copy saved beside the documents and opened in the browser.
    ShowAccessibilityStatement,
}

/// A message shown above the content until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    /// Problem lines under it (e.g. the checker's findings after a broken edit).
    pub details: Vec<String>,
}

/// A lesson being played, with the view state that is not part of the lesson's logic.
#[derive(Debug, Clone)]
pub struct Session {
    pub run: LessonRun,
    /// Every decision so far: saved as progress, replayed to resume.
    pub decisions: Vec<Decision>,
    /// A short notice under the step's controls ("Choose a card first", "Choose one answer.").
    pub message: Option<String>,
    /// After a decision, the next view scrolls its key element (feedback, prompt) into view.
    pub scroll_pending: bool,
    /// Chat: how many of this step's incoming messages have appeared, and since when.
    pub typing_step: Option<String>,
    pub typing_shown: usize,
    pub typing_since: f64,
    /// Class mode: raised hands per (step, option), counts only, in memory only; when the
    /// class reached the current step. (A reveal is the lesson's: `Decision::Reveal`.)
    pub tallies: std::collections::HashMap<(String, usize), u32>,
    pub timed_step: Option<String>,
    pub step_started: f64,
}

impl Session {
    fn new(run: LessonRun) -> Session {
        Session {
            run,
            decisions: Vec::new(),
            message: None,
            scroll_pending: true,
            typing_step: None,
            typing_shown: 0,
            typing_since: 0.0,
            tallies: std::collections::HashMap::new(),
            timed_step: None,
            step_started: 0.0,
        }
    }
}

/// Library filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub topic: Option<chatwise_content::model::Topic>,
    pub short: Option<bool>,
    pub audience: Option<Audience>,
    /// `Some(true)`: lessons for 11 and under; `Some(false)`: for 12 and over.
    pub younger: Option<bool>,
}

/// Lessons no longer than this count as short.
pub const SHORT_LESSON_MINUTES: u32 = 20;

/// The whole app as a plain value: library, settings, progress, screen and current lesson.
pub struct Shell {
    pub library: Library,
    pub loc: Localizer,
    pub saved: Saved,
    pub screen: Screen,
    /// Where Help and Settings return to.
    pub return_to: Option<Screen>,
    pub session: Option<Session>,
    pub filters: Filters,
    pub notices: Vec<Notice>,
    pub shift: ShiftCounter,
    /// Set once the quick exit fires; from then on the screen stays blank.
    pub exited: bool,
    effects: Vec<Effect>,
    system_languages: Vec<String>,
    style_key: Option<StyleKey>,
    /// Class mode: the teacher's panel (notes, planned time) is open. Closed by default, so
    /// nothing meant for the teacher reaches the projection unasked.
    pub teacher_panel: bool,
    /// Family mode: the agreement line being typed.
    pub agreement_draft: String,
    /// The language the fonts were installed for, and the font files' generation then.
    fonts_installed: Option<(String, usize)>,
}

impl Shell {
    /// A shell over `library`, with what was saved on the device and the system's languages.
    pub fn new(library: Library, saved: Saved, system_languages: Vec<String>) -> Shell {
        let screen = if saved.settings.player.is_some() { Screen::Library } else { Screen::Start };
        let mut shell = Shell {
            loc: library.localizer(&[]),
            library,
            saved,
            screen,
            return_to: None,
            session: None,
            filters: Filters::default(),
            notices: Vec::new(),
            shift: ShiftCounter::default(),
            exited: false,
            effects: Vec::new(),
            system_languages,
            style_key: None,
            teacher_panel: false,
            agreement_draft: String::new(),
            fonts_installed: None,
        };
        shell.relocalize();
        shell
    }

    /// The effects asked for since the last call.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn settings(&self) -> &Settings {
        &self.saved.settings
    }

    /// Changes settings and saves them.
    pub fn update_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        change(&mut self.saved.settings);
        self.relocalize();
        self.effects.push(Effect::Save);
    }

    /// The text of an engine message in the current language.
    pub fn t(&self, msg: ui_text::UiMsg) -> String {
        self.loc.text(msg.id)
    }

    pub fn t_with(&self, msg: ui_text::UiMsg, args: &FluentArgs) -> String {
        self.loc.text_with(msg.id, args)
    }

    /// The reader's languages, best first: their own choice, a published pack's default (the
    /// NGO chose it, so it comes before the system's), then the system's.
    fn requested_languages(&self) -> Vec<&str> {
        let mut requested: Vec<&str> = Vec::new();
        requested.extend(self.saved.settings.language.as_deref());
        requested.extend(self.library.pack.default_language.as_deref());
        requested.extend(self.system_languages.iter().map(String::as_str));
        requested
    }

    /// Rebuilds the localizer after a language or library change. The lesson keeps its place.
    fn relocalize(&mut self) {
        self.loc = self.library.localizer(&self.requested_languages());
    }

    /// The pack language the reader should see whose translations are not loaded yet (the
    /// browser app carries only English; the glue fetches the rest from the site).
    pub fn missing_language(&self) -> Option<String> {
        let codes: Vec<&str> = self.library.pack.languages.iter().map(|l| l.code.as_str()).collect();
        let best = chatwise_i18n::negotiate(&self.requested_languages(), &codes).into_iter().next()?;
        self.library.catalog.language(&best).is_none().then_some(best)
    }

    /// The library again with more languages loaded: nothing the reader made changed, so no
    /// notice.
    pub fn add_languages(&mut self, library: Library) {
        self.swap_library(library);
    }

    /// The language actually shown.
    pub fn language(&self) -> &str {
        self.loc.language()
    }

    /// How the shown language is written: its script and direction (pack.ron or
    /// assets/fonts/fonts.ron; the checker reports a language it cannot place).
    pub fn writing(&self) -> Writing {
        let code = self.language();
        match self.library.pack.languages.iter().find(|l| l.code == code) {
            Some(language) => language.writing.clone(),
            None => script::fonts().writing(code, None).unwrap_or_else(|_| Writing::fallback(code)),
        }
    }

    /// Class mode (the player is a class with a teacher): the projector view.
    pub fn class_mode(&self) -> bool {
        self.settings().player == Some(Audience::Class)
    }

    /// Makes a printable document for `lesson_id` in the current language, with the chosen
    /// country's help, and asks the platform to save and show it.
    pub fn save_document(&mut self, document: chatwise_export::Document, lesson_id: &str) {
        use chatwise_export::{Document, Options};
        let agreement = self.saved.progress.get(lesson_id).and_then(|p| p.agreement.clone());
        let options = Options {
            country: self.country().map(|c| c.code.clone()),
            agreement_kept: agreement.as_ref().map(|a| a.kept.clone()),
            agreement_own: agreement.map(|a| a.own).unwrap_or_default(),
            // In the browser the script font is the one fetched for this language.
            script_font: script::fonts()
                .script(&self.writing().script)
                .and_then(|s| s.regular.as_deref())
                .and_then(fonts::bytes),
            ..Options::default()
        };
        let kind = match document {
            Document::Plan => "plan",
            Document::Handout => "handout",
            Document::Agreement => "agreement",
        };
        match chatwise_export::render(&self.library, document, lesson_id, self.language(), &options) {
            Ok(html) => {
                let file_name = format!("chatwise-{lesson_id}-{kind}-{}.html", self.language());
                self.effects.push(Effect::SaveDocument { file_name, html });
            }
            Err(e) => self.notify(e.to_string(), Vec::new()),
        }
    }

    /// The family agreement for `lesson_id` as the family has it now (all lines kept at first).
    pub fn agreement(&self, lesson_id: &str) -> saved::Agreement {
        let count = self.library.pack.lesson(lesson_id).map_or(0, |l| l.agreement.len());
        self.saved
            .progress
            .get(lesson_id)
            .and_then(|p| p.agreement.clone())
            .unwrap_or_else(|| saved::Agreement { kept: (0..count).collect(), own: Vec::new() })
    }

    /// Changes the family agreement for `lesson_id` and saves it.
    pub fn update_agreement(&mut self, lesson_id: &str, change: impl FnOnce(&mut saved::Agreement)) {
        let mut agreement = self.agreement(lesson_id);
        change(&mut agreement);
        agreement.kept.sort_unstable();
        agreement.kept.dedup();
        self.saved.progress.entry(lesson_id.to_owned()).or_default().agreement = Some(agreement);
        self.effects.push(Effect::Save);
    }

    /// Shows a notice above the content.
    pub fn notify(&mut self, text: String, details: Vec<String>) {
        self.notices.retain(|n| n.text != text);
        self.notices.push(Notice { text, details });
    }

    /// Goes to a screen; Help and Settings remember where to come back to.
    pub fn go(&mut self, screen: Screen) {
        if matches!(screen, Screen::Help | Screen::Settings) {
            if !matches!(self.screen, Screen::Help | Screen::Settings) {
                self.return_to = Some(self.screen.clone());
            }
        } else {
            self.return_to = None;
        }
        self.screen = screen;
    }

    /// Leaves Help or Settings for where the reader was.
    pub fn go_back(&mut self) {
        let to = self.return_to.take().unwrap_or(Screen::Library);
        self.screen = to;
    }

    /// Opens a lesson: its content note first if it has one, else straight in.
    pub fn open_lesson(&mut self, id: &str) {
        let Some(lesson) = self.library.pack.lesson(id) else { return };
        let resuming = self.saved.progress.get(id).is_some_and(|p| !p.decisions.is_empty() && !p.completed);
        if lesson.content_note.is_some() && !resuming {
            self.go(Screen::BeforeStart(id.to_owned()));
        } else {
            self.start_lesson(id, true);
        }
    }

    /// Starts a lesson from the beginning: its saved progress is forgotten and saved at once, so
    /// a Quick exit (or a closed tab) straight after cannot bring the old progress back.
    pub fn restart_lesson(&mut self, id: &str) {
        if self.saved.progress.remove(id).is_some() {
            self.effects.push(Effect::Save);
        }
        self.open_lesson(id);
    }

    /// Starts (or, with `resume`, continues) a lesson by replaying its saved decisions.
    pub fn start_lesson(&mut self, id: &str, resume: bool) {
        let Some(lesson) = self.library.pack.lesson(id).cloned() else { return };
        let mut session = Session::new(LessonRun::start(lesson));
        if resume && let Some(progress) = self.saved.progress.get(id).filter(|p| !p.completed) {
            for decision in &progress.decisions {
                // Lessons can change under saved progress; replay what still applies.
                if session.run.apply(decision).is_err() {
                    break;
                }
                session.decisions.push(decision.clone());
            }
        }
        self.session = Some(session);
        self.go(Screen::Lesson);
    }

    /// Applies a learner decision to the current lesson and saves progress.
    pub fn decide(&mut self, decision: Decision) {
        let Some(session) = &mut self.session else { return };
        if session.run.apply(&decision).is_err() {
            return;
        }
        // Opening a hint or revealing a chat's replies adds to what is on screen in place: the
        // reader stays where they are. Anything else brings its feedback or new step into view.
        let in_place = decision == Decision::Hint
            || (decision == Decision::Reveal && matches!(session.run.pending(), Pending::Reply { .. }));
        session.decisions.push(decision);
        session.message = None;
        session.scroll_pending |= !in_place;
        let id = session.run.lesson().id.clone();
        // Keep what else is saved for the lesson (the family agreement).
        let progress = self.saved.progress.entry(id).or_default();
        progress.decisions = session.decisions.clone();
        progress.completed = session.run.is_complete();
        self.effects.push(Effect::Save);
    }

    /// Scrolls `response` into view once after a decision (feedback, a new step's top).
    pub fn scroll_here(&mut self, response: &egui::Response, align: Align) {
        if let Some(session) = &mut self.session
            && session.scroll_pending
        {
            session.scroll_pending = false;
            response.scroll_to_me(Some(align));
        }
    }

    /// Forgets all progress and settings on this device.
    pub fn clear_data(&mut self) {
        self.saved = Saved::default();
        self.session = None;
        self.relocalize();
        self.effects.push(Effect::Save);
        let text = self.t(ui_text::SETTINGS_CLEARED);
        self.notify(text, Vec::new());
    }

    /// The country whose help is shown: the reader's choice, else the system region if the pack
    /// lists it. `None` means "not listed" (international options only).
    pub fn country(&self) -> Option<&chatwise_content::portals::Country> {
        let portals = &self.library.portals;
        match &self.saved.settings.country {
            Some(saved::CountryChoice::Code(code)) => portals.country(code),
            Some(saved::CountryChoice::NotListed) => None,
            None => self.library.pack.default_country.as_deref().and_then(|code| portals.country(code)).or_else(|| {
                self.system_languages.iter().filter_map(|tag| region_of(tag)).find_map(|region| portals.country(region))
            }),
        }
    }

    /// Opens an https link the pack declares, when the reader asks; anything else is refused.
    pub fn open_url(&mut self, url: &str) {
        if self.library.portals.allows(url) {
            self.effects.push(Effect::OpenUrl(url.to_owned()));
        }
    }

    /// Fires the quick exit: blank at once, then leave.
    pub fn quick_exit(&mut self) {
        self.exited = true;
        self.session = None;
        self.effects.push(Effect::QuickExit);
    }

    /// Feeds a key event to the Shift x3 counter (from the platform, whatever has focus).
    pub fn key(&mut self, key: Key, down: bool, now: f64) {
        if down {
            self.shift.key_down(key, now);
        } else if self.shift.key_up(key, now) {
            self.quick_exit();
        }
    }

    /// Replaces the library after a live reload, keeping the learner's place where possible.
    pub fn replace_library(&mut self, library: Library) {
        self.swap_library(library);
        let text = self.t(ui_text::NOTICE_RELOADED);
        self.notices.retain(|n| n.details.is_empty());
        self.notify(text, Vec::new());
    }

    fn swap_library(&mut self, library: Library) {
        self.library = library;
        self.relocalize();
        if let Some(session) = self.session.take() {
            let id = session.run.lesson().id.clone();
            if self.library.pack.lesson(&id).is_some() {
                let progress = self.saved.progress.entry(id.clone()).or_default();
                progress.decisions = session.decisions;
                progress.completed = false;
                self.start_lesson(&id, true);
            } else {
                self.go(Screen::Library);
            }
        }
    }

    /// Reports a live reload that failed: the last good version keeps running.
    pub fn reload_failed(&mut self, problems: &[Diagnostic]) {
        let errors: Vec<String> = problems.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        let mut args = FluentArgs::new();
        args.set("count", errors.len());
        let text = self.t_with(ui_text::NOTICE_RELOAD_FAILED, &args);
        self.notices.retain(|n| n.details.is_empty());
        self.notify(text, errors);
    }

    /// Draws the whole app into `ui` (the full window).
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let installed = Some((self.language().to_owned(), fonts::generation()));
        if self.fonts_installed != installed {
            // Fonts take effect from the next frame; the first time, draw nothing until then.
            theme::install_fonts(&ctx, &self.writing());
            let first = self.fonts_installed.is_none();
            self.fonts_installed = installed;
            ctx.request_repaint();
            if first {
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
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            root.set_label("ChatWise");
            root.set_language(language);
        });
        // Class mode: projector type sizes, whatever the window.
        let layout = Layout::for_width(ui.available_width(), self.class_mode());
        let key = StyleKey {
            layout,
            text_scale: self.saved.settings.text_scale,
            high_contrast: self.saved.settings.high_contrast,
            reduced_motion: self.saved.settings.reduced_motion,
        };
        if self.style_key != Some(key) {
            theme::apply(&ctx, key);
            self.style_key = Some(key);
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
        self.body(ui, layout, now);
        // A press handled in this frame (above all a key press, which brings no further input
        // events) changed what is on screen: draw it now, not at the next mouse move.
        if self.view_fingerprint() != before {
            ctx.request_repaint();
        }
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
        if self.class_mode() && self.teacher_panel && self.screen == Screen::Lesson {
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
                    self.go(Screen::Help);
                }
                ui.with_layout(inner, |ui| self.header_left(ui, layout));
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
            let response = if text::needs_bidi(text::direction(ui), title.text()) {
                text::label(ui, title)
            } else {
                ui.add(egui::Label::new(title).truncate())
            };
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

/// The region subtag of a language tag (`uk-UA` gives `UA`), if it has one.
pub fn region_of(tag: &str) -> Option<&str> {
    tag.split(['-', '_']).skip(1).find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
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

impl Palette {
    /// Text and icons on the Help button's fill.
    pub fn on_help(&self) -> egui::Color32 {
        if self.page == Palette::HIGH_CONTRAST.page { egui::Color32::BLACK } else { egui::Color32::WHITE }
    }
}
