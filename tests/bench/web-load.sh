#!/usr/bin/env bash
# Browser benchmark: builds ChatWise's site and the bare bevy_egui app (../shared/baseline,
# copied out: shared/ is read-only) for wasm with the same size profile, then times navigation
# to the first painted frame for both in one Chromium run, and prints the size report.
# Prints figures; asserts nothing. The baseline's first wasm build takes ~7 min.
#   tests/bench/web-load.sh [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
baseline_src=${BASELINE_DIR:-$root/../shared/baseline/bare-bevy-egui}

DIST_DIR=$target/dist ./web/build.sh >/dev/null
work=$target/baseline-web
rm -rf "$work/src" && mkdir -p "$work" && cp -r "$baseline_src"/. "$work"/
(cd "$work" && CARGO_TARGET_DIR=$target cargo build --quiet --profile wasm-release --target wasm32-unknown-unknown)
rm -rf "$work/dist" && mkdir -p "$work/dist"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$work/dist" "$target/wasm32-unknown-unknown/wasm-release/bare-bevy-egui.wasm"
cp "$work/web/index.html" "$work/dist/"
node web/tools/site.mjs compress "$work/dist"

[ -d tests/web/node_modules ] || npm ci --prefix tests/web --no-audit --no-fund --silent
node tests/web/load-time.mjs "$target/dist" "$work/dist" "${1:-5}"
echo
echo "ChatWise:"
./web/size-report.sh "$target/dist" || true
echo "bare bevy_egui app:"
node web/tools/site.mjs sizes "$work/dist" 3.5 || true
