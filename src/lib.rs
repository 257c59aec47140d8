//! ChatWise: an open lesson engine for child online-safety education.
//!
//! The layers are crates of one workspace, each using only those before it (the compiler
//! keeps the order; `src/ARCHITECTURE.md` maps them):
//! - [`base`]: findings with file:line:column, pack files as text, writing systems and fonts.
//! - [`i18n`]: Fluent translations, language negotiation, the engine's message ids.
//! - [`content`]: lesson packs as data (RON) and the checks on each lesson file.
//! - [`library`]: a pack and its translations cross-checked: what everything above loads.
//! - [`runtime`]: a lesson in progress, driven by plain method calls.
//! - [`export`]: printable lesson plans, take-home sheets and family agreements (HTML).
//! - [`ui`]: the screens as egui views over a plain model; no Bevy.
//!
//! This crate is the top: [`app`], the Bevy glue that runs those views in a desktop window
//! (feature `app`); `browser`, which runs the same views in a web page on eframe (the wasm32
//! build); and [`cli`], the `chatwise` command (check, walk, lessons, export, site, and the
//! app). The browser build starts its app directly and has no CLI.

pub use chatwise_base as base;
pub use chatwise_content as content;
pub use chatwise_export as export;
pub use chatwise_i18n as i18n;
pub use chatwise_library as library;
pub use chatwise_runtime as runtime;
pub use chatwise_ui as ui;

#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub mod app;
#[cfg(all(feature = "app", target_arch = "wasm32"))]
pub mod browser;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
