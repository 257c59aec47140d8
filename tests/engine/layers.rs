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
