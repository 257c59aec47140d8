//! The browser app (compiled for wasm32 only): the same views as the desktop (`crate::ui`) in
//! the page's `#chatwise` canvas, run by eframe, egui's own web runner.
//!
//! Why not Bevy, as on the desktop: a child opens this on a phone over mobile data, and Bevy's
//! engine was most of a 3.4 MB first visit (its reflection registers every type at start-up,
//! whatever the app asks). The views never knew Bevy, so the page runs them on the smallest
//! runner egui has. eframe also sizes the canvas's backing store by the device's pixel ratio
//! itself (a `ResizeObserver`, with `devicePixelContentBoxSize` in Chromium and Firefox; in
//! Safari, which lacks it, the content box times `devicePixelRatio`), so text is sharp on phones
//! without the workaround Bevy needed (bevyengine/bevy#25306). `page::keep_device_density`
//! checks its answer each frame.
//!
//! This module is the glue: it builds the `Shell`, draws it every frame eframe asks for, and
//! carries out its effects. The page's own parts are in `page.rs` (storage, languages, links,
//! files from the loader, the attributes the page and tests read), `a11y.rs` (the screen
//! readers' mirror of the canvas) and `link.rs` (the presenter page's channel).

mod a11y;
mod keys;
mod link;
mod page;

use eframe::egui;

use crate::library;
use crate::ui::{Effect, Shell};

/// Starts the app in the page's canvas, on the site's pack (`chatwise site`) or the built-in
/// lessons (`web/build.sh`). web/loader.js has fetched the module and any pack or language
/// files before this runs.
pub fn run() {
    page::install_panic_hook();
    page::mark("chatwise:start");
    // A site made by `chatwise site` brings its pack; the built-in library's site does not.
    let published = page::site_pack();
    let loaded = match &published {
        Some(json) => match library::bundle::Bundle::from_json(json) {
            Ok(bundle) => {
                let loaded = bundle.load();
                if let Some(first) = loaded.diagnostics.iter().find(|d| d.is_error()) {
                    page::pack_failed(&format!("pack.json has {} error(s), the first: {first}", loaded.error_count()));
                    return;
                }
                loaded
            }
            Err(e) => {
                page::pack_failed(&e.to_string());
                return;
            }
        },
        // The built-in library with the languages the loader has already fetched.
        None => page::built_in_library(),
    };
    page::mark("chatwise:library");
    let mut shell = new_shell(loaded.library);
    // The same site at #presenter-<pair>: the teacher's presenter view, following the page
    // that opened it.
    if link::is_presenter_page() {
        shell.follow_projector();
    }
    page::mark("chatwise:shell");
    let Some(canvas) = page::canvas() else {
        page::failed("the page has no #chatwise canvas");
        return;
    };
    let app = BrowserApp {
        shell,
        page: page::PageState::default(),
        link: link::End::default(),
        frames: 0,
        published: published.is_some(),
        languages_given_up: Vec::new(),
    };
    let options = eframe::WebOptions {
        // Tab, Space and the arrows belong to the app while the canvas has focus; eframe
        // already keeps them from scrolling the page. Other keys may reach the page.
        should_stop_propagation: Box::new(|_| false),
        ..eframe::WebOptions::default()
    };
    wasm_bindgen_futures::spawn_local(async move {
        // eframe's panic hook passes each panic on to ours (installed above), which tells the page.
        let runner = eframe::WebRunner::new();
        let started = runner
            .start(
                canvas,
                options,
                Box::new(move |creation| {
                    let ctx = &creation.egui_ctx;
                    a11y::start(ctx);
                    keys::start(ctx);
                    link::open(&app.shell, ctx);
                    Ok(Box::new(app))
                }),
            )
            .await;
        if let Err(error) = started {
            // No WebGL 2 context after all, or the like: the loader shows its message.
            page::failed(&format!("{error:?}"));
        }
    });
}

/// The shell on what was saved, with a notice when saved data had to be set aside.
fn new_shell(library: library::Library) -> Shell {
    let (saved, set_aside) = page::load();
    let mut shell = Shell::new(library, saved, page::languages());
    shell.set_today(page::today());
    // The presenter view is a second page of the site (link.rs).
    shell.set_can_present(true);
    if set_aside {
        let text = shell.t(crate::i18n::ui_text::NOTICE_CORRUPT);
        shell.notify(text, Vec::new());
    }
    shell
}

/// The app eframe runs: the shell, and what the glue keeps between frames.
struct BrowserApp {
    shell: Shell,
    page: page::PageState,
    link: link::End,
    /// Frames drawn so far (the page is told the app is ready a few frames in).
    frames: u32,
    /// A published site's pack.json holds every language already.
    published: bool,
    /// Languages the site could not send (English is shown instead).
    languages_given_up: Vec<String>,
}

impl eframe::App for BrowserApp {
    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        page::keep_device_density(ctx, raw_input);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        // What happened since the last frame, before it is drawn: Shift presses for the quick
        // exit, the other page's messages, files the loader brought, and the effects the last
        // frame asked for (the last frame is on screen by now: a quick exit's blank page too).
        keys::count(&mut self.shell, now);
        self.link.hear(&mut self.shell, now);
        page::fetch_fonts(&ctx);
        page::fetch_pictures(&ctx);
        if !self.published {
            page::fetch_languages(&mut self.shell, &mut self.languages_given_up, &ctx);
        }
        self.carry_out_effects();

        // The whole UI, in the page's content area (inside a phone's notch and rounded corners).
        let mut root = egui::Ui::new(
            ctx.clone(),
            egui::Id::new("root"),
            egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.content_rect()),
        );
        self.shell.ui(&mut root);
        // Effects asked for in this frame are carried out at the start of the next one: make
        // sure there is one, even when nothing on screen changed.
        if self.shell.has_effects() {
            ctx.request_repaint();
        }
        self.link.tell(&self.shell, now);
        self.frames = self.frames.saturating_add(1);
        self.page.sync(&self.shell, &ctx, self.frames);
    }

    /// The page's background (web/style.css), behind the first frame and any gap.
    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        egui::Color32::from_rgb(0xF6, 0xF8, 0xFB).to_normalized_gamma_f32()
    }
}

impl BrowserApp {
    fn carry_out_effects(&mut self) {
        let shell = &mut self.shell;
        for effect in shell.take_effects() {
            // The presenter view is another page (link.rs).
            self.link.carry(shell, &effect);
            match effect {
                Effect::Save => {
                    if let Err(e) = page::save(shell.saved()) {
                        log::warn!("could not save progress: {e}");
                    }
                }
                // The screen is already blank (painted in the last frame): replace the page
                // with a neutral one.
                Effect::QuickExit => page::quick_exit(&shell.library().portals.neutral_url),
                // The shell only asks for https links the pack declares.
                Effect::OpenUrl(url) => page::open_url(&url),
                Effect::SaveDocument { file_name, html } => {
                    use crate::i18n::{FluentArgs, ui_text};
                    let text = match page::download(&file_name, &html) {
                        Ok(()) => {
                            let mut args = FluentArgs::new();
                            args.set("path", file_name);
                            shell.t_with(ui_text::DOCUMENT_DOWNLOADED, &args)
                        }
                        Err(e) => format!("{file_name}: {e}"),
                    };
                    shell.notify(text, Vec::new());
                }
                Effect::ShowAccessibilityStatement => page::open_url("accessibility.html"),
                // Opening, closing and telling the presenter page: link.rs, above.
                Effect::OpenPresenter | Effect::ClosePresenter | Effect::Link(_) => {}
            }
        }
    }
}
