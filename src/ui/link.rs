//! Class mode's presenter view in a second browser window of the same site.
//!
//! The desktop app draws its presenter window from the one `Shell` (`src/app/presenter.rs`). A
//! browser page cannot: each page runs its own app. So the page the projector shows (the
//! *projector page*) keeps the lesson, and a second page it opens at `#presenter-<pair>` (the
//! *presenter page*) follows it, over a same-origin `BroadcastChannel` for the two of them that
//! the glue opens (`src/browser/link.rs`). No server is involved and nothing leaves the device.
//!
//! - The projector page sends its lesson as a [`LessonState`] whenever it changes: the lesson,
//!   every decision so far (the runtime replays them, as it does to resume), the hand counts and
//!   how long the class has been on the step.
//! - The presenter page draws the same presenter view as the desktop's window and sends what
//!   the teacher does there as an [`Act`]; it shows the act at once, and the projector page's
//!   next state (which always wins) confirms it.
//! - Only the projector page saves progress; the presenter page writes nothing to the device.
//!
//! The messages are JSON strings (`to_json`, `from_json`): the channel carries them between
//! two copies of the same build, and anything else on it is ignored.

use chatwise_runtime::Decision;
use serde::{Deserialize, Serialize};

/// A message between the projector page and the presenter page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkMessage {
    /// A projector page has started (or reloaded): a presenter page says it is there.
    ProjectorHere,
    /// A presenter page has started (or reloaded): the projector page answers with its state
    /// and stops showing the teacher's notes to the class.
    PresenterHere,
    /// The projector page's lesson, after every change.
    Lesson(LessonState),
    /// What the teacher did in the presenter view, for the projector page to do.
    Act(Act),
    /// The presenter page is closing (or the teacher chose "Back to one screen" there): the
    /// projector page puts the notes back beside the lesson.
    PresenterGone,
    /// The projector page closed the presenter view (its player changed, its data was cleared)
    /// or is closing: the presenter page closes, or waits for it to come back.
    ProjectorGone,
    /// The quick exit fired in either page: the other leaves too.
    QuickExit,
}

/// Where the projector page's lesson stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonState {
    /// The language the projector shows (the presenter view follows it).
    pub language: String,
    /// The lesson on the projector's screen, or `None` while it shows anything else.
    pub lesson: Option<String>,
    /// Every decision taken in it, in order.
    pub decisions: Vec<Decision>,
    /// Raised hands per (step, option).
    pub tallies: Vec<(String, usize, u32)>,
    /// How long the class has been on the current step, in whole seconds.
    pub on_step_for: u64,
}

impl LessonState {
    /// No lesson: the presenter view waits for one.
    pub fn waiting(language: &str) -> LessonState {
        LessonState {
            language: language.to_owned(),
            lesson: None,
            decisions: Vec::new(),
            tallies: Vec::new(),
            on_step_for: 0,
        }
    }

    /// Whether `other` shows the same thing: the same state, however long after.
    pub fn same_as(&self, other: &LessonState) -> bool {
        let LessonState { language, lesson, decisions, tallies, on_step_for: _ } = self;
        (language, lesson, decisions, tallies) == (&other.language, &other.lesson, &other.decisions, &other.tallies)
    }
}

/// The teacher's controls in the presenter view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Act {
    /// Reveal, the class's reply, Continue.
    Decide(Decision),
    /// One more (+1) or one fewer (−1) hand for an option of a step.
    Hands { step: String, option: usize, change: i32 },
    /// Help, shown to the class on the projector.
    Help,
}

impl LinkMessage {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The message in `text`, or `None` for anything that is not one.
    pub fn from_json(text: &str) -> Option<LinkMessage> {
        serde_json::from_str(text).ok()
    }
}

