//! ChatWise: an open lesson engine for child online-safety education.
//!
//! Layers, each depending only on those above it:
//! - [`content`]: lesson packs as data (RON), loading and validation. No Bevy, no egui.
//! - [`i18n`]: Fluent translations, language negotiation, coverage.
//! - [`runtime`]: a lesson in progress, driven by plain method calls.
//! - [`ui`]: the screens as egui views over a plain model (feature `app`).
//! - [`app`]: the Bevy glue that runs those views in a window (feature `app`).
//! - [`cli`]: the `chatwise` command (check, walk, lessons, and the app) over the layers above.

#[cfg(feature = "app")]
pub mod app;
pub mod cli;
pub mod content;
pub mod i18n;
pub mod runtime;
#[cfg(feature = "app")]
pub mod ui;
