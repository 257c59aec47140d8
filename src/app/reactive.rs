//! The app's one repaint policy: a frame is drawn on input, or when something on screen is due
//! to change, and never otherwise (idle CPU is measured by tests/bench/desktop.sh).
//!
//! - **Input.** bevy_egui pushes a `ModifiersChanged` event every frame, which egui treats as
//!   input and answers with a repaint, so the loop would never sleep. The ones that change
//!   nothing are dropped here: idle CPU goes from ~1.7 cores to ~0.
//! - **A key press** gets one more frame (`keys.rs` says why: the browser's event order).
//! - **A change made this frame** (a press that changed the view): the views ask egui for a
//!   repaint now (`Shell::ui` compares its fingerprint), and bevy_egui draws it.
//! - **A change due later** (the next chat message while "typing", the Shift hint lapsing, the
//!   class's minute count, a picture still loading): the views ask egui for a repaint after a
//!   delay, as in any egui app. bevy_egui 0.42 turns *any* pending repaint, however far ahead,
//!   into a redraw now (`output.rs` checks `has_requested_repaint()`), which in reactive mode
//!   means frames back to back until it is due (vladbat00/bevy_egui#240). So this module takes
//!   that redraw back and wakes the loop when the repaint is due instead. If bevy_egui learns to
//!   schedule repaints itself, `wake_when_due` can go.

use std::time::Duration;

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};
use bevy_egui::{EguiContext, EguiFullOutput, EguiInput, EguiPostUpdateSet, EguiPreUpdateSet, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
    );
    // Upload the font atlas before idling, so the last frame never misses glyphs.
    app.configure_sets(PostUpdate, EguiPostUpdateSet::PostProcessOutput.before(bevy::asset::AssetEventSystems));
    app.init_resource::<LaterRepaint>()
        .add_systems(Startup, start_waker)
        .add_systems(
            PostUpdate,
            note_repaint_delay.after(EguiPostUpdateSet::EndPass).before(EguiPostUpdateSet::ProcessOutput),
        )
        .add_systems(PostUpdate, wake_when_due.after(EguiPostUpdateSet::ProcessOutput));
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

/// A repaint egui asked for in this frame, due after a delay; and how many redraws others
/// (keys, the page) had asked for before bevy_egui added its own.
#[derive(Resource, Default)]
struct LaterRepaint {
    due_in: Option<Duration>,
    redraws_before: usize,
}

fn note_repaint_delay(
    outputs: Query<&EguiFullOutput>,
    redraws: Res<Messages<RequestRedraw>>,
    mut later: ResMut<LaterRepaint>,
) {
    let delay = outputs
        .iter()
        .filter_map(|output| output.0.as_ref()?.viewport_output.get(&egui::ViewportId::ROOT))
        .map(|viewport| viewport.repaint_delay)
        .min();
    later.due_in = delay.filter(|d| !d.is_zero() && *d < Duration::MAX);
    later.redraws_before = redraws.iter_current_update_messages().len();
}

fn wake_when_due(
    mut later: ResMut<LaterRepaint>,
    mut redraws: ResMut<Messages<RequestRedraw>>,
    waker: Option<NonSend<Waker>>,
) {
    let Some(due_in) = later.due_in.take() else { return };
    let Some(waker) = waker else { return };
    // Only bevy_egui asked for a redraw in this update (its one, after nobody else's), and not
    // for now: take it back. The winit loop has read every earlier one already. Any other
    // request (keys, a screen reader's action, the page) keeps its frame.
    if later.redraws_before == 0 && redraws.iter_current_update_messages().len() == 1 {
        redraws.clear();
    }
    waker.wake_after(due_in);
}

/// Wakes the winit loop after a delay, from outside it.
struct Waker {
    due: std::sync::mpsc::Sender<std::time::Instant>,
}

fn start_waker(world: &mut World) {
    let Some(proxy) = world.get_resource::<EventLoopProxyWrapper>().map(|p| (**p).clone()) else { return };
    world.insert_non_send(Waker::new(proxy));
}

impl Waker {
    /// One sleeping thread keeps the earliest time asked for and wakes the loop then.
    fn new(proxy: bevy::winit::EventLoopProxy<WinitUserEvent>) -> Waker {
        use std::sync::mpsc::{RecvTimeoutError, channel};
        use std::time::Instant;
        let (due, asked) = channel::<Instant>();
        std::thread::Builder::new()
            .name("chatwise-waker".into())
            .spawn(move || {
                let mut next: Option<Instant> = None;
                loop {
                    let message = match next {
                        None => asked.recv().map_err(|_| RecvTimeoutError::Disconnected),
                        Some(at) => asked.recv_timeout(at.saturating_duration_since(Instant::now())),
                    };
                    match message {
                        Ok(at) => next = Some(next.map_or(at, |n| n.min(at))),
                        Err(RecvTimeoutError::Timeout) => {
                            next = None;
                            if proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                                return;
                            }
                        }
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
            })
            .expect("a thread can be started");
        Waker { due }
    }

    fn wake_after(&self, delay: Duration) {
        let _ = self.due.send(std::time::Instant::now() + delay);
    }
}
