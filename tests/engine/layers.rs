//! The layers' order (src/ARCHITECTURE.md), as the crates' manifests state it. Cargo already
//! refuses a cycle; this also refuses a lower layer that reaches up or sideways without a cycle
//! (content taking Fluent, the views taking Bevy), which Cargo would accept.

use std::collections::BTreeMap;
use std::process::Command;

use crate::support::repo;

/// Bottom to top. A crate may use those before it, except where `PEERS` says otherwise.
const ORDER: &[&str] = &[
    "chatwise-base",
    "chatwise-i18n",
    "chatwise-content",
    "chatwise-library",
    "chatwise-runtime",
    "chatwise-export",
    "chatwise-ui",
    "chatwise",
];

/// Pairs that sit side by side and must not use each other: lessons as data know no Fluent,
/// and translations know no lessons. `chatwise-library` is where they meet.
const PEERS: &[(&str, &str)] = &[("chatwise-content", "chatwise-i18n")];

/// Third-party crates only one layer may use: egui only in the views, Bevy and the browser's
/// APIs only in the glue at the top.
const ONLY_IN: &[(&str, &str)] = &[
    ("egui", "chatwise-ui"),
    ("bevy", "chatwise"),
    ("bevy_egui", "chatwise"),
    ("web-sys", "chatwise"),
    ("wasm-bindgen", "chatwise"),
    ("clap", "chatwise"),
];

/// Each workspace package's normal (not dev) dependencies, from `cargo metadata`.
fn dependencies() -> BTreeMap<String, Vec<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(repo())
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&out.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut packages = BTreeMap::new();
    for package in metadata["packages"].as_array().unwrap() {
        let deps = package["dependencies"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["kind"].is_null())
            .map(|d| d["name"].as_str().unwrap().to_owned())
            .collect();
        packages.insert(package["name"].as_str().unwrap().to_owned(), deps);
    }
    packages
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let packages = dependencies();
    let listed: Vec<&str> = packages.keys().map(String::as_str).collect();
    let mut expected = ORDER.to_vec();
    expected.sort();
    assert_eq!(listed, expected, "every workspace crate has its place in ORDER (and src/ARCHITECTURE.md)");
    for (package, deps) in &packages {
        let level = ORDER.iter().position(|p| p == package).unwrap();
        for dep in deps {
            if let Some(dep_level) = ORDER.iter().position(|p| p == dep) {
                assert!(dep_level < level, "{package} uses {dep}, a layer above it: move the code down or the call up");
                assert!(
                    !PEERS.iter().any(|&(a, b)| (a, b) == (package, dep) || (b, a) == (package, dep)),
                    "{package} uses {dep}, its peer: what needs both belongs in chatwise-library"
                );
            }
            if let Some((_, owner)) = ONLY_IN.iter().find(|(name, _)| name == dep) {
                assert_eq!(package, owner, "{package} uses {dep}, which only {owner} may use");
            }
        }
    }
}

/// The kinds of step, as `content/steps/mod.rs` lists them in `StepKind`.
fn step_kinds() -> Vec<String> {
    let list = std::fs::read_to_string(repo().join("src/content/steps/mod.rs")).unwrap();
    let body = list.split("pub enum StepKind {").nth(1).expect("content/steps/mod.rs declares StepKind");
    let body = &body[..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .map(|l| l.split(|c: char| !c.is_alphanumeric()).next().unwrap().to_owned())
        .collect()
}

/// Every Rust file under `dir`, as a path relative to `src/`.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A new step kind has a known list of places (src/ARCHITECTURE.md, "A new step kind"): a file
/// that names every kind of some kind enum (a match over all of them) must be on that list, or
/// the next author will not know to change it.
#[test]
fn every_file_that_matches_on_every_step_kind_is_in_the_architecture_guide() {
    let kinds = step_kinds();
    assert!(kinds.len() >= 7 && kinds.contains(&"Discussion".to_owned()), "read the kinds: {kinds:?}");
    let guide = std::fs::read_to_string(repo().join("src/ARCHITECTURE.md")).unwrap();
    let section = guide.split("**A new step kind**").nth(1).unwrap();
    let section = &section[..section.find("**A new screen**").unwrap()];
    let src = repo().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut dispatching = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let names_every_kind =
            |enum_name: &str| kinds.iter().all(|kind| text.contains(&format!("{enum_name}::{kind}")));
        if ["RawStep", "StepKind", "BodyView"].into_iter().any(names_every_kind) {
            let relative = file.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
            assert!(
                section.contains(&format!("`{relative}`")),
                "{relative} matches on every step kind, but src/ARCHITECTURE.md's \"A new step kind\" does not list it"
            );
            dispatching.push(relative);
        }
    }
    dispatching.sort();
    // The lists themselves, and the views over them. More files here means a new kind costs more.
    assert_eq!(
        dispatching,
        ["cli/walk.rs", "content/steps/mod.rs", "export/lib.rs", "runtime/steps/mod.rs", "ui/screens/lesson/mod.rs"]
    );
}
