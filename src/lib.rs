//! ChatWise: an open lesson engine for child online-safety education.
//!
//! Layers, each depending only on those above it:
//! - [`content`]: lesson packs as data (RON), loading and validation. No Bevy, no egui.
//! - [`i18n`]: Fluent translations, language negotiation, coverage.
//! - [`runtime`]: a lesson in progress, driven by plain method calls.
//! - [`cli`]: the `chatwise` command (check, walk, lessons) over the layers above.

pub mod cli;
pub mod content;
pub mod i18n;
pub mod runtime;
