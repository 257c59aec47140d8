//! ChatWise: an open lesson engine for child online-safety education.
//!
//! Layers, each depending only on those above it:
//! - [`content`]: lesson packs as data (RON), loading and validation. No Bevy, no egui.
//! - [`i18n`]: Fluent translations, language negotiation, coverage.
//! - [`runtime`]: a lesson in progress, driven by plain method calls.
//! - [`export`]: printable lesson plans, take-home sheets and family agreements (HTML).
//! - [`ui`]: the screens as egui views over a plain model (feature `app`).
//! - [`app`]: the Bevy glue that runs those views in a window (feature `app`).
//! - [`cli`]: the `chatwise` command (check, walk, lessons, export, and the app) over the
//!   layers above. Not in the browser build, which starts the app directly.

#[cfg(feature = "app")]
pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod content;
pub mod export;
pub mod i18n;
pub mod runtime;
#[cfg(feature = "app")]
pub mod ui;
