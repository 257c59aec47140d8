//! Feeds raw key presses to the quick-exit counter, whatever egui has focused.

use bevy::input::ButtonState;
use bevy::input::keyboard::KeyboardInput;
use bevy::prelude::*;

use super::ShellRes;
use crate::ui::quick_exit::Key;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreUpdate, count_shift_presses);
}

fn count_shift_presses(mut keys: MessageReader<KeyboardInput>, mut shell: ResMut<ShellRes>, time: Res<Time<Real>>) {
    let now = time.elapsed_secs_f64();
    for event in keys.read() {
        if event.repeat {
            continue;
        }
        let key = match event.key_code {
            KeyCode::ShiftLeft | KeyCode::ShiftRight => Key::Shift,
            _ => Key::Other,
        };
        shell.0.key(key, event.state == ButtonState::Pressed, now);
    }
}
