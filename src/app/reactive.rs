//! Redraw only on input or animation. bevy_egui pushes a `ModifiersChanged` event every frame,
//! which egui treats as input and answers with a repaint, so the loop never sleeps; dropping
//! the ones that change nothing brings idle CPU from ~1.7 cores to ~0 (measured by tests/bench/desktop.sh).

use bevy::prelude::*;
use bevy_egui::{EguiContext, EguiInput, EguiPostUpdateSet, EguiPreUpdateSet, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
    );
    // Upload the font atlas before idling, so the last frame never misses glyphs.
    app.configure_sets(PostUpdate, EguiPostUpdateSet::PostProcessOutput.before(bevy::asset::AssetEventSystems));
}

fn drop_unchanged_modifiers(mut contexts: Query<(&mut EguiInput, &mut EguiContext)>) {
    for (mut input, mut context) in &mut contexts {
        let current = context.get_mut().input(|i| i.modifiers);
        let losing_focus = input.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(false)));
        if !losing_focus {
            input.events.retain(|e| !matches!(e, egui::Event::ModifiersChanged(m) if *m == current));
        }
    }
}
