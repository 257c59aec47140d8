#!/usr/bin/env bash
# Browser benchmark: builds ChatWise's site and the bare bevy_egui app (../shared/baseline,
# copied out: shared/ is read-only) for wasm with the same size profile, then, in one Chromium
# run, times navigation to the first painted frame for both on localhost and on an emulated
# slow phone (tests/web/load-time.mjs), prints the size report, and runs Lighthouse on
# ChatWise's site. Prints figures; asserts nothing. The baseline's first wasm build takes ~7 min.
#   tests/bench/web-load.sh [ROUNDS] [THROTTLED_ROUNDS]
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
node tests/web/load-time.mjs "$target/dist" "$work/dist" "${1:-5}" "${2:-1}"
echo
echo "ChatWise:"
./web/size-report.sh "$target/dist" || true
echo "bare bevy_egui app:"
node web/tools/site.mjs sizes "$work/dist" 3.5 || true

# Lighthouse (pinned in tests/bench/package.json), with Debian's Chromium, on the site as a
# phone on slow 4G sees it (Lighthouse's default mobile emulation and throttling).
echo
[ -d tests/bench/node_modules ] || npm ci --prefix tests/bench --no-audit --no-fund --silent
port=8765
node web/tools/serve.mjs "$target/dist" "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
report=$target/lighthouse.json
CHROME_PATH=${CHROMIUM:-/usr/bin/chromium} tests/bench/node_modules/.bin/lighthouse "http://127.0.0.1:$port/" --quiet \
  --only-categories=performance,accessibility,best-practices --output=json --output-path="$report" \
  --chrome-flags="--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
  || echo "Lighthouse did not finish"
[ -f "$report" ] && node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`Lighthouse ${r.lighthouseVersion} (mobile, slow 4G emulated):`);
  for (const c of Object.values(r.categories)) console.log(`  ${c.title.padEnd(16)} ${c.score === null ? "n/a" : Math.round(c.score * 100)}`);
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time", "cumulative-layout-shift", "interactive"]) {
    const a = r.audits[id];
    if (a) console.log(`  ${a.title.padEnd(26)} ${a.displayValue || ""}`);
  }
  const failed = Object.values(r.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual");
  if (failed.length) console.log(`  below 90: ${failed.map((a) => a.id).join(", ")}`);
' "$report"
