#!/usr/bin/env bash
# Runs every ChatWise test. On a fresh Debian machine it first installs what the tests need,
# so this one command is what CI runs (see .ci/run) and what a newcomer runs.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s  [%dm%02ds]\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

# Debian packages for running the real app headless: a virtual X display, software Vulkan
# (llvmpipe) and the X libraries winit loads at run time; Chromium and Node.js for the
# browser build's tests; D-Bus and AT-SPI (the Linux accessibility bus) for the screen-reader test.
packages=(xvfb mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 chromium imagemagick dbus at-spi2-core python3-pyatspi)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

step "Toolchain: $(cargo --version)"
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt clippy

step "Formatting (cargo fmt is law)"
cargo fmt --all -- --check

step "Lints (warnings are errors)"
cargo clippy --locked --workspace --all-targets -- -D warnings

step "Lints on the browser app (src/browser: wasm32 only, so the lints above never see it)"
rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
cargo clippy --locked --target wasm32-unknown-unknown --bin chatwise --no-default-features --features app -- -D warnings

step "API docs build without warnings (broken links in doc comments fail)"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --workspace

step "Tests without Bevy: every layer's unit tests, the content corpus, walkthroughs, CLI, properties, the app's views (kittest), the layers' order"
cargo test --locked --workspace --no-default-features

step "The Bevy glue's tests, and the app"
cargo test --locked --lib
cargo build --locked --bin chatwise

target_dir=${CARGO_TARGET_DIR:-target}
chatwise=$target_dir/debug/chatwise

step "Shipped lessons and translations check clean"
"$chatwise" check
shots=$target_dir/screenshots
rm -rf "$shots"
CHATWISE_BIN=$chatwise tests/tools/screenshots.sh "$shots"
# A screen that failed to draw is missing or a near-empty (blank) PNG.
blank=0
for png in "$shots"/*.png; do
  size=$(stat -c %s "$png")
  if [ "$size" -lt 15000 ]; then echo "blank or tiny screenshot: $png ($size bytes)"; blank=$((blank + 1)); fi
done
count=$(ls "$shots"/*.png | wc -l)
[ "$count" -ge 58 ] || { echo "only $count screenshots were written"; exit 1; }
[ "$blank" -eq 0 ] || exit 1
# Quick exit's label must be white on red (it once came out dark on red, 2.5:1): the
# brightest pixel inside the button (its text and cross) must be white.
# Find the button by its fill (#B42318), wherever the layout puts it, then look inside it.
exit_box=$(convert "$shots/library-1280x800.png" -fuzz 3% -fill black +opaque "#B42318" -trim -format "%w %h %X %Y" info:)
read -r exit_w exit_h exit_x exit_y <<<"$exit_box"
[ "${exit_w:-0}" -ge 80 ] && [ "${exit_w:-0}" -le 400 ] && [ "${exit_h:-0}" -ge 30 ] && [ "${exit_h:-0}" -le 120 ] \
  || { echo "no Quick exit button found in the library screenshot (red area: $exit_box)"; exit 1; }
brightest=$(convert "$shots/library-1280x800.png" -crop "${exit_w}x${exit_h}${exit_x}${exit_y}" +repage -colorspace Gray -format "%[fx:maxima]" info:)
awk -v b="$brightest" 'BEGIN { exit !(b > 0.9) }' || { echo "Quick exit's label is not white (brightest $brightest)"; exit 1; }
echo "app screenshots are in $shots"
echo "screenshots: $count passed, 0 failed"

step "Screen readers on desktop: the app on the AT-SPI bus, played by actions alone (tests/a11y/atspi.sh)"
CHATWISE_BIN=$chatwise tests/a11y/atspi.sh 2> >(grep -v -e '^dbus-daemon' -e 'WARN' >&2)

step "Browser build (web/build.sh: wasm target and wasm-bindgen are installed if missing)"
dist=$target_dir/dist
CHATWISE_BIN=$chatwise DIST_DIR=$dist ./web/build.sh

step "Browser tests in headless Chromium (tests/web/e2e.mjs)"
npm ci --prefix tests/web --no-audit --no-fund --silent
exports=$target_dir/exports
mkdir -p "$exports"
"$chatwise" export plan just-one-photo --lang hi --country IN --out "$exports/plan-hi.html"
"$chatwise" export plan just-one-photo --lang ur --country PK --out "$exports/plan-ur.html"
EXPORTS=$exports SHOTS=$target_dir/web-shots node tests/web/e2e.mjs "$dist"

step "The NGO bundle (web/bundle.sh) works with no Rust or wasm tools on PATH"
bundles=$target_dir/bundle
CHATWISE_BIN=$chatwise DIST_DIR=$dist OUT_DIR=$bundles ./web/bundle.sh
bundle=$(ls -d "$bundles"/chatwise-*-linux-x86_64)
scratch=$(mktemp -d)
bare() { (cd "$bundle" && env -i PATH=/usr/bin:/bin HOME="$scratch" "$@"); }
for tool in cargo rustc rustup wasm-bindgen; do
  if bare sh -c "command -v $tool" >/dev/null; then echo "$tool is on the bare PATH"; exit 1; fi
done
bare ./chatwise check | tail -1
bare ./chatwise lessons --lang uk >/dev/null
bare ./chatwise export plan not-your-fault --lang uk --country UA --out "$scratch/plan.html"
bare ./chatwise site --out "$scratch/site" --organisation "Bundle test" --language kk --country KZ
for f in pack.json site.json sw.js chatwise_bg.wasm index.html strings.json; do
  [ -s "$scratch/site/$f" ] || { echo "the bundle's site has no $f"; exit 1; }
done
grep -q '"language":"kk"' "$scratch/site/site.json" || { echo "site.json lacks the chosen language"; exit 1; }
echo "bundle: check, lessons, export and site ran from $bundle with PATH=/usr/bin:/bin"
case "$scratch" in /tmp/*) rm -rf "$scratch" ;; esac

step "Publishing from the bundle alone: its chatwise and web player make a site from a test pack, played in headless Chromium (tests/web/site.mjs)"
SHOTS=$target_dir/web-shots node tests/web/site.mjs "$bundle/web-player" "$bundle/chatwise"