impl crate::Shell {
    /// Makes this shell a presenter page: it draws the presenter view only, follows the
    /// projector page and keeps nothing on the device.
    pub fn follow_projector(&mut self) {
        self.follows_projector = true;
        self.can_present = false;
        self.presenter = false;
        // Class mode's view, for this page only (never saved: see `take_effects`).
        self.saved.settings.player = Some(chatwise_content::model::Audience::Class);
        self.session = None;
        self.screen = crate::Screen::Library;
    }

    /// Whether this shell is a presenter page.
    pub fn follows_projector(&self) -> bool {
        self.follows_projector
    }

    /// The projector page's side: what a presenter page should show now. A lesson only while
    /// the presenter view is open and the class is on the lesson's screen.
    pub fn link_state(&self, now: f64) -> LessonState {
        let on_lesson = self.presenter && self.screen == crate::Screen::Lesson;
        let session = self.session.as_ref().filter(|_| on_lesson);
        let mut tallies: Vec<(String, usize, u32)> = session
            .map(|s| s.tallies.iter().map(|((step, option), count)| (step.clone(), *option, *count)).collect())
            .unwrap_or_default();
        tallies.sort();
        LessonState {
            language: self.language().to_owned(),
            lesson: session.map(|s| s.run.lesson().id.clone()),
            decisions: session.map(|s| s.decisions.clone()).unwrap_or_default(),
            tallies,
            on_step_for: session.map_or(0, |s| (now - s.step_started).max(0.0) as u64),
        }
    }

    /// The projector page's side: a presenter page has opened. In class mode the projector
    /// stops showing the teacher's notes from now on.
    pub fn presenter_joined(&mut self) {
        if self.class_mode() {
            self.presenter = true;
            self.teacher_panel = false;
        }
    }

    /// The projector page's side: the browser would not open the presenter window (a pop-up
    /// blocker). The notes come back beside the lesson, and a notice says what to do.
    pub fn presenter_blocked(&mut self, address: &str) {
        self.presenter_closed();
        let mut args = chatwise_i18n::FluentArgs::new();
        args.set("address", address.to_owned());
        let text = self.t_with(chatwise_i18n::ui_text::PRESENTER_BLOCKED, &args);
        self.notify(text, Vec::new());
    }

    /// The projector page's side: does what the teacher did in the presenter view.
    pub fn act(&mut self, act: Act) {
        match act {
            Act::Decide(decision) => self.decide(decision),
            Act::Hands { step, option, change } => {
                // Only for the step the class is on: a late click on a step gone by is dropped.
                if self.session.as_ref().is_some_and(|s| s.run.step().id == step) {
                    self.change_hands(option, change);
                }
            }
            Act::Help => self.go(crate::Screen::Help),
        }
    }

    /// The presenter page's side: shows the projector page's lesson as it stands. Decisions
    /// are replayed from the start only when they differ from those shown (a decision taken
    /// here was shown already).
    pub fn follow(&mut self, state: LessonState, now: f64) {
        if self.saved.settings.language.as_deref() != Some(state.language.as_str()) {
            self.saved.settings.language = Some(state.language.clone());
            self.relocalize();
        }
        let Some(lesson) = state.lesson.as_deref().and_then(|id| self.library.pack.lesson(id)).cloned() else {
            self.session = None;
            self.screen = crate::Screen::Library;
            return;
        };
        let shown =
            self.session.as_ref().is_some_and(|s| s.run.lesson().id == lesson.id && s.decisions == state.decisions);
        if !shown {
            let mut session = crate::Session::new(chatwise_runtime::LessonRun::start(lesson));
            for decision in &state.decisions {
                if session.run.apply(decision).is_err() {
                    break;
                }
                session.decisions.push(decision.clone());
            }
            self.session = Some(session);
        }
        self.screen = crate::Screen::Lesson;
        if let Some(session) = self.session.as_mut() {
            session.tallies = state.tallies.into_iter().map(|(step, option, count)| ((step, option), count)).collect();
            session.timed_step = Some(session.run.step().id.clone());
            session.step_started = now - state.on_step_for as f64;
        }
    }
}

