//! The page around the app: its languages, local storage, links in a new tab, downloads, the
//! quick exit, the files the loader fetches for the app (fonts, languages, pictures), and the
//! few things the page needs to know (`web/index.html`, `web/loader.js`):
//!
//! - `<html lang dir>` follow the chosen language, and the title is translated;
//! - `<html data-state="ready">` once the first frame with the UI is on screen (the loader
//!   then hides its loading screen; the end-to-end test waits for it);
//! - `data-screen`, `data-lesson`, `data-step` and `data-complete` say where the reader is,
//!   and `data-width` the layout's width in points;
//! - screen readers get the page's accessibility mirror of the canvas (`a11y.rs`).

use eframe::egui;
use wasm_bindgen::{JsCast, JsValue};

use crate::ui::Shell;
use crate::ui::saved::Saved;

/// The key progress and settings are kept under in local storage.
const STORAGE_KEY: &str = "chatwise";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub(super) fn root_element() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

/// A named moment of start-up on the page's performance timeline (`chatwise:start`,
/// `chatwise:library`, `chatwise:shell`, `chatwise:ready`): `tests/bench/web-load.sh` prints
/// where the time before the first frame goes. Costs nothing a reader would notice.
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Reports a panic to the page and the console before the module aborts (the web profile has
/// `panic = "abort"`, which would otherwise end the app without a word).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| failed(&info.to_string())));
}

/// The pack a published site brings (`pack.json`, which web/loader.js fetched and left in
/// `globalThis.chatwisePack` before starting the app); `None` on the built-in library's site.
pub fn site_pack() -> Option<String> {
    let window = window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str("chatwisePack")).ok()?.as_string()
}

/// The built-in library: the lessons and English built in, with every language the site has
/// sent so far (`lang-<code>.json`, left by web/loader.js in `globalThis.chatwiseLanguages`).
/// Languages not here yet are fetched when the reader needs them ([`fetch_languages`]).
pub fn built_in_library() -> crate::library::Loaded {
    use crate::base::source::RawFile;
    use crate::library::origin;
    let mut locales = origin::embedded_locales();
    if let Some(window) = window()
        && let Ok(arrived) = js_sys::Reflect::get(&window, &JsValue::from_str("chatwiseLanguages"))
        && arrived.is_object()
    {
        let object: js_sys::Object = arrived.clone().unchecked_into();
        for code in js_sys::Object::keys(&object).iter().filter_map(|k| k.as_string()) {
            let text = js_sys::Reflect::get(&arrived, &JsValue::from_str(&code)).ok().and_then(|t| t.as_string());
            let files: std::collections::BTreeMap<String, String> =
                text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
            for (relative, text) in files {
                // Only this language's own translations; nothing else can come in this way.
                if relative.starts_with(&format!("{code}/")) && relative.ends_with(".ftl") && !relative.contains("..") {
                    locales.push(RawFile { path: format!("locales/{relative}"), relative, bytes: text.into_bytes() });
                }
            }
        }
    }
    crate::library::load_files(origin::embedded_content_files(), locales)
}

/// The app cannot go on (no canvas, no WebGL 2 context after all, a panic): the loader says so
/// and offers what to do (`data-state="failed"`). The detail is for the console.
pub fn failed(detail: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("chatwise: {detail}")));
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-state", "failed");
    }
}

/// The site's pack cannot be used: the loader shows its message (`data-state="pack-failed"`),
/// never a blank canvas or a half-loaded library. The detail is for whoever runs the site.
pub fn pack_failed(detail: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("chatwise: {detail}")));
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-state", "pack-failed");
    }
}

/// The reader's languages as the browser reports them, best first.
pub fn languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Vec::new() };
    let mut out: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if out.is_empty() {
        out.extend(navigator.language());
    }
    out
}

fn local_storage() -> Option<web_sys::Storage> {
    // `None` when storage is switched off (some private modes): the app then saves nothing.
    window()?.local_storage().ok().flatten()
}

/// What was saved, and whether a corrupt value had to be set aside (show a notice).
pub fn load() -> (Saved, bool) {
    let Some(storage) = local_storage() else { return (first_visit(), false) };
    let Ok(Some(text)) = storage.get_item(STORAGE_KEY) else { return (first_visit(), false) };
    match Saved::from_json(&text) {
        Ok(saved) => (saved, false),
        Err(_) => {
            // Keep the bad value under another key, never delete it, and start fresh.
            let aside = format!("{STORAGE_KEY}.corrupt-{}", js_sys::Date::now() as u64);
            let _ = storage.set_item(&aside, &text);
            let _ = storage.remove_item(STORAGE_KEY);
            (Saved::default(), true)
        }
    }
}

/// A first visit starts from the reader's own browser and system settings: less motion, more
/// contrast, or forced colours (which cannot recolour a canvas, so the high-contrast theme
/// stands in). From then on Settings is where they change; what the reader picks is kept.
fn first_visit() -> Saved {
    let mut saved = Saved::default();
    let prefers =
        |query: &str| window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|list| list.matches());
    saved.settings.reduced_motion = prefers("(prefers-reduced-motion: reduce)");
    saved.settings.high_contrast = prefers("(prefers-contrast: more)") || prefers("(forced-colors: active)");
    saved
}

