//! Feeds raw key presses to the quick-exit counter, whatever egui has focused.

use bevy::input::ButtonState;
use bevy::input::keyboard::KeyboardInput;
use bevy::prelude::*;

use super::ShellRes;
use crate::ui::quick_exit::Key;

pub(super) fn plugin(app: &mut App) {
    // Registered here too, for tests that run the glue without the window plugins.
    app.add_message::<bevy::window::RequestRedraw>().add_systems(PreUpdate, count_shift_presses);
}

fn count_shift_presses(
    mut keys: MessageReader<KeyboardInput>,
    mut shell: ResMut<ShellRes>,
    time: Res<Time<Real>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    // The same clock as egui's `input.time`, which the header's Shift hint reads: bevy_egui
    // fills it from `Time<Real>` too (bevy_egui 0.42, input.rs).
    let now = time.elapsed_secs_f64();
    if !keys.is_empty() {
        // One more frame after a key, so that what the key did in egui (Enter on a focused
        // button, say) is drawn now rather than at the next input.
        redraw.write(bevy::window::RequestRedraw);
    }
    for event in keys.read() {
        if event.repeat {
            continue;
        }
        let key = match event.key_code {
            KeyCode::ShiftLeft | KeyCode::ShiftRight => Key::Shift,
            _ => Key::Other,
        };
        shell.key(key, event.state == ButtonState::Pressed, now);
    }
}
