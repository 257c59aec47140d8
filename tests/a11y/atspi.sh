#!/usr/bin/env bash
# The desktop app on the Linux accessibility bus, as Orca meets it: under Xvfb, in a private
# D-Bus session with AT-SPI, a screen reader is "on" (the property accesskit_unix waits for),
# the real app runs in its normal reactive mode, and tests/a11y/atspi_walk.py finds it, reads
# its buttons and headings, and plays into a lesson by AT-SPI actions alone.
# Usage: tests/a11y/atspi.sh   (CHATWISE_BIN=path/to/chatwise; needs xvfb, at-spi2-core,
# python3-pyatspi and dbus, which tests/run.sh installs)
set -euo pipefail
cd "$(dirname "$0")/../.."
export CHATWISE_BIN=${CHATWISE_BIN:-${CARGO_TARGET_DIR:-target}/debug/chatwise}
[ -x "$CHATWISE_BIN" ] || { echo "no chatwise binary at $CHATWISE_BIN (cargo build first)"; exit 1; }

exec dbus-run-session -- bash -c '
  set -euo pipefail
  data=$(mktemp -d); cleanup=$data
  . tests/tools/xvfb.sh :94
  # The AT-SPI bus starts on demand; these two properties are what a screen reader sets.
  busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true
  busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status ScreenReaderEnabled b true
  "$CHATWISE_BIN" --data-dir "$data" --size 1280x800 2>"$data/app.log" &
  app=$!
  status=0
  /usr/bin/python3 tests/a11y/atspi_walk.py chatwise || status=$?
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  [ $status -eq 0 ] || { echo "app log:"; tail -20 "$data/app.log"; }
  exit $status
'
