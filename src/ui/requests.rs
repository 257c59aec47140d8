//! A list of files the browser app has asked its site for (script fonts, lesson pictures), which
//! the web glue (browser/page.rs) reads each frame until they arrive or cannot be had.

use std::sync::Mutex;

pub struct Requests(Mutex<Vec<String>>);

impl Requests {
    pub const fn new() -> Requests {
        Requests(Mutex::new(Vec::new()))
    }

    /// Adds `name` once.
    pub fn add(&self, name: &str) {
        if let Ok(mut names) = self.0.lock()
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_owned());
        }
    }

    pub fn remove(&self, name: &str) {
        if let Ok(mut names) = self.0.lock() {
            names.retain(|n| n != name);
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.lock().is_ok_and(|names| names.iter().any(|n| n == name))
    }

    pub fn list(&self) -> Vec<String> {
        self.0.lock().map(|names| names.clone()).unwrap_or_default()
    }
}
