//! The desktop app: Bevy plugins that feed input to the [`Shell`], draw it with bevy_egui, and
//! carry out its effects. All behaviour a user sees lives in `crate::ui`; this layer is the thin
//! glue around it. The browser runs the same views on eframe instead (`crate::browser`).

mod a11y;
#[cfg(feature = "dev")]
pub mod dev;
#[cfg(test)]
mod glue_tests;
mod keys;
mod presenter;
mod reactive;
mod reload;
pub mod storage;

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

use crate::library::{self, origin::Origin};
use crate::ui::{Effect, Shell};
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
    /// Screenshot, demo and benchmark aids (feature `dev`).
    #[cfg(feature = "dev")]
    pub dev: dev::DevOptions,
}

/// The shell as a Bevy resource.
#[derive(Resource, Deref, DerefMut)]
pub struct ShellRes(pub Shell);

#[derive(Resource)]
struct StorageRes(Storage);

#[derive(Resource, Default)]
pub(crate) struct FrameCount(pub u32);

#[derive(Resource)]
struct RunOptions(Options);

/// Builds and runs the desktop app; returns the process exit status.
pub fn run(options: Options) -> u8 {
    let loaded = match library::load(&options.origin) {
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
    #[cfg_attr(not(feature = "dev"), expect(unused_mut, reason = "only the dev aids change the shell before it runs"))]
    let mut shell = new_shell(loaded.library, &storage, crate::i18n::system_language().into_iter().collect());
    #[cfg(feature = "dev")]
    dev::apply(&mut shell, &options.dev);

    let (width, height) = options.size;
    let window = Window {
        title: "ChatWise".into(),
        resolution: bevy::window::WindowResolution::new(width as u32, height as u32),
        ..default()
    };
    // Reactive (redraw on input or animation only), except when counting frames for a
    // screenshot or a start-up benchmark, which need frames to keep coming.
    #[cfg(feature = "dev")]
    let counting_frames = options.dev.counts_frames();
    #[cfg(not(feature = "dev"))]
    let counting_frames = false;
    let mut app = build(
        shell,
        storage,
        window,
        if counting_frames { WinitSettings::game() } else { WinitSettings::desktop_app() },
    );
    #[cfg(feature = "dev")]
    app.add_plugins(dev::plugin(options.dev.clone()));
    if options.live_reload {
        app.add_plugins(reload::plugin);
    }
    app.insert_resource(RunOptions(options));
    match app.run() {
        AppExit::Success => 0,
        AppExit::Error(code) => code.get(),
    }
}

/// The shell on what was saved, with a notice when saved data had to be set aside.
fn new_shell(library: library::Library, storage: &Storage, languages: Vec<String>) -> Shell {
    let (saved, notice) = storage.load();
    let mut shell = Shell::new(library, saved, languages);
    shell.set_today(today());
    // A second window on the desktop, a second page of the site in the browser.
    shell.set_can_present(true);
    if notice {
        let text = shell.t(crate::i18n::ui_text::NOTICE_CORRUPT);
        shell.notify(text, Vec::new());
    }
    shell
}

/// Today's date (YYYY-MM-DD, UTC), for the learning check's "counted from ... to".
fn today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    crate::export::check::date_of_day((seconds / 86_400) as i64)
}

/// The app: one window, egui drawing the shell, reactive redraws.
fn build(shell: Shell, storage: Storage, window: Window, update: WinitSettings) -> App {
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            // Closing the projector's window ends the app, presenter view or not.
            .set(WindowPlugin {
                primary_window: Some(window),
                exit_condition: bevy::window::ExitCondition::OnPrimaryClosed,
                ..default()
            })
            .set(bevy::log::LogPlugin { filter: "warn,wgpu=error,naga=error".into(), ..default() }),
    )
    .add_plugins(EguiPlugin::default())
    .insert_resource(update)
    .insert_resource(ClearColor(Color::srgb_u8(0xF6, 0xF8, 0xFB)))
    .init_resource::<FrameCount>()
    .add_plugins(reactive::plugin)
    .add_plugins(a11y::plugin)
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    })
    .add_systems(EguiPrimaryContextPass, draw)
    .add_systems(Update, count_frames)
    .add_plugins(presenter::plugin);
    add_glue(&mut app, shell, storage);
    app
}

