#!/usr/bin/env bash
# Serves the built site (./web/build.sh) at http://localhost:8080/ for a try-out.
#   ./web/serve.sh [PORT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="${DIST_DIR:-$here/../dist}"
[ -f "$dist/index.html" ] || { echo "no build in $dist: run ./web/build.sh first" >&2; exit 2; }
exec node "$here/tools/serve.mjs" "$dist" "${1:-8080}"
