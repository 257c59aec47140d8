//! The browser build's side of the glue (compiled for wasm32 only): the page's languages,
//! local storage, links in a new tab, the quick exit, and the few things the page around the
//! canvas needs to know (`web/index.html`, `web/loader.js`):
//!
//! - `<html lang dir>` follow the chosen language, and the title is translated;
//! - `<html data-state="ready">` once the first frame with the UI is on screen (the loader
//!   then hides its loading screen; the end-to-end test waits for it);
//! - `data-screen`, `data-lesson`, `data-step` and `data-complete` say where the reader is,
//!   and `data-width` the layout's width in points;
//! - screen readers get the page's accessibility mirror of the canvas (`web_a11y.rs`).

use bevy::prelude::*;
use bevy_egui::EguiContexts;
use wasm_bindgen::{JsCast, JsValue};

use super::ShellRes;
use crate::ui::saved::Saved;

/// The key progress and settings are kept under in local storage.
const STORAGE_KEY: &str = "chatwise";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn root_element() -> Option<web_sys::Element> {
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
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("chatwise: {info}")));
        if let Some(root) = root_element() {
            let _ = root.set_attribute("data-state", "failed");
        }
    }));
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

/// Saves `saved` to local storage.
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
        warn!("could not open {url}: {e:?}");
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

/// What the page was last told, so attributes are only written when something changed.
#[derive(Resource, Default)]
pub(super) struct PageState {
    language: String,
    place: [String; 4],
    ready: bool,
    width: f32,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PageState>()
        .add_systems(PreUpdate, follow_device_pixels.before(bevy_egui::EguiPreUpdateSet::ProcessInput))
        .add_systems(PostUpdate, sync_page.after(bevy_egui::EguiPostUpdateSet::ProcessOutput))
        .add_systems(Update, (fetch_fonts, fetch_languages, fetch_pictures));
}

// Sharp text on phones: a workaround for bevyengine/bevy#25306.
//
// On the web, Bevy 0.19 does not give the canvas a backing store of its CSS size times the
// device pixel ratio. Left alone it drew at one pixel per CSS pixel while taking the ratio as
// its scale factor, so the UI came out 2-3 times too big; with the scale factor forced to 1 the
// layout was right but every letter was blurred and, as winit reports pointers in device
// pixels, taps landed 2-3 times too far from the corner. So the page sets both itself: the
// physical size is the CSS size times the ratio, and the scale factor is the ratio, at start
// (`window_resolution`) and after every resize or zoom (`follow_device_pixels`). winit, wgpu
// and egui then agree: one point per CSS pixel, one drawn pixel per device pixel. Nothing here
// depends on `devicePixelContentBoxSize`, which Safari lacks. When Bevy sizes the canvas by the
// ratio itself, delete both and the resolution in `run_in_browser`.

/// The page's size in CSS pixels (the body, which the canvas fills) and its device pixel ratio.
fn page_pixels() -> Option<(f32, f32, f32)> {
    let window = window()?;
    let body = window.document()?.body()?;
    let ratio = window.device_pixel_ratio() as f32;
    let ratio = if ratio.is_finite() && ratio > 0.0 { ratio } else { 1.0 };
    Some((body.client_width().max(1) as f32, body.client_height().max(1) as f32, ratio))
}

/// The physical size and scale factor for a page of `width` × `height` CSS pixels at `ratio`.
fn device_resolution(width: f32, height: f32, ratio: f32) -> (u32, u32, f32) {
    ((width * ratio).round() as u32, (height * ratio).round() as u32, ratio)
}

/// The window's resolution at start: the page's size at the device's pixel density.
pub fn window_resolution() -> bevy::window::WindowResolution {
    let (width, height, ratio) = page_pixels().unwrap_or((1280.0, 720.0, 1.0));
    let (physical_width, physical_height, scale) = device_resolution(width, height, ratio);
    bevy::window::WindowResolution::new(physical_width, physical_height).with_scale_factor_override(scale)
}

