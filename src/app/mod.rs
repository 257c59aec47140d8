//! The desktop (and later browser) app: Bevy plugins that feed input to the [`Shell`], draw
//! it with bevy_egui, and carry out its effects. All behaviour a user sees lives in
//! `crate::ui`; this layer is the thin glue around it.

mod keys;
mod reactive;
mod reload;
pub mod storage;

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

use crate::content::{self, source::Origin};
use crate::runtime::Strategy;
use crate::ui::{Effect, Screen, Shell};
use storage::Storage;

/// How to start the app.
#[derive(Debug, Clone)]
pub struct Options {
    pub origin: Origin,
    /// Watch `--content`/`--locales` and reload on change.
    pub live_reload: bool,
    /// Where progress and settings are kept (default: the user's data directory).
    pub data_dir: Option<PathBuf>,
    /// Window size in logical pixels.
    pub size: (f32, f32),
    /// Dev and screenshot aids: open a lesson, take automatic first choices, go to a screen.
    pub open_lesson: Option<String>,
    pub auto_steps: usize,
    pub screen: Option<String>,
    pub settings: Vec<String>,
    /// Save a screenshot of the window here, then quit.
    pub screenshot: Option<PathBuf>,
    /// Quit after this many frames (start-up timing).
    pub exit_after_frames: Option<u32>,
}

/// The shell as a Bevy resource.
#[derive(Resource)]
pub struct ShellRes(pub Shell);

#[derive(Resource)]
struct StorageRes(Storage);

#[derive(Resource, Default)]
struct FrameCount(u32);

#[derive(Resource)]
struct RunOptions(Options);

/// Builds and runs the app; returns the process exit status.
pub fn run(options: Options) -> u8 {
    let loaded = match content::load(&options.origin) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("chatwise: could not read the lesson files: {e}");
            return 1;
        }
    };
    for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        eprintln!("{d}");
    }
    let storage = Storage::desktop(options.data_dir.clone());
    let (saved, notice) = storage.load();
    let mut shell = Shell::new(loaded.library, saved, system_languages());
    if notice {
        let text = shell.t(crate::i18n::ui_text::NOTICE_CORRUPT);
        shell.notify(text, Vec::new());
    }
    apply_dev_options(&mut shell, &options);

    let (width, height) = options.size;
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "ChatWise".into(),
                    resolution: bevy::window::WindowResolution::new(width as u32, height as u32),
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin { filter: "warn,wgpu=error,naga=error".into(), ..default() }),
    )
    .add_plugins(EguiPlugin::default())
    // Reactive (redraw on input or animation only), except when counting frames for a
    // screenshot or a start-up benchmark, which need frames to keep coming.
    .insert_resource(if options.screenshot.is_some() || options.exit_after_frames.is_some() {
        WinitSettings::game()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(ClearColor(Color::srgb_u8(0xF6, 0xF8, 0xFB)))
    .init_resource::<FrameCount>()
    .add_plugins(reactive::plugin)
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    })
    .add_systems(EguiPrimaryContextPass, draw)
    .add_systems(Update, frame_limits);
    add_glue(&mut app, shell, storage);
    if options.live_reload {
        app.add_plugins(reload::plugin);
    }
    app.insert_resource(RunOptions(options));
    match app.run() {
        AppExit::Success => 0,
        AppExit::Error(code) => code.get(),
    }
}

/// The window-free part of the app: the shell as a resource, keys to the quick-exit counter,
/// and the shell's effects carried out (saving, leaving). Tests run it under `MinimalPlugins`.
pub fn add_glue(app: &mut App, shell: Shell, storage: Storage) {
    app.insert_resource(ShellRes(shell))
        .insert_resource(StorageRes(storage))
        .add_plugins(keys::plugin)
        .add_systems(Update, carry_out_effects);
}

/// The system's preferred languages, best first (from LANG and friends).
fn system_languages() -> Vec<String> {
    crate::cli::system_language().into_iter().collect()
}

fn apply_dev_options(shell: &mut Shell, options: &Options) {
    for setting in &options.settings {
        match setting.as_str() {
            "high-contrast" => shell.update_settings(|s| s.high_contrast = true),
            "reduced-motion" => shell.update_settings(|s| s.reduced_motion = true),
            "class" => shell.update_settings(|s| s.player = Some(crate::content::model::Audience::Class)),
            "family" => shell.update_settings(|s| s.player = Some(crate::content::model::Audience::Family)),
            "solo" => shell.update_settings(|s| s.player = Some(crate::content::model::Audience::Solo)),
            s if s.starts_with("text=") => {
                let scale = s[5..].parse::<f32>().unwrap_or(100.0) / 100.0;
                shell.update_settings(|st| st.text_scale = scale.clamp(1.0, 2.0));
            }
            s if s.starts_with("lang=") => {
                let lang = s[5..].to_owned();
                shell.update_settings(|st| st.language = Some(lang));
            }
            other => eprintln!("chatwise: unknown --set `{other}`"),
        }
    }
    if let Some(id) = &options.open_lesson {
        shell.start_lesson(id, false);
        let mut strategy = Strategy::First;
        for _ in 0..options.auto_steps {
            let Some(decision) = shell.session.as_ref().and_then(|s| strategy.decide(&s.run.pending())) else { break };
            shell.decide(decision);
        }
    }
    match options.screen.as_deref() {
        Some("start") => shell.screen = Screen::Start,
        Some("library") => shell.go(Screen::Library),
        Some("help") => shell.go(Screen::Help),
        Some("settings") => shell.go(Screen::Settings),
        Some("before") => {
            if let Some(id) = &options.open_lesson {
                shell.go(Screen::BeforeStart(id.clone()));
            }
        }
        _ => {}
    }
    // Dev options must not overwrite the reader's saved data.
    let _ = shell.take_effects();
}

/// Draws the whole UI into a full-window root `Ui`.
fn draw(mut contexts: EguiContexts, mut shell: ResMut<ShellRes>) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("root"),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.content_rect()),
    );
    shell.0.ui(&mut root);
    Ok(())
}

fn carry_out_effects(mut shell: ResMut<ShellRes>, storage: Res<StorageRes>, mut exit: MessageWriter<AppExit>) {
    for effect in shell.0.take_effects() {
        match effect {
            Effect::Save => {
                if let Err(e) = storage.0.save(&shell.0.saved) {
                    warn!("could not save progress: {e}");
                }
            }
            // The screen is already blank (painted in the same frame); now leave.
            Effect::QuickExit => {
                exit.write(AppExit::Success);
            }
            // The shell only asks for https links the pack declares.
            Effect::OpenUrl(url) => {
                if let Err(e) = webbrowser::open(&url) {
                    warn!("could not open {url}: {e}");
                }
            }
        }
    }
}

/// Screenshot and frame-count options, for the screenshot and benchmark scripts.
fn frame_limits(
    mut frames: ResMut<FrameCount>,
    options: Res<RunOptions>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    frames.0 += 1;
    // Enough frames for fonts, layout and the first paint to settle.
    const SCREENSHOT_FRAME: u32 = 12;
    if let Some(path) = &options.0.screenshot {
        if frames.0 == SCREENSHOT_FRAME {
            commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path.clone()));
        }
        if frames.0 == SCREENSHOT_FRAME + 6 {
            exit.write(AppExit::Success);
        }
    }
    if options.0.exit_after_frames.is_some_and(|n| frames.0 >= n) {
        exit.write(AppExit::Success);
    }
}
