//! The app's screens as plain egui code over a plain model ([`Shell`]), so every screen can be
//! driven and tested with egui_kittest without a window. Bevy (the `chatwise` crate's `app`) only feeds it
//! input, draws it, and carries out its [`Effect`]s.
//!
//! Screens live in a [`Screen`] enum here rather than in a Bevy state: egui draws them
//! immediately each frame, and keeping navigation in the model lets tests walk it.

pub mod fonts;
mod frame;
pub mod images;
pub mod link;
pub mod quick_exit;
mod requests;
pub mod saved;
mod screens;
pub mod text;
pub mod theme;
pub mod widgets;

pub use egui;
use egui::Align;

use chatwise_base::diagnostic::Diagnostic;
use chatwise_base::script::{self, Writing};
use chatwise_content::model::Audience;
use chatwise_export::check::{CheckCounts, When};
use chatwise_i18n::{FluentArgs, Localizer, ui_text};
use chatwise_library::Library;
use chatwise_runtime::{Decision, LessonRun, Pending};
use quick_exit::{Key, ShiftCounter};
use saved::{Saved, Settings};

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
    /// The current lesson's learning check, before or after it.
    Check(When),
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
            Screen::Check(_) => "check",
            Screen::Help => "help",
            Screen::Settings => "settings",
        }
    }

    /// Where its Back button leads.
    pub fn back(&self) -> Back {
        match self {
            Screen::Start | Screen::Library => Back::None,
            Screen::Help | Screen::Settings => Back::Return,
            Screen::Lesson | Screen::BeforeStart(_) | Screen::Check(_) => Back::Lessons,
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
    SaveDocument {
        file_name: String,
        html: String,
    },
    /// Class mode: open the teacher's presenter view, a second window the projector does not
    /// show (`Shell::presenter_ui` draws it), or close it again.
    OpenPresenter,
    ClosePresenter,
    /// The browser's presenter view: tell the other page (see `link.rs`).
    Link(link::LinkMessage),
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
    /// The learning check in this session: the language its answers are filed under (that of
    /// the first check, so before and after stay comparable), and whether the check after the
    /// lesson was answered or skipped (it is offered once).
    pub check_language: Option<String>,
    pub after_checked: bool,
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
            check_language: None,
            after_checked: false,
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
///
/// Its fields are the views' (in this crate) to read; everything outside changes it through
/// methods, which keep the save discipline: whatever changes what is kept on the device asks
/// for [`Effect::Save`] in the same call.
pub struct Shell {
    pub(crate) library: Library,
    pub(crate) loc: Localizer,
    pub(crate) saved: Saved,
    pub(crate) screen: Screen,
    /// Where Help and Settings return to.
    pub(crate) return_to: Option<Screen>,
    pub(crate) session: Option<Session>,
    pub(crate) filters: Filters,
    pub(crate) notices: Vec<Notice>,
    pub(crate) shift: ShiftCounter,
    /// Set once the quick exit fires; from then on the screen stays blank.
    pub(crate) exited: bool,
    effects: Vec<Effect>,
    system_languages: Vec<String>,
    /// Class mode: the presenter view is open in its own window, so the projector shows the
    /// class's view only (no teacher's panel).
    pub(crate) presenter: bool,
    /// Whether this platform can open a presenter window (the glue says so).
    pub(crate) can_present: bool,
    /// This shell is the presenter view in a second browser page: it follows the projector
    /// page's lesson, sends the teacher's acts there and keeps nothing (`link.rs`).
    pub(crate) follows_projector: bool,
    /// Class mode: the teacher's panel (notes, planned time) is open. Closed by default, so
    /// nothing meant for the teacher reaches the projection unasked.
    pub(crate) teacher_panel: bool,
    /// Family mode: the agreement line being typed.
    pub(crate) agreement_draft: String,
    /// "Step x of y" of each lesson in progress, with the count of saved decisions it was
    /// replayed from: the library shows it every frame, and replaying is not free.
    saved_positions: std::collections::HashMap<String, (usize, (usize, usize))>,
    /// The learning check being answered: per question, a count per answer (a learner's pick
    /// is a count of one). Kept only once Done is pressed, and then only added to the counts.
    pub(crate) check_draft: std::collections::BTreeMap<String, Vec<u32>>,
    /// Today's date (YYYY-MM-DD) from the platform, for the check's "counted from ... to";
    /// empty where it is not known.
    today: String,
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
            teacher_panel: false,
            presenter: false,
            can_present: false,
            follows_projector: false,
            agreement_draft: String::new(),
            saved_positions: std::collections::HashMap::new(),
            check_draft: std::collections::BTreeMap::new(),
            today: String::new(),
        };
        shell.relocalize();
        shell
    }

    /// The effects asked for since the last call. A presenter page saves nothing: the
    /// projector page keeps the lesson.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        let mut effects = std::mem::take(&mut self.effects);
        if self.follows_projector {
            effects.retain(|e| *e != Effect::Save);
        }
        effects
    }

    /// Whether effects are waiting for the platform.
    pub fn has_effects(&self) -> bool {
        !self.effects.is_empty()
    }

    pub fn settings(&self) -> &Settings {
        &self.saved.settings
    }

    /// What is kept on the device: settings, progress, agreements.
    pub fn saved(&self) -> &Saved {
        &self.saved
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Messages in the reader's language.
    pub fn loc(&self) -> &Localizer {
        &self.loc
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The lesson being played, if any.
    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether the quick exit fired (the screen stays blank from then on).
    pub fn exited(&self) -> bool {
        self.exited
    }

    /// Class mode: whether the teacher's panel is open.
    pub fn teacher_panel(&self) -> bool {
        self.teacher_panel
    }

    /// Whether the presenter view is open in its own window.
    pub fn presenter_open(&self) -> bool {
        self.presenter
    }

    /// The platform can open a second window for the presenter view.
    pub fn set_can_present(&mut self, can: bool) {
        self.can_present = can;
    }

    /// Asks the platform for the presenter window; the projector keeps only the class's view.
    pub fn open_presenter(&mut self) {
        if self.can_present && !self.presenter {
            self.presenter = true;
            self.teacher_panel = false;
            self.effects.push(Effect::OpenPresenter);
        }
    }

    /// Closes the presenter view (its Back to one screen button): the platform closes the
    /// window, and the teacher's panel is back beside the lesson.
    pub fn close_presenter(&mut self) {
        if self.presenter || self.follows_projector {
            self.effects.push(Effect::ClosePresenter);
        }
        self.presenter_closed();
    }

    /// The presenter window is gone (closed by the teacher or the platform).
    pub fn presenter_closed(&mut self) {
        if self.presenter {
            self.presenter = false;
            self.teacher_panel = true;
        }
    }

    /// Class mode: opens or closes the teacher's panel (notes, planned time).
    pub fn show_teacher_panel(&mut self, open: bool) {
        self.teacher_panel = open;
    }

    /// Changes settings and saves them.
    pub fn update_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        change(&mut self.saved.settings);
        self.relocalize();
        self.effects.push(Effect::Save);
        // The presenter view is class mode's: another player closes it, notes and all.
        if !self.class_mode() {
            self.drop_presenter();
        }
    }

    /// Closes the presenter window without opening the panel on the projector.
    fn drop_presenter(&mut self) {
        if self.presenter {
            self.presenter = false;
            self.effects.push(Effect::ClosePresenter);
        }
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
            check: self.check_counts(lesson_id).cloned(),
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
            Document::CheckResults => "check",
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

    /// Where a lesson in progress stands, as (step, steps), from its saved decisions: replayed
    /// when they change, not at every frame the library is drawn.
    pub(crate) fn saved_position(
        &mut self,
        lesson: &std::sync::Arc<chatwise_content::model::Lesson>,
    ) -> (usize, usize) {
        let decisions = self.saved.progress.get(&lesson.id).map_or(&[][..], |p| p.decisions.as_slice());
        if let Some(&(count, position)) = self.saved_positions.get(&lesson.id)
            && count == decisions.len()
        {
            return position;
        }
        let mut run = LessonRun::start(lesson.clone());
        for decision in decisions {
            let _ = run.apply(decision);
        }
        let position = run.progress();
        self.saved_positions.insert(lesson.id.clone(), (decisions.len(), position));
        position
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
        } else if resuming {
            self.start_lesson(id, true);
        } else {
            self.begin_lesson(id);
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

    /// What the reader's Start does: the lesson from its beginning, after its learning check
    /// (if it has one; it can be skipped). Resuming never asks again.
    pub fn begin_lesson(&mut self, id: &str) {
        self.start_lesson(id, false);
        if self.session.as_ref().is_some_and(|s| !s.run.lesson().check.is_empty()) {
            self.begin_check(When::Before);
        }
    }

    /// Sets today's date (YYYY-MM-DD), which the platform knows and the views do not.
    pub fn set_today(&mut self, date: String) {
        self.today = date;
    }

    /// Opens the current lesson's learning check, with nothing chosen yet.
    pub fn begin_check(&mut self, when: When) {
        let Some(session) = &self.session else { return };
        self.check_draft =
            session.run.lesson().check.iter().map(|q| (q.id.clone(), vec![0; q.answer_count()])).collect();
        self.go(Screen::Check(when));
    }

    /// Adds the check's answers to the counts kept on the device, saves, and goes on with the
    /// lesson. Only the numbers are kept: nothing says who chose what.
    pub fn finish_check(&mut self) {
        let (Screen::Check(when), Some(session)) = (&self.screen, &mut self.session) else { return };
        let when = *when;
        let lesson = session.run.lesson().clone();
        // Filed under the language of this session's first check, so a class that changes
        // language halfway still has its before and after side by side.
        let language = session.check_language.get_or_insert_with(|| self.loc.language().to_owned()).clone();
        session.after_checked |= when == When::After;
        let counts = match self.saved.checks.iter().position(|c| c.lesson == lesson.id && c.language == language) {
            Some(i) => &mut self.saved.checks[i],
            None => {
                self.saved.checks.push(CheckCounts::new(&lesson.id, &language));
                self.saved.checks.last_mut().expect("just added")
            }
        };
        for question in &lesson.check {
            if let Some(draft) = self.check_draft.get(&question.id) {
                counts.add(when, question, draft, &self.today);
            }
        }
        self.check_draft.clear();
        self.effects.push(Effect::Save);
        let text = self.t(ui_text::CHECK_THANKS);
        self.notify(text, Vec::new());
        self.go(Screen::Lesson);
    }

    /// Leaves the check without keeping anything.
    pub fn skip_check(&mut self) {
        if let (Screen::Check(When::After), Some(session)) = (&self.screen, &mut self.session) {
            session.after_checked = true;
        }
        self.check_draft.clear();
        self.go(Screen::Lesson);
    }

    /// The check counts kept for `lesson_id`: those of this session's check language, else
    /// those in the current language.
    pub fn check_counts(&self, lesson_id: &str) -> Option<&CheckCounts> {
        let session_language = self.session.as_ref().and_then(|s| s.check_language.as_deref());
        let language = session_language.unwrap_or(self.language());
        self.saved.checks.iter().find(|c| c.lesson == lesson_id && c.language == language)
    }

    /// Saves the check counts for `lesson_id` as CSV (for an NGO to collect and merge).
    pub fn save_check_csv(&mut self, lesson_id: &str) {
        let Some(lesson) = self.library.pack.lesson(lesson_id).cloned() else { return };
        let counts =
            self.check_counts(lesson_id).cloned().unwrap_or_else(|| CheckCounts::new(lesson_id, self.language()));
        let rows = chatwise_export::check::rows(&lesson, &self.loc, &counts);
        let csv = chatwise_export::check::to_csv(&rows);
        let file_name = format!("chatwise-{lesson_id}-check-{}.csv", counts.language);
        self.effects.push(Effect::SaveDocument { file_name, html: csv });
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
        session.decisions.push(decision.clone());
        session.message = None;
        session.scroll_pending |= !in_place;
        // A presenter page shows the decision at once and leaves it to the projector page.
        if self.follows_projector {
            self.effects.push(Effect::Link(link::LinkMessage::Act(link::Act::Decide(decision))));
            return;
        }
        let id = session.run.lesson().id.clone();
        // Keep what else is saved for the lesson (the family agreement).
        let progress = self.saved.progress.entry(id).or_default();
        progress.decisions = session.decisions.clone();
        progress.completed = session.run.is_complete();
        self.effects.push(Effect::Save);
    }

    /// Class mode: one more (+1) or one fewer (−1) raised hand for option `option` of the
    /// current step. Counts only, in memory only.
    pub fn change_hands(&mut self, option: usize, change: i32) {
        let Some(session) = self.session.as_mut() else { return };
        let step = session.run.step().id.clone();
        let entry = session.tallies.entry((step.clone(), option)).or_insert(0);
        *entry = entry.saturating_add_signed(change);
        if self.follows_projector {
            let act = link::Act::Hands { step, option, change };
            self.effects.push(Effect::Link(link::LinkMessage::Act(act)));
        }
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
        self.check_draft.clear();
        self.return_to = None;
        self.saved_positions.clear();
        self.drop_presenter();
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
        // The browser's other page (presenter or projector) leaves too.
        if self.presenter || self.follows_projector {
            self.effects.push(Effect::Link(link::LinkMessage::QuickExit));
        }
        self.quick_exit_here();
    }

    /// The quick exit, for this window only (the other page fired it and told this one).
    pub fn quick_exit_here(&mut self) {
        self.exited = true;
        self.session = None;
        self.effects.push(Effect::QuickExit);
    }

    /// Help, one click from anywhere. From a presenter page, Help is shown to the class on the
    /// projector, as in the desktop's presenter window.
    pub fn open_help(&mut self) {
        if self.follows_projector {
            self.effects.push(Effect::Link(link::LinkMessage::Act(link::Act::Help)));
        } else {
            self.go(Screen::Help);
        }
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
        self.saved_positions.clear();
        self.relocalize();
        if let Some(session) = self.session.take() {
            let id = session.run.lesson().id.clone();
            if self.library.pack.lesson(&id).is_some() {
                let progress = self.saved.progress.entry(id.clone()).or_default();
                progress.decisions = session.decisions;
                progress.completed = false;
                // The reader stays on the screen they are on (Settings, where a new language
                // was just chosen and has now arrived), with the lesson behind it.
                let (screen, return_to) = (self.screen.clone(), self.return_to.clone());
                self.start_lesson(&id, true);
                (self.screen, self.return_to) = (screen, return_to);
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
}

/// The region subtag of a language tag (`uk-UA` gives `UA`), if it has one.
pub fn region_of(tag: &str) -> Option<&str> {
    tag.split(['-', '_']).skip(1).find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
}
