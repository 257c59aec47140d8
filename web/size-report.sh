#!/usr/bin/env bash
# Prints the raw, gzip and brotli size of every file of the built site and the total, against
# the 3.45 MB budget for a first visit with brotli (exit 1 when over).
#   ./web/size-report.sh [DIST]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="${1:-$here/../dist}"
[ -f "$dist/chatwise_bg.wasm" ] || { echo "no build in $dist: run ./web/build.sh first" >&2; exit 2; }
node "$here/tools/site.mjs" sizes "$dist" 3.45
