//! Translations: loading `locales/<lang>/*.ftl`, choosing languages, and formatting messages.
//!
//! English is the reference: every message must exist there, and every lookup falls back
//! to it. Other languages are checked against it (`coverage`). No Bevy, no egui.

mod catalog;
pub mod export_text;
mod localizer;
pub mod ui_text;

pub use catalog::{Catalog, LanguageCatalog, MessageInfo};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use localizer::{Localizer, negotiate, system_language};

/// The reference language: complete by definition, and the last fallback.
pub const REFERENCE_LANGUAGE: &str = "en";