/// What a page's end of the link asks its glue to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkOut {
    /// Post this to the other page.
    Post(LinkMessage),
    /// Open the presenter page (`#presenter-<pair>`) in a new window.
    OpenWindow,
    /// Close this window (a presenter page the teacher is done with).
    CloseWindow,
}

/// One page's end of the link: what it tells the other page and what it does with what it
/// hears. The glue only carries messages (`src/browser/link.rs`), so the whole exchange is
/// tested here with two shells.
#[derive(Debug, Default)]
pub struct LinkEnd {
    /// Projector page: a presenter page said it is there and has not gone.
    presenter_here: bool,
    /// Projector page: the state last posted, so a change is posted once.
    last_sent: Option<LessonState>,
}

impl LinkEnd {
    /// What a page says when it starts: that it is there.
    pub fn hello(shell: &crate::Shell) -> LinkMessage {
        if shell.follows_projector { LinkMessage::PresenterHere } else { LinkMessage::ProjectorHere }
    }

    /// What a page says as it closes (or reloads).
    pub fn goodbye(shell: &crate::Shell) -> LinkMessage {
        if shell.follows_projector { LinkMessage::PresenterGone } else { LinkMessage::ProjectorGone }
    }

    /// Handles a message from the other page; returns what to post back.
    pub fn hear(&mut self, shell: &mut crate::Shell, message: LinkMessage, now: f64) -> Vec<LinkMessage> {
        match (shell.follows_projector, message) {
            (true, LinkMessage::ProjectorHere) => vec![LinkMessage::PresenterHere],
            (true, LinkMessage::Lesson(state)) => {
                shell.follow(state, now);
                Vec::new()
            }
            (true, LinkMessage::ProjectorGone) => {
                shell.follow(LessonState::waiting(shell.language()), now);
                Vec::new()
            }
            (false, LinkMessage::PresenterHere) => {
                self.presenter_here = true;
                self.last_sent = None;
                shell.presenter_joined();
                self.tell(shell, now).into_iter().collect()
            }
            (false, LinkMessage::PresenterGone) => {
                self.presenter_here = false;
                shell.presenter_closed();
                Vec::new()
            }
            (false, LinkMessage::Act(act)) => {
                shell.act(act);
                self.tell(shell, now).into_iter().collect()
            }
            (_, LinkMessage::QuickExit) => {
                shell.quick_exit_here();
                Vec::new()
            }
            // Another page of the same kind (two projectors, two presenters): not for this one.
            _ => Vec::new(),
        }
    }

    /// After a frame: the projector page's lesson, if a presenter page is there and it changed.
    pub fn tell(&mut self, shell: &crate::Shell, now: f64) -> Option<LinkMessage> {
        if shell.follows_projector || !self.presenter_here {
            return None;
        }
        let state = shell.link_state(now);
        if self.last_sent.as_ref().is_some_and(|last| last.same_as(&state)) {
            return None;
        }
        self.last_sent = Some(state.clone());
        Some(LinkMessage::Lesson(state))
    }

    /// What the shell's effect means for the link (other effects: nothing).
    pub fn carry(&mut self, shell: &crate::Shell, effect: &crate::Effect) -> Vec<LinkOut> {
        use crate::Effect;
        match effect {
            Effect::Link(message) => vec![LinkOut::Post(message.clone())],
            // A presenter page already there gets the lesson again; else a new window.
            Effect::OpenPresenter if self.presenter_here => {
                self.last_sent = None;
                Vec::new()
            }
            Effect::OpenPresenter => vec![LinkOut::OpenWindow],
            Effect::ClosePresenter if shell.follows_projector => {
                vec![LinkOut::Post(LinkMessage::PresenterGone), LinkOut::CloseWindow]
            }
            Effect::ClosePresenter => {
                self.presenter_here = false;
                vec![LinkOut::Post(LinkMessage::ProjectorGone)]
            }
            _ => Vec::new(),
        }
    }
}
