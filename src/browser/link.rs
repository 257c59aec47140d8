//! The browser's presenter view (class mode): this page's end of the link to the other page of
//! the same site, carried over a `BroadcastChannel` (same origin only; no server, nothing leaves
//! the device). What the pages say to each other, and what each does with it, is
//! `crate::ui::link`; this module only opens the channel, carries the messages, and opens or
//! closes the window.
//!
//! A page opened at `#presenter-<pair>` is the presenter page (`data-role="presenter"` on
//! `<html>`); any other page is a projector page. `<pair>` names the projector page's tab (kept
//! in its session storage, so a reload keeps it and another tab of the site has its own), and
//! the channel's name carries it: a presenter page only ever hears the tab that opened it.

use std::cell::RefCell;

use eframe::egui;
use wasm_bindgen::prelude::*;

use crate::ui::link::{LinkEnd, LinkMessage, LinkOut};
use crate::ui::{Effect, Shell};

/// The address fragment that makes a page the presenter page, before the pair's name.
const PRESENTER_HASH: &str = "#presenter-";

/// Where a projector tab keeps the name of its pair (session storage: this tab only).
const PAIR_KEY: &str = "chatwise.presenter-pair";

thread_local! {
    /// The open channel, with the callbacks it keeps alive.
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
    /// Messages heard since the last frame (JSON text), for [`hear`].
    static HEARD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// This page's pair, once the channel is open (for the presenter window's address).
    static PAIR: RefCell<String> = const { RefCell::new(String::new()) };
}

struct Channel {
    channel: web_sys::BroadcastChannel,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_page_hide: Closure<dyn FnMut()>,
}

/// This page's end of the link.
#[derive(Default)]
pub(super) struct End(LinkEnd);

/// Whether this page was opened as the presenter page; decided before the shell draws.
pub fn is_presenter_page() -> bool {
    presenter_pair().is_some()
}

/// The pair named in a presenter page's address.
fn presenter_pair() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let pair = hash.strip_prefix(PRESENTER_HASH)?;
    (!pair.is_empty() && pair.chars().all(|c| c.is_ascii_alphanumeric())).then(|| pair.to_owned())
}

/// A projector tab's pair: the one it kept, else a new random one.
fn projector_pair(window: &web_sys::Window) -> String {
    let storage = window.session_storage().ok().flatten();
    if let Some(kept) = storage.as_ref().and_then(|s| s.get_item(PAIR_KEY).ok().flatten()) {
        return kept;
    }
    let pair = format!("{:x}", (js_sys::Math::random() * f64::from(u32::MAX)) as u32);
    if let Some(storage) = storage {
        let _ = storage.set_item(PAIR_KEY, &pair);
    }
    pair
}

fn post(message: &LinkMessage) {
    CHANNEL.with_borrow(|channel| {
        if let Some(channel) = channel {
            let _ = channel.channel.post_message(&JsValue::from_str(&message.to_json()));
        }
    });
}

/// Opens the channel (one per projector tab: its name carries the site's path and the pair),
/// says this page is there, and says goodbye when the page goes.
pub(super) fn open(shell: &Shell, ctx: &egui::Context) {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let pair = presenter_pair().unwrap_or_else(|| projector_pair(&window));
    let channel = match web_sys::BroadcastChannel::new(&format!("chatwise-presenter:{path}:{pair}")) {
        Ok(channel) => channel,
        Err(e) => {
            log::warn!("chatwise: no presenter view in this browser: {e:?}");
            return;
        }
    };
    // A message wakes the app (it draws only when something changed), which hears it in its
    // next frame.
    let ctx = ctx.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        if let Some(text) = event.data().as_string() {
            HEARD.with_borrow_mut(|heard| heard.push(text));
            ctx.request_repaint();
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let goodbye = LinkEnd::goodbye(shell);
    let on_page_hide = Closure::<dyn FnMut()>::new(move || post(&goodbye));
    let _ = window.add_event_listener_with_callback("pagehide", on_page_hide.as_ref().unchecked_ref());
    CHANNEL.set(Some(Channel { channel, _on_message: on_message, _on_page_hide: on_page_hide }));
    PAIR.set(pair);
    if shell.follows_projector()
        && let Some(root) = window.document().and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-role", "presenter");
    }
    post(&LinkEnd::hello(shell));
}

/// Opens this site at `#presenter-<pair>` in a new window for the teacher's screen, within the
/// click's user activation. A pop-up blocker's refusal gets a notice with the address.
fn open_presenter_window(shell: &mut Shell) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let address = format!(
        "{}{}{}{PRESENTER_HASH}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        PAIR.with_borrow(String::clone)
    );
    match window.open_with_url_and_target_and_features(&address, "chatwise-presenter", "popup,width=1100,height=800") {
        Ok(Some(_)) => {}
        Ok(None) | Err(_) => shell.presenter_blocked(&address),
    }
}

impl End {
    /// Handles what the other page said since the last frame, before this frame draws (`now`:
    /// egui's clock, for the step's timer).
    pub(super) fn hear(&mut self, shell: &mut Shell, now: f64) {
        let heard = HEARD.with_borrow_mut(std::mem::take);
        for message in heard.iter().filter_map(|text| LinkMessage::from_json(text)) {
            for reply in self.0.hear(shell, message, now) {
                post(&reply);
            }
        }
    }

    /// After a frame: the projector page's lesson to the presenter page, if it changed.
    pub(super) fn tell(&mut self, shell: &Shell, now: f64) {
        if let Some(message) = self.0.tell(shell, now) {
            post(&message);
        }
    }

    /// Carries out the shell's effect where it concerns the link (the app calls it for every
    /// effect).
    pub(super) fn carry(&mut self, shell: &mut Shell, effect: &Effect) {
        for out in self.0.carry(shell, effect) {
            match out {
                LinkOut::Post(message) => post(&message),
                LinkOut::OpenWindow => open_presenter_window(shell),
                LinkOut::CloseWindow => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.close();
                    }
                }
            }
        }
    }
}