/// Saves `saved` to local storage.
pub fn save(saved: &Saved) -> Result<(), String> {
    let Some(storage) = local_storage() else { return Ok(()) };
    storage.set_item(STORAGE_KEY, &saved.to_json()).map_err(|e| format!("{e:?}"))
}

/// Opens a help link in a new tab with no link back to this page. It runs in the frame that
/// handles the click, within the click's user activation, so popup blockers let it through.
pub fn open_url(url: &str) {
    if let Some(window) = window()
        && let Err(e) = window.open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer")
    {
        log::warn!("could not open {url}: {e:?}");
    }
}

/// Offers `html` as a file download (a printable document, or a learning check's counts as
/// CSV), from the click that asked for it.
pub fn download(file_name: &str, html: &str) -> Result<(), String> {
    let error = |e: JsValue| format!("{e:?}");
    let document = window().and_then(|w| w.document()).ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(html));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if file_name.ends_with(".csv") { "text/csv;charset=utf-8" } else { "text/html;charset=utf-8" });
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(error)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(error)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(error)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Leaves for the neutral page, replacing this one in the history so Back does not return.
pub fn quick_exit(neutral_url: &str) {
    if let Some(window) = window() {
        let _ = window.location().replace(neutral_url);
    }
}

/// The app's canvas (`#chatwise` in web/index.html).
pub fn canvas() -> Option<web_sys::HtmlCanvasElement> {
    window()?.document()?.get_element_by_id("chatwise")?.dyn_into().ok()
}

/// Keeps the canvas's backing store at its CSS size times the device's pixel ratio, so text is
/// sharp and one egui point is one CSS pixel. eframe sizes it from the `ResizeObserver`'s
/// `devicePixelContentBoxSize` where the browser reports one, but Chromium's device emulation
/// (and so the tests' phones) reports that in CSS pixels: the app came out at half size, blurred.
/// A store more than a CSS pixel off is set here, before egui lays out the frame (`raw_input`'s
/// screen is then the CSS size in points); a store eframe sized right is left alone.
pub(super) fn keep_device_density(ctx: &egui::Context, raw_input: &mut egui::RawInput) {
    let (Some(window), Some(canvas)) = (window(), canvas()) else { return };
    let ratio = window.device_pixel_ratio() as f32;
    if !(ratio.is_finite() && ratio > 0.0) {
        return;
    }
    let (css_width, css_height) = (canvas.client_width() as f32, canvas.client_height() as f32);
    let (width, height) = ((css_width * ratio).round(), (css_height * ratio).round());
    let off = |now: u32, wanted: f32| (now as f32 - wanted).abs() > ratio;
    if css_width < 1.0 || css_height < 1.0 || !(off(canvas.width(), width) || off(canvas.height(), height)) {
        return;
    }
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let pixels_per_point = ctx.zoom_factor() * ratio;
    raw_input.screen_rect =
        Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height) / pixels_per_point));
}

/// What the page was last told, so attributes are only written when something changed.
#[derive(Default)]
pub(super) struct PageState {
    language: String,
    place: [String; 4],
    ready: bool,
    width: f32,
}

/// A file the app asked the page for (web/loader.js keeps each kind in a `globalThis` table).
enum SiteFile {
    /// Here: the table's entry (bytes, text or decoded pixels).
    Here(JsValue),
    /// The site could not send it (`null` in the table).
    Failed,
    /// Asked for (the loader's fetch function was called) and not here yet.
    Pending,
}

/// Looks `key` up in `globalThis[table]`; while it is not there, asks `globalThis[fetch](key)`
/// (the loader ignores repeated asks for a file already on its way).
fn site_file(table: &str, fetch: &str, key: &str) -> SiteFile {
    let Some(window) = window() else { return SiteFile::Failed };
    let get = |object: &JsValue, name: &str| {
        js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    };
    let files = get(&window, table);
    let entry = if files.is_object() { get(&files, key) } else { JsValue::UNDEFINED };
    if entry.is_null() {
        SiteFile::Failed
    } else if !entry.is_undefined() {
        SiteFile::Here(entry)
    } else {
        if let Some(fetch) = get(&window, fetch).dyn_ref::<js_sys::Function>() {
            let _ = fetch.call1(&JsValue::NULL, &JsValue::from_str(key));
        }
        SiteFile::Pending
    }
}

/// While files are on their way, look again soon (the loop is reactive: nothing else wakes it).
fn look_again(ctx: &egui::Context) {
    ctx.request_repaint_after_secs(0.1);
}

