#!/usr/bin/env bash
# Builds the browser version of ChatWise into dist/: a static site (index.html, the app as
# WebAssembly, its JS glue, the offline service worker, precompressed .br/.gz copies).
#   ./web/build.sh            build (installs the wasm target and wasm-bindgen if missing)
#   WASM_OPT=1 ./web/build.sh also run wasm-opt -Oz (npm binaryen; slow, see README)
# Then ./web/serve.sh to try it, ./web/size-report.sh for the download sizes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dist="${DIST_DIR:-$repo/dist}"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"

# wasm-bindgen's command-line tool must be the same version as the crate in Cargo.lock.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  echo "installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Not --locked: its lockfile pins a webpki-roots release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

echo "building the app for the browser (profile web: size-optimised; ~7 min from clean)"
# The app without the `dev` aids (screenshots and benchmark flags are desktop-only anyway).
cargo build --target wasm32-unknown-unknown --profile web --bin chatwise --no-default-features --features app
wasm="$target_dir/wasm32-unknown-unknown/web/chatwise.wasm"

# DIST_DIR comes from the environment: replace it only if it is empty or an earlier build.
if [ -e "$dist" ] && [ -n "$(ls -A "$dist" 2>/dev/null)" ] && [ ! -f "$dist/chatwise_bg.wasm" ] && [ ! -f "$dist/loader.js" ]; then
  echo "$dist is not empty and holds no earlier build; choose another DIST_DIR" >&2
  exit 2
fi
rm -rf "$dist"
mkdir -p "$dist"
# The name section (function names, for stack traces) is ~30% of the module: leave it out.
wasm-bindgen "$wasm" --out-dir "$dist" --out-name chatwise --target web --no-typescript \
  --remove-name-section --remove-producers-section

if [ "${WASM_OPT:-0}" = "1" ]; then
  opt="$repo/web/tools/node_modules/binaryen/bin/wasm-opt"
  [ -x "$opt" ] || npm --prefix "$repo/web/tools" install --no-save --no-audit --no-fund binaryen@132 >/dev/null
  echo "wasm-opt -Oz (several minutes)"
  "$opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue "$dist/chatwise_bg.wasm" -o "$dist/chatwise_bg.wasm"
fi

cp web/index.html web/style.css web/loader.js web/sw.js web/icon.svg web/icon-192.png web/icon-512.png web/manifest.webmanifest web/accessibility.html "$dist/"
# The loading page's words (strings.json), each language's direction and script fonts, from
# the same code that reads the Fluent files; the fonts themselves are copied beside the app.
chatwise="${CHATWISE_BIN:-}"
if [ -z "$chatwise" ]; then
  echo "building the chatwise command (core only, no window: about a minute from clean)"
  CARGO_TARGET_DIR="$target_dir/core" cargo build --locked --no-default-features --bin chatwise
  chatwise="$target_dir/core/debug/chatwise"
fi
"$chatwise" page-files --out "$dist" --fonts "$repo/assets/fonts"
node web/tools/site.mjs finish "$dist"
# The size budget is a gate: an English reader's first visit over it fails the build.
"$repo/web/size-report.sh" "$dist"
echo "built $dist; try it with ./web/serve.sh"
