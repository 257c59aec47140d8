//! The desktop and browser app: Bevy plugins that feed input to the [`Shell`], draw it with
//! bevy_egui, and carry out its effects. All behaviour a user sees lives in `crate::ui`; this
//! layer is the thin glue around it, with the browser's own parts in `web.rs`.

mod a11y;
#[cfg(all(feature = "dev", not(target_arch = "wasm32")))]
pub mod dev;
#[cfg(test)]
mod glue_tests;
mod keys;
#[cfg(not(target_arch = "wasm32"))]
mod presenter;
mod reactive;
#[cfg(not(target_arch = "wasm32"))]
mod reload;
pub mod storage;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
mod web_a11y;
#[cfg(target_arch = "wasm32")]
mod web_link;

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
    /// Screenshot, demo and benchmark aids (feature `dev`, desktop only).
    #[cfg(all(feature = "dev", not(target_arch = "wasm32")))]
    pub dev: dev::DevOptions,
}

/// The shell as a Bevy resource.
#[derive(Resource, Deref, DerefMut)]
pub struct ShellRes(pub Shell);

#[derive(Resource)]
struct StorageRes(Storage);

#[derive(Resource, Default)]
pub(crate) struct FrameCount(pub u32);

#[cfg(not(target_arch = "wasm32"))]
#[derive(Resource)]
struct RunOptions(Options);

/// Builds and runs the desktop app; returns the process exit status.
#[cfg(not(target_arch = "wasm32"))]
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

/// Runs the app in the page's `#chatwise` canvas, on the site's pack (`chatwise site`) or the
/// built-in lessons (`web/build.sh`).
#[cfg(target_arch = "wasm32")]
pub fn run_in_browser() {
    web::install_panic_hook();
    web::mark("chatwise:start");
    // A site made by `chatwise site` brings its pack; the built-in library's site does not.
    let loaded = match web::site_pack() {
        Some(json) => match library::bundle::Bundle::from_json(&json) {
            Ok(bundle) => {
                let loaded = bundle.load();
                if let Some(first) = loaded.diagnostics.iter().find(|d| d.is_error()) {
                    web::pack_failed(&format!("pack.json has {} error(s), the first: {first}", loaded.error_count()));
                    return;
                }
                loaded
            }
            Err(e) => {
                web::pack_failed(&e.to_string());
                return;
            }
        },
        // The built-in library with the languages the loader has already fetched.
        None => web::built_in_library(),
    };
    web::mark("chatwise:library");
    let mut shell = new_shell(loaded.library, &Storage::Browser, web::languages());
    // The same site at #presenter-<pair>: the teacher's presenter view, following the page
    // that opened it.
    if web_link::is_presenter_page() {
        shell.follow_projector();
    }
    web::mark("chatwise:shell");
    let window = Window {
        title: "ChatWise".into(),
        // One point per CSS pixel, drawn at the device's pixel density (web.rs explains why
        // the page sets this itself: bevyengine/bevy#25306).
        resolution: web::window_resolution(),
        canvas: Some("#chatwise".into()),
        fit_canvas_to_parent: true,
        // Keys such as Tab and Space belong to the app while it has focus.
        prevent_default_event_handling: true,
        ..default()
    };
    let mut app = build(shell, Storage::Browser, window, WinitSettings::desktop_app());
    app.add_plugins((web::plugin, web_a11y::plugin, web_link::plugin));
    app.run();
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
#[cfg(not(target_arch = "wasm32"))]
fn today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    crate::export::check::date_of_day((seconds / 86_400) as i64)
}

#[cfg(target_arch = "wasm32")]
fn today() -> String {
    web::today()
}

/// The app both platforms share: one window, egui drawing the shell, reactive redraws.
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
    .add_systems(Update, count_frames);
    #[cfg(not(target_arch = "wasm32"))]
    app.add_plugins(presenter::plugin);
    add_glue(&mut app, shell, storage);
    app
}

pub(crate) fn count_frames(mut frames: ResMut<FrameCount>) {
    frames.0 += 1;
}

/// The window-free part of the app: the shell as a resource, keys to the quick-exit counter,
/// and the shell's effects carried out (saving, leaving). Tests run it under `MinimalPlugins`.
pub fn add_glue(app: &mut App, shell: Shell, storage: Storage) {
    #[cfg(not(target_arch = "wasm32"))]
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
    #[cfg(not(target_arch = "wasm32"))] mut presenter: presenter::Presenter,
    #[cfg(target_arch = "wasm32")] mut link: ResMut<web_link::End>,
    #[cfg_attr(target_arch = "wasm32", allow(unused, reason = "the browser leaves by replacing the page"))]
    mut exit: MessageWriter<AppExit>,
) {
    for effect in shell.take_effects() {
        // The browser's presenter view is another page (web_link.rs).
        #[cfg(target_arch = "wasm32")]
        link.carry(&mut shell, &effect);
        match effect {
            Effect::Save => {
                if let Err(e) = storage.0.save(shell.saved()) {
                    warn!("could not save progress: {e}");
                }
            }
            // The screen is already blank (painted in the same frame); now leave: close the
            // window, or in the browser replace the page with a neutral one.
            Effect::QuickExit => {
                #[cfg(not(target_arch = "wasm32"))]
                exit.write(AppExit::Success);
                #[cfg(target_arch = "wasm32")]
                web::quick_exit(&shell.library().portals.neutral_url);
            }
            // The shell only asks for https links the pack declares.
            Effect::OpenUrl(url) => {
                #[cfg(not(target_arch = "wasm32"))]
                if let Err(e) = webbrowser::open(&url) {
                    warn!("could not open {url}: {e}");
                }
                #[cfg(target_arch = "wasm32")]
                web::open_url(&url);
            }
            Effect::SaveDocument { file_name, html } => save_document(&mut shell, &storage.0, &file_name, &html),
            // A second window on the desktop (src/app/presenter.rs); in the browser, a second
            // page (web_link.rs, above).
            Effect::OpenPresenter => {
                #[cfg(not(target_arch = "wasm32"))]
                presenter.open(&shell.t(crate::i18n::ui_text::PRESENTER_TITLE));
            }
            Effect::ClosePresenter => {
                #[cfg(not(target_arch = "wasm32"))]
                presenter.close();
            }
            // Only a browser page has another page to tell; the desktop's windows share a shell.
            Effect::Link(_) => {}
            Effect::ShowAccessibilityStatement => {
                #[cfg(not(target_arch = "wasm32"))]
                save_document(
                    &mut shell,
                    &storage.0,
                    "chatwise-accessibility.html",
                    include_str!("../../web/accessibility.html"),
                );
                #[cfg(target_arch = "wasm32")]
                web::open_url("accessibility.html");
            }
        }
    }
}

/// Saves a printable document and shows it: on desktop a file in the Downloads folder (else
/// the data folder) opened in the browser, for printing or saving as PDF; on the web, a download.
fn save_document(shell: &mut Shell, storage: &Storage, file_name: &str, html: &str) {
    use crate::i18n::{FluentArgs, ui_text};
    #[cfg(not(target_arch = "wasm32"))]
    let result = storage.save_document(file_name, html).map(|path| {
        if let Err(e) = webbrowser::open(&path.to_string_lossy()) {
            warn!("could not open {}: {e}", path.display());
        }
        (ui_text::DOCUMENT_SAVED, path.display().to_string())
    });
    #[cfg(target_arch = "wasm32")]
    let result = {
        let _ = storage;
        web::download(file_name, html).map(|()| (ui_text::DOCUMENT_DOWNLOADED, file_name.to_owned()))
    };
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