pub(crate) fn count_frames(mut frames: ResMut<FrameCount>) {
    frames.0 += 1;
}

/// The window-free part of the app: the shell as a resource, keys to the quick-exit counter,
/// and the shell's effects carried out (saving, leaving). Tests run it under `MinimalPlugins`.
pub fn add_glue(app: &mut App, shell: Shell, storage: Storage) {
    presenter::state(app);
    app.insert_resource(ShellRes(shell))
        .insert_resource(StorageRes(storage))
        .add_plugins(keys::plugin)
        .add_systems(Update, carry_out_effects)
        .add_systems(PostUpdate, effects_waiting);
}

/// Effects asked for in this frame's pass are carried out at the start of the next frame:
/// make sure there is one, even when nothing on screen changed.
fn effects_waiting(shell: Res<ShellRes>, mut redraw: MessageWriter<bevy::window::RequestRedraw>) {
    if shell.has_effects() {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Draws the whole UI into a full-window root `Ui`.
fn draw(mut contexts: EguiContexts, mut shell: ResMut<ShellRes>) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("root"),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.content_rect()),
    );
    shell.ui(&mut root);
    Ok(())
}

fn carry_out_effects(
    mut shell: ResMut<ShellRes>,
    storage: Res<StorageRes>,
    mut presenter: presenter::Presenter,
    mut exit: MessageWriter<AppExit>,
) {
    for effect in shell.take_effects() {
        match effect {
            Effect::Save => {
                if let Err(e) = storage.0.save(shell.saved()) {
                    warn!("could not save progress: {e}");
                }
            }
            // The screen is already blank (painted in the same frame); now close the window.
            Effect::QuickExit => {
                exit.write(AppExit::Success);
            }
            // The shell only asks for https links the pack declares.
            Effect::OpenUrl(url) => {
                if let Err(e) = webbrowser::open(&url) {
                    warn!("could not open {url}: {e}");
                }
            }
            Effect::SaveDocument { file_name, html } => save_document(&mut shell, &storage.0, &file_name, &html),
            // A second window (src/app/presenter.rs), drawn from the same shell.
            Effect::OpenPresenter => {
                presenter.open(&shell.t(crate::i18n::ui_text::PRESENTER_TITLE));
            }
            Effect::ClosePresenter => {
                presenter.close();
            }
            // Only a browser page has another page to tell; the desktop's windows share a shell.
            Effect::Link(_) => {}
            Effect::ShowAccessibilityStatement => {
                save_document(
                    &mut shell,
                    &storage.0,
                    "chatwise-accessibility.html",
                    include_str!("../../web/accessibility.html"),
                );
            }
        }
    }
}

/// Saves a printable document in the Downloads folder (else the data folder) and opens it in
/// the browser, for printing or saving as PDF.
fn save_document(shell: &mut Shell, storage: &Storage, file_name: &str, html: &str) {
    use crate::i18n::{FluentArgs, ui_text};
    let result = storage.save_document(file_name, html).map(|path| {
        if let Err(e) = webbrowser::open(&path.to_string_lossy()) {
            warn!("could not open {}: {e}", path.display());
        }
        (ui_text::DOCUMENT_SAVED, path.display().to_string())
    });
    match result {
        Ok((message, path)) => {
            let mut args = FluentArgs::new();
            args.set("path", path);
            let text = shell.t_with(message, &args);
            shell.notify(text, Vec::new());
        }
        Err(e) => shell.notify(format!("{file_name}: {e}"), Vec::new()),
    }
}
