//! The font files the app can draw with now. On desktop every shipped file is built in. In the
//! browser only Noto Sans is (an English or Ukrainian reader downloads no script font); a
//! script's files arrive from the site itself when a language needs them (web/loader.js fetches
//! them, browser/page.rs hands them over here), and the shell reinstalls the fonts when they do.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use egui::FontData;

use super::egui;
use super::requests::Requests;
use chatwise_base::script;

/// Files that arrived while the app runs (the browser), and files asked for but not here yet.
static ARRIVED: Mutex<Vec<(String, Vec<u8>)>> = Mutex::new(Vec::new());
static WANTED: Requests = Requests::new();
/// Changes whenever a file arrives, so the shell knows to reinstall.
static GENERATION: AtomicUsize = AtomicUsize::new(0);

pub fn is_built_in(file: &str) -> bool {
    script::built_in_file(file).is_some()
}

pub fn has(file: &str) -> bool {
    is_built_in(file) || ARRIVED.lock().is_ok_and(|a| a.iter().any(|(name, _)| name == file))
}

fn arrived(file: &str) -> Option<Vec<u8>> {
    let arrived = ARRIVED.lock().ok()?;
    arrived.iter().find(|(name, _)| name == file).map(|(_, bytes)| bytes.clone())
}

/// The file's data, if the app has it.
pub fn data(file: &str) -> Option<FontData> {
    match script::built_in_file(file) {
        Some(bytes) => Some(FontData::from_static(bytes)),
        None => arrived(file).map(FontData::from_owned),
    }
}

/// The file's bytes, if the app has it.
pub fn bytes(file: &str) -> Option<Vec<u8>> {
    script::built_in_file(file).map(<[u8]>::to_vec).or_else(|| arrived(file))
}

/// A file has arrived from the site.
pub fn arrive(file: &str, bytes: Vec<u8>) {
    if let Ok(mut arrived) = ARRIVED.lock()
        && !arrived.iter().any(|(name, _)| name == file)
    {
        arrived.push((file.to_owned(), bytes));
        GENERATION.fetch_add(1, Ordering::Relaxed);
    }
    WANTED.remove(file);
}

pub fn generation() -> usize {
    GENERATION.load(Ordering::Relaxed)
}

/// Asks for files the app does not have (the browser glue fetches them from the site).
pub fn want(files: impl IntoIterator<Item = String>) {
    for file in files.into_iter().filter(|f| !has(f)) {
        WANTED.add(&file);
    }
}

/// A file cannot be had (the site has none): stop asking for it.
pub fn give_up(file: &str) {
    WANTED.remove(file);
}

/// Files asked for and not yet here.
pub fn wanted() -> Vec<String> {
    WANTED.list()
}
