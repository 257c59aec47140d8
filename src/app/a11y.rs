//! Screen readers: what a screen reader asks for reaches egui at once.
//!
//! egui builds an AccessKit tree of every frame (roles, names, states, bounds; the views add
//! headings, the chat log and spoken senders). On desktop bevy_egui hands that tree to
//! bevy_winit's platform adapter (UI Automation, NSAccessibility, AT-SPI), but nothing brings the
//! screen reader's requests back: bevy_winit queues "click" and "focus" from Orca or NVDA and
//! never passes them to egui, and its reactive loop may sleep for seconds before it even looks.
//! So, on desktop:
//! - [`forward_actions`] takes the queued requests before egui reads its input and hands them to
//!   egui as `AccessKitActionRequest` events (egui clicks, focuses or scrolls the widget);
//! - a small thread wakes the event loop when a request is waiting, or when a screen reader has
//!   just started (so it gets the tree now, not at the next key press).
//!
//! (In the browser there is no platform adapter; `browser/a11y.rs` mirrors the same tree into
//! the page.)

use bevy::prelude::*;
use bevy_egui::input::EguiInputEvent;
use bevy_egui::{EguiInputSet, PrimaryEguiContext, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreUpdate, forward_actions.before(EguiInputSet::WriteEguiEvents));
    app.init_resource::<desktop::Caught>().add_systems(Update, desktop::start_waker).add_systems(
        PostUpdate,
        (
            desktop::keep_from_poll.before(bevy::a11y::AccessibilitySystems::Update),
            desktop::catch_polled.after(bevy::a11y::AccessibilitySystems::Update),
        ),
    );
}

/// The requests waiting, each with the window it came from (`None`: not known): those kept
/// from last frame, then each window's adapter queue.
fn take_requests(
    handlers: &desktop::Handlers,
    caught: &mut desktop::Caught,
) -> Vec<(Option<Entity>, egui::accesskit::ActionRequest)> {
    let queued = handlers.iter().flat_map(|(window, queue)| {
        let requests = queue.lock().map(|mut q| q.drain(..).collect::<Vec<_>>()).unwrap_or_default();
        requests.into_iter().map(|request| (Some(*window), request))
    });
    std::mem::take(&mut caught.0).into_iter().chain(queued).collect()
}

/// Hands the screen reader's requests to egui, in the frame they are taken: each to the egui
/// context of the window it came from (the projector's or the presenter's), else to the
/// focused window's, else to the primary one.
fn forward_actions(
    handlers: Res<desktop::Handlers>,
    mut caught: ResMut<desktop::Caught>,
    primary: Query<Entity, With<PrimaryEguiContext>>,
    windows: Query<(Entity, &bevy::window::Window)>,
    contexts: Res<bevy_egui::input::WindowToEguiContextMap>,
    mut events: MessageWriter<EguiInputEvent>,
) {
    let requests = take_requests(&handlers, &mut caught);
    let Ok(primary) = primary.single() else { return };
    let context_of = |window: Entity| contexts.window_to_contexts.get(&window).and_then(|c| c.iter().next().copied());
    let focused = windows.iter().find(|(_, w)| w.focused).and_then(|(entity, _)| context_of(entity));
    for (window, request) in requests {
        let context = window.and_then(context_of).or(focused).unwrap_or(primary);
        events.write(EguiInputEvent { context, event: egui::Event::AccessKitActionRequest(request) });
    }
}

mod desktop {
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use bevy::a11y::AccessibilityRequested;
    use bevy::prelude::*;
    use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

    pub type Handlers = bevy::winit::accessibility::WinitActionRequestHandlers;

    /// Requests that arrived after this frame's input was read, kept for the next frame (which
    /// is asked for at once), with the window they came from where it is known.
    #[derive(Resource, Default)]
    pub struct Caught(pub Vec<(Option<Entity>, bevy_egui::egui::accesskit::ActionRequest)>);

    /// Late in a frame bevy_winit polls every window's queue itself and sends on what it finds
    /// without saying which window it came from. Just before, take what is waiting, with its
    /// window, so the presenter window's requests reach the presenter window's egui.
    pub(super) fn keep_from_poll(
        handlers: Res<Handlers>,
        mut caught: ResMut<Caught>,
        mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    ) {
        let before = caught.0.len();
        for (window, queue) in handlers.iter() {
            if let Ok(mut queue) = queue.lock() {
                caught.0.extend(queue.drain(..).map(|request| (Some(*window), request)));
            }
        }
        if caught.0.len() > before {
            redraw.write(bevy::window::RequestRedraw);
        }
    }

    /// Whatever bevy_winit's poll still caught (its window unknown).
    pub(super) fn catch_polled(
        mut polled: MessageReader<bevy::a11y::ActionRequest>,
        mut caught: ResMut<Caught>,
        mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    ) {
        caught.0.extend(polled.read().map(|request| (None, request.0.clone())));
        if !caught.0.is_empty() {
            redraw.write(bevy::window::RequestRedraw);
        }
    }

    /// How often the waker looks: a screen reader's click is handled within this.
    const LOOK_EVERY: Duration = Duration::from_millis(50);

    /// Every window's request queue, shared with the waker thread; a window opened later (the
    /// presenter view) is added when it appears.
    type Queues = Arc<Mutex<Vec<Arc<Mutex<bevy::winit::accessibility::WinitActionRequestHandler>>>>>;

    /// Starts the waker once the window (and its adapter) exists, and keeps its list of queues
    /// up to date. It costs a lock check every 50 ms, which no CPU counter notices, and wakes
    /// the app only when there is work.
    pub(super) fn start_waker(
        handlers: Res<Handlers>,
        requested: Res<AccessibilityRequested>,
        proxy: Option<Res<EventLoopProxyWrapper>>,
        mut watched: Local<Option<Queues>>,
    ) {
        if handlers.is_empty() {
            return;
        }
        if let Some(queues) = watched.as_ref() {
            if handlers.is_changed()
                && let Ok(mut queues) = queues.lock()
            {
                *queues = handlers.values().cloned().collect();
            }
            return;
        }
        let Some(proxy) = proxy else { return };
        let queues: Queues = Arc::new(Mutex::new(handlers.values().cloned().collect()));
        *watched = Some(queues.clone());
        let requested = requested.clone();
        let proxy = (**proxy).clone();
        let spawned = std::thread::Builder::new().name("screen-reader-waker".into()).spawn(move || {
            let mut was_requested = false;
            loop {
                std::thread::sleep(LOOK_EVERY);
                let now_requested = requested.get();
                let waiting =
                    queues.lock().is_ok_and(|queues| queues.iter().any(|q| q.lock().is_ok_and(|q| !q.is_empty())));
                if (waiting || (now_requested && !was_requested)) && proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                    break; // The app has closed.
                }
                was_requested = now_requested;
            }
        });
        if let Err(e) = spawned {
            warn!("screen readers' requests will wait for the next input: {e}");
        }
    }
}
