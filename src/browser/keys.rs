//! Raw key presses for the quick-exit counter (Shift three times), whatever egui has focused.
//!
//! egui has no key event for Shift alone (it is a modifier), so the page's own `keydown` and
//! `keyup` are counted here, and handed to the shell at the next frame. They are heard on the
//! document, before anything else on the page: while a text field is edited, keys go to
//! eframe's hidden `<input>` instead of the canvas, and the quick exit must work then too.

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

/// Listens to the page's keys, wherever its focus is; each asks for a frame.
pub(super) fn start(ctx: &egui::Context) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
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
        // The capture phase: no listener below can stop the key from being counted.
        let _ = document.add_event_listener_with_callback_and_bool(event, listener.as_ref().unchecked_ref(), true);
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
