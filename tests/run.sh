#!/usr/bin/env bash
# Runs every ChatWise test. On a fresh Debian machine it first installs what the tests need,
# so this one command is what CI runs (see .ci/run) and what a newcomer runs.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Toolchain: $(cargo --version)"
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt clippy

step "Formatting (cargo fmt is law)"
cargo fmt --all -- --check

step "Lints (warnings are errors)"
cargo clippy --locked --all-targets -- -D warnings

step "Tests: unit, content corpus, walkthroughs, CLI, properties"
cargo test --locked

step "Shipped lessons and translations check clean"
cargo run --locked --quiet -- check
