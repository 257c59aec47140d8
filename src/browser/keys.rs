//! Raw key presses for the quick-exit counter (Shift three times), whatever egui has focused.
//!
//! egui has no key event for Shift alone (it is a modifier), so the page's own `keydown` and
//! `keyup` on the canvas are counted here, and handed to the shell at the next frame.

use std::cell::RefCell;

use eframe::egui;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::ui::Shell;
use crate::ui::quick_exit::Key;

thread_local! {
    /// Presses and releases since the last frame: the key, and whether it went down.
    static PRESSES: RefCell<Vec<(Key, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Listens to the canvas's keys (where eframe listens too: keys reach the app while it has
/// focus); each asks for a frame.
pub(super) fn start(ctx: &egui::Context) {
    let Some(canvas) = super::page::canvas() else { return };
    for (event, down) in [("keydown", true), ("keyup", false)] {
        let ctx = ctx.clone();
        let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            if e.repeat() {
                return;
            }
            let key = if e.key() == "Shift" { Key::Shift } else { Key::Other };
            PRESSES.with_borrow_mut(|presses| presses.push((key, down)));
            ctx.request_repaint();
        });
        let _ = canvas.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        // The page lives as long as the app.
        listener.forget();
    }
}

/// Hands the shell this frame's presses, at `now` on egui's clock (which the header's Shift
/// hint reads too).
pub(super) fn count(shell: &mut Shell, now: f64) {
    for (key, down) in PRESSES.with_borrow_mut(std::mem::take) {
        shell.key(key, down, now);
    }
}
