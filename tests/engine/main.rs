//! The engine's integration tests, in one binary to keep link time and disk use down.
//!
//! - `broken_packs`: every case under tests/broken/ reports exactly its expected findings.
//! - `shipped`: the built-in library checks clean and every lesson plays to an End.
//! - `cli`: exit codes and output of the real `chatwise` command.
//! - `export`: printable plans, handouts and agreements for every lesson and language.
//! - `properties`: no input makes the loader or the runtime panic.
//! - `a11y`: what a screen reader meets on every screen: names, roles, states, sizes, reflow (`app`).
//! - `app_ui`: the app's screens driven through egui_kittest (with the `app` feature).
//! - `scripts`: glyphs for every shipped string, right-to-left order and mirroring (`app`).

#[cfg(feature = "app")]
mod a11y;
#[cfg(feature = "app")]
mod app_glue;
#[cfg(feature = "app")]
mod app_ui;
mod broken_packs;
mod cli;
mod export;
mod properties;
mod runtime;
#[cfg(feature = "app")]
mod scripts;
mod shipped;
mod support;
