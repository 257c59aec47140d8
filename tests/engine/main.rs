//! The engine's integration tests, in one binary to keep link time and disk use down.
//!
//! - `broken_packs`: every case under tests/broken/ reports exactly its expected findings.
//! - `shipped`: the built-in library checks clean and every lesson plays to an End.
//! - `cli`: exit codes and output of the real `chatwise` command.
//! - `export`: printable plans, handouts and agreements for every lesson and language.
//! - `layers`: each crate uses only the layers below it (src/ARCHITECTURE.md).
//! - `properties`: no input makes the loader or the runtime panic.
//! - `a11y`: what a screen reader meets on every screen: names, roles, states, sizes, reflow.
//! - `app_ui`: the app's screens driven through egui_kittest.
//! - `scripts`: glyphs for every shipped string, right-to-left order and mirroring.
//!
//! None of them needs Bevy: the views are egui over a plain model (`chatwise-ui`), so
//! `cargo test --workspace --no-default-features` runs them all without building it. The Bevy
//! glue's own tests are unit tests of the app (`src/app/glue_tests.rs`).

mod a11y;
mod app_ui;
mod broken_packs;
mod cli;
mod export;
mod layers;
mod properties;
mod runtime;
mod scripts;
mod shipped;
mod support;
