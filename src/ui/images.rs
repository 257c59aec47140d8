//! Story pictures as egui textures, decoded once and kept by path. On desktop the pictures come
//! with the library (built in, or the pack's `images/` folder) and are decoded here. In the
//! browser the app carries none: the glue asks the page for a lesson's pictures when it needs
//! them (web/loader.js fetches them from the site and the browser decodes them) and hands the
//! pixels over with [`arrive`].

use std::sync::Mutex;

use egui::{ColorImage, TextureHandle, TextureOptions};

use super::egui;
use super::requests::Requests;
use chatwise_library::Library;

/// Pictures decoded by the browser, waiting to become textures; and pictures asked for.
static ARRIVED: Mutex<Vec<(String, ColorImage)>> = Mutex::new(Vec::new());
static WANTED: Requests = Requests::new();
/// Pictures that cannot be had (missing, or not a picture): their description shows instead.
static FAILED: Requests = Requests::new();

/// What to draw for a picture now.
pub enum Picture {
    Ready(TextureHandle),
    /// Still coming (the browser): keep the space, show the description.
    Loading,
    /// It cannot be drawn: show the description instead.
    Unavailable,
}

/// The picture at `path`, decoding or asking for it the first time.
pub fn picture(ctx: &egui::Context, library: &Library, path: &str) -> Picture {
    let id = egui::Id::new(("chatwise-picture", path));
    if let Some(texture) = ctx.data(|d| d.get_temp::<TextureHandle>(id)) {
        return Picture::Ready(texture);
    }
    if FAILED.contains(path) {
        return Picture::Unavailable;
    }
    let image = match library.images.get(path) {
        Some(bytes) => decode(bytes),
        None => take_arrived(path),
    };
    match image {
        Some(image) => {
            let texture = ctx.load_texture(path, image, TextureOptions::LINEAR);
            ctx.data_mut(|d| d.insert_temp(id, texture.clone()));
            Picture::Ready(texture)
        }
        None if library.images.contains_key(path) || cfg!(not(target_arch = "wasm32")) => {
            fail(path);
            Picture::Unavailable
        }
        None => {
            WANTED.add(path);
            Picture::Loading
        }
    }
}

fn take_arrived(path: &str) -> Option<ColorImage> {
    let mut arrived = ARRIVED.lock().ok()?;
    let at = arrived.iter().position(|(p, _)| p == path)?;
    Some(arrived.remove(at).1)
}

/// A picture the browser decoded: `rgba` is unpremultiplied, `width` x `height`.
pub fn arrive(path: &str, width: usize, height: usize, rgba: &[u8]) {
    if rgba.len() != width * height * 4 {
        fail(path);
        return;
    }
    if let Ok(mut arrived) = ARRIVED.lock() {
        arrived.push((path.to_owned(), ColorImage::from_rgba_unmultiplied([width, height], rgba)));
    }
    WANTED.remove(path);
}

/// The picture cannot be had: show its description from now on.
pub fn fail(path: &str) {
    FAILED.add(path);
    WANTED.remove(path);
}

/// Pictures asked for and not here yet (for the browser glue).
pub fn wanted() -> Vec<String> {
    WANTED.list()
}

#[cfg(not(target_arch = "wasm32"))]
fn decode(bytes: &[u8]) -> Option<ColorImage> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8() | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().ok()?;
    let mut buffer = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buffer).ok()?;
    let pixels = &buffer[..info.buffer_size()];
    let size = [info.width as usize, info.height as usize];
    match info.color_type {
        png::ColorType::Rgba => Some(ColorImage::from_rgba_unmultiplied(size, pixels)),
        png::ColorType::Rgb => Some(ColorImage::from_rgb(size, pixels)),
        png::ColorType::GrayscaleAlpha => {
            let rgba: Vec<u8> = pixels.chunks(2).flat_map(|p| [p[0], p[0], p[0], p[1]]).collect();
            Some(ColorImage::from_rgba_unmultiplied(size, &rgba))
        }
        png::ColorType::Grayscale => {
            let rgba: Vec<u8> = pixels.iter().flat_map(|g| [*g, *g, *g, 255]).collect();
            Some(ColorImage::from_rgba_unmultiplied(size, &rgba))
        }
        png::ColorType::Indexed => None,
    }
}

/// The browser build decodes nothing itself: the page does (see web/loader.js).
#[cfg(target_arch = "wasm32")]
fn decode(_bytes: &[u8]) -> Option<ColorImage> {
    None
}