/// Hands the app the lesson pictures it asked for (`ui::images`): web/loader.js fetches each
/// from the site and the browser decodes it into `globalThis.chatwiseImages[path]`.
pub(super) fn fetch_pictures(ctx: &egui::Context) {
    let wanted = crate::ui::images::wanted();
    for path in &wanted {
        match site_file("chatwiseImages", "chatwiseFetchImage", path) {
            SiteFile::Here(picture) => {
                let get =
                    |name: &str| js_sys::Reflect::get(&picture, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
                let width = get("width").as_f64().unwrap_or(0.0) as usize;
                let height = get("height").as_f64().unwrap_or(0.0) as usize;
                crate::ui::images::arrive(path, width, height, &js_sys::Uint8Array::new(&get("data")).to_vec());
            }
            SiteFile::Failed => crate::ui::images::fail(path),
            SiteFile::Pending => {}
        }
    }
    if !wanted.is_empty() {
        look_again(ctx);
    }
}

/// The reader needs a language the app does not carry: ask the loader for its file, and when it
/// is there, load the library again with it (the reader sees English until then, for a moment).
/// `given_up` lists the languages the site could not send.
pub(super) fn fetch_languages(shell: &mut Shell, given_up: &mut Vec<String>, ctx: &egui::Context) {
    let Some(code) = shell.missing_language() else { return };
    if given_up.contains(&code) {
        return;
    }
    match site_file("chatwiseLanguages", "chatwiseFetchLanguage", &code) {
        SiteFile::Here(_) => {
            let loaded = built_in_library();
            if loaded.library.catalog.language(&code).is_some() {
                shell.add_languages(loaded.library);
            } else {
                given_up.push(code);
            }
        }
        SiteFile::Failed => {
            log::warn!("chatwise: the site could not send the `{code}` translations; showing English");
            given_up.push(code);
        }
        SiteFile::Pending => look_again(ctx),
    }
}

/// Hands the app the script fonts it asked for (`ui::fonts::want`). web/loader.js fetches them
/// from the site itself (`chatwiseFetchFont`, started early for the saved language) and leaves
/// each file's bytes in `globalThis.chatwiseFonts`.
pub(super) fn fetch_fonts(ctx: &egui::Context) {
    let wanted = crate::ui::fonts::wanted();
    for file in &wanted {
        match site_file("chatwiseFonts", "chatwiseFetchFont", file) {
            SiteFile::Here(bytes) if bytes.is_instance_of::<js_sys::ArrayBuffer>() => {
                crate::ui::fonts::arrive(file, js_sys::Uint8Array::new(&bytes).to_vec());
            }
            // The site could not send it (an old site without fonts): stop asking, and draw
            // what the fonts there are can draw.
            SiteFile::Here(_) | SiteFile::Failed => crate::ui::fonts::give_up(file),
            SiteFile::Pending => {}
        }
    }
    if !wanted.is_empty() {
        look_again(ctx);
    }
}

fn set(element: &web_sys::Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

impl PageState {
    /// Keeps `<html lang dir>`, the title and the place attributes in step with the shell, and
    /// says when the app is on screen (`frames`: frames drawn so far).
    pub(super) fn sync(&mut self, shell: &Shell, ctx: &egui::Context, frames: u32) {
        let Some(root) = root_element() else { return };
        if self.language != shell.language() {
            self.language = shell.language().to_owned();
            set(&root, "lang", &self.language);
            set(&root, "dir", shell.writing().direction.html());
            if let Some(document) = window().and_then(|w| w.document()) {
                let name = shell.t(crate::i18n::ui_text::APP_NAME);
                // The teacher tells the two windows apart by their titles.
                let title = if shell.follows_projector() {
                    format!("{name}: {}", shell.t(crate::i18n::ui_text::PRESENTER_TITLE))
                } else {
                    name
                };
                document.set_title(&title);
            }
        }
        let screen = shell.screen().slug();
        let (lesson, step, complete) = match shell.session() {
            Some(session) => {
                (session.run.lesson().id.clone(), session.run.step().id.clone(), session.run.is_complete().to_string())
            }
            None => Default::default(),
        };
        let place = [screen.to_owned(), lesson, step, complete];
        if self.place != place {
            for (name, value) in ["data-screen", "data-lesson", "data-step", "data-complete"].iter().zip(&place) {
                set(&root, name, value);
            }
            self.place = place;
        }
        // The layout's width in points: one per CSS pixel (eframe draws at the device's pixel
        // ratio and gives egui that ratio as its native scale).
        let width = ctx.content_rect().width();
        if (self.width - width).abs() >= 1.0 {
            self.width = width;
            set(&root, "data-width", &format!("{}", width.round()));
        }
        // A few frames in, fonts are uploaded and the first screen is painted; until then,
        // ask for the next frame (eframe draws only when asked).
        if !self.ready {
            if frames >= 3 {
                self.ready = true;
                set(&root, "data-state", "ready");
                mark("chatwise:ready");
            } else {
                ctx.request_repaint();
            }
        }
    }
}

/// Today's date (YYYY-MM-DD, UTC) from the browser's clock.
pub fn today() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    iso.get(..10).unwrap_or_default().to_owned()
}