/// Keeps the window at the page's size and pixel density (see above); touches the window only
/// when something changed, so an idle page stays idle.
fn follow_device_pixels(
    mut windows: Query<&mut Window, With<bevy::window::PrimaryWindow>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let (Ok(mut window), Some((width, height, ratio))) = (windows.single_mut(), page_pixels()) else { return };
    keep_canvas_fluid();
    let (physical_width, physical_height, scale) = device_resolution(width, height, ratio);
    let resolution = &window.bypass_change_detection().resolution;
    let same = resolution.physical_width() == physical_width
        && resolution.physical_height() == physical_height
        && resolution.scale_factor_override() == Some(scale);
    if !same {
        window.resolution.set_scale_factor_override(Some(scale));
        window.resolution.set_physical_resolution(physical_width, physical_height);
        // egui learns the new size from the camera, after this frame: draw one more.
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// winit answers a new size by fixing the canvas's CSS size in pixels, after which the canvas
/// no longer follows the page and winit hears of no resize or turn of the phone. Setting it
/// back to the page's size keeps winit's resize observer, and so the app, told.
fn keep_canvas_fluid() {
    let Some(style) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("chatwise"))
        .and_then(|canvas| canvas.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|canvas| canvas.style())
    else {
        return;
    };
    for property in ["width", "height"] {
        if style.get_property_value(property).ok().as_deref() != Some("100%") {
            let _ = style.set_property(property, "100%");
        }
    }
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
fn look_again(contexts: &mut EguiContexts) {
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.request_repaint_after_secs(0.1);
    }
}

/// Hands the app the lesson pictures it asked for (`ui::images`): web/loader.js fetches each
/// from the site and the browser decodes it into `globalThis.chatwiseImages[path]`.
fn fetch_pictures(mut contexts: EguiContexts) {
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
        look_again(&mut contexts);
    }
}

/// The reader needs a language the app does not carry: ask the loader for its file, and when it
/// is there, load the library again with it (the reader sees English until then, for a moment).
fn fetch_languages(
    mut shell: ResMut<ShellRes>,
    mut given_up: Local<Vec<String>>,
    mut published: Local<Option<bool>>,
    mut contexts: EguiContexts,
) {
    // A published site's pack.json holds every language already (asked once: it is large).
    if *published.get_or_insert_with(|| site_pack().is_some()) {
        return;
    }
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
            warn!("chatwise: the site could not send the `{code}` translations; showing English");
            given_up.push(code);
        }
        SiteFile::Pending => look_again(&mut contexts),
    }
}

/// Hands the app the script fonts it asked for (`ui::fonts::want`). web/loader.js fetches them
/// from the site itself (`chatwiseFetchFont`, started early for the saved language) and leaves
/// each file's bytes in `globalThis.chatwiseFonts`.
fn fetch_fonts(mut contexts: EguiContexts) {
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
        look_again(&mut contexts);
    }
}

fn set(element: &web_sys::Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

/// Keeps `<html lang dir>`, the title and the place attributes in step with the shell.
fn sync_page(
    shell: Res<ShellRes>,
    mut page: ResMut<PageState>,
    frames: Res<super::FrameCount>,
    mut contexts: EguiContexts,
) {
    let Some(root) = root_element() else { return };
    let shell = &**shell;
    if page.language != shell.language() {
        page.language = shell.language().to_owned();
        set(&root, "lang", &page.language);
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
    if page.place != place {
        for (name, value) in ["data-screen", "data-lesson", "data-step", "data-complete"].iter().zip(&place) {
            set(&root, name, value);
        }
        page.place = place;
    }
    // The layout's width in points: one per CSS pixel (see `run_in_browser`).
    let width = contexts.ctx_mut().map_or(page.width, |ctx| ctx.content_rect().width());
    if (page.width - width).abs() >= 1.0 {
        page.width = width;
        set(&root, "data-width", &format!("{}", width.round()));
    }
    // A few frames in, fonts are uploaded and the first screen is painted.
    if !page.ready && frames.0 >= 3 {
        page.ready = true;
        set(&root, "data-state", "ready");
        mark("chatwise:ready");
    }
}

/// Today's date (YYYY-MM-DD, UTC) from the browser's clock.
pub fn today() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    iso.get(..10).unwrap_or_default().to_owned()
}
