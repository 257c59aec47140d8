//! Aids for screenshots, demos and start-up benchmarks, in the desktop app only with the `dev`
//! feature (on by default; release builds for readers leave it out, as bevy_new_2d does with
//! its `dev` tools): open a lesson at a given step, show a screen, change settings without
//! saving them, save a screenshot, quit after a number of frames.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::{FrameCount, count_frames};
use crate::content::model::Audience;
use crate::runtime::Strategy;
use crate::ui::saved::CountryChoice;
use crate::ui::{Screen, Shell};

/// The `chatwise` flags for these aids (hidden from `--help`: readers do not need them).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DevOptions {
    /// Open this lesson at start.
    #[arg(long = "open", value_name = "LESSON", hide = true)]
    pub open_lesson: Option<String>,
    /// Then make this many automatic first choices.
    #[arg(long, default_value_t = 0, hide = true)]
    pub auto_steps: usize,
    /// Show this screen (start, library, before, help, settings; check with --open).
    #[arg(long, hide = true)]
    pub screen: Option<String>,
    /// Settings such as high-contrast, reduced-motion, text=150, lang=uk, country=GB (or
    /// country=none), class, family, solo, teacher-notes, presenter.
    #[arg(long = "set", hide = true)]
    pub settings: Vec<String>,
    /// Save a screenshot of the first settled frame to this PNG, then quit.
    #[arg(long, value_name = "PNG", hide = true)]
    pub screenshot: Option<PathBuf>,
    /// Quit after this many frames (start-up benchmarks).
    #[arg(long, hide = true)]
    pub exit_after_frames: Option<u32>,
}

impl DevOptions {
    /// Whether frames must keep coming (a screenshot or a benchmark counts them), rather than
    /// only on input.
    pub fn counts_frames(&self) -> bool {
        self.screenshot.is_some() || self.exit_after_frames.is_some()
    }
}

/// Puts the shell where the options say. Nothing is saved at start (the effects are dropped),
/// but the settings stay changed in memory, so a later save in the same run writes them: run
/// screenshots and demos with their own `--data-dir`, as the scripts do.
pub fn apply(shell: &mut Shell, options: &DevOptions) {
    for setting in &options.settings {
        match setting.as_str() {
            "high-contrast" => shell.update_settings(|s| s.high_contrast = true),
            "reduced-motion" => shell.update_settings(|s| s.reduced_motion = true),
            "class" => shell.update_settings(|s| s.player = Some(Audience::Class)),
            "family" => shell.update_settings(|s| s.player = Some(Audience::Family)),
            "solo" => shell.update_settings(|s| s.player = Some(Audience::Solo)),
            "teacher-notes" => shell.show_teacher_panel(true),
            // Opened below, once the effects of the other options are dropped.
            "presenter" => {}
            s if s.starts_with("text=") => {
                let scale = s[5..].parse::<f32>().unwrap_or(100.0) / 100.0;
                shell.update_settings(|st| st.text_scale = scale.clamp(1.0, 2.0));
            }
            s if s.starts_with("lang=") => {
                let lang = s[5..].to_owned();
                shell.update_settings(|st| st.language = Some(lang));
            }
            s if s.starts_with("country=") => {
                let code = s[8..].to_owned();
                let choice = if code == "none" { CountryChoice::NotListed } else { CountryChoice::Code(code) };
                shell.update_settings(|st| st.country = Some(choice));
            }
            other => eprintln!("chatwise: unknown --set `{other}`"),
        }
    }
    if let Some(id) = &options.open_lesson {
        // `--screen check`: the lesson as a reader starts it, on its learning check.
        if options.screen.as_deref() == Some("check") {
            shell.begin_lesson(id);
            let _ = shell.take_effects();
            return;
        }
        shell.start_lesson(id, false);
        let mut strategy = Strategy::First;
        for _ in 0..options.auto_steps {
            let Some(decision) = shell.session().and_then(|s| strategy.decide(&s.run.pending())) else { break };
            shell.decide(decision);
        }
    }
    // `--screen` takes the names the page uses for `data-screen` (`Screen::slug`).
    let lesson = options.open_lesson.clone().unwrap_or_default();
    let screens = [Screen::Start, Screen::Library, Screen::Help, Screen::Settings, Screen::BeforeStart(lesson)];
    match screens.into_iter().find(|screen| Some(screen.slug()) == options.screen.as_deref()) {
        Some(Screen::BeforeStart(id)) if id.is_empty() => eprintln!("chatwise: --screen before needs --open LESSON"),
        Some(screen) => shell.go(screen),
        None => {
            if let Some(other) = &options.screen {
                eprintln!("chatwise: unknown --screen `{other}`");
            }
        }
    }
    let _ = shell.take_effects();
    // `--set presenter`: class mode's second window, as the button opens it.
    if options.settings.iter().any(|s| s == "presenter") {
        shell.open_presenter();
    }
}

#[derive(Resource)]
struct Limits(DevOptions);

/// Saves the screenshot and quits when the frame count says so.
pub fn plugin(options: DevOptions) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(Limits(options.clone())).add_systems(Update, frame_limits.after(count_frames));
    }
}

fn frame_limits(
    frames: Res<FrameCount>,
    limits: Res<Limits>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    // Enough frames for fonts, layout and the first paint to settle.
    const SCREENSHOT_FRAME: u32 = 12;
    if let Some(path) = &limits.0.screenshot {
        if frames.0 == SCREENSHOT_FRAME {
            commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path.clone()));
        }
        if frames.0 == SCREENSHOT_FRAME + 6 {
            exit.write(AppExit::Success);
        }
    }
    if limits.0.exit_after_frames.is_some_and(|n| frames.0 >= n) {
        exit.write(AppExit::Success);
    }
}
