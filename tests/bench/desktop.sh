#!/usr/bin/env bash
# Desktop benchmark: for the release build under Xvfb, prints time from launch to first frame,
# CPU used over 10 idle seconds (focused and unfocused), and peak memory, next to the same
# figures for the minimal bevy_egui app in ../shared/baseline, built with the same profile.
# It prints figures; it asserts nothing. Usage: tests/bench/desktop.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
baseline_src=${BASELINE_DIR:-$root/../shared/baseline/bare-bevy-egui}

echo "building release binaries (the baseline is copied out of shared/, which is read-only)..."
cargo build --release --locked --quiet
work=$target/baseline-copy
rm -rf "$work" && mkdir -p "$work" && cp -r "$baseline_src"/. "$work"/
(cd "$work" && CARGO_TARGET_DIR=$target cargo build --release --quiet)
ours=$target/release/chatwise
bare=$target/release/bare-bevy-egui

data=$(mktemp -d)
cleanup=$data
. tests/tools/xvfb.sh :96

# Seconds from launch to exit after the first two frames (median of 5).
first_frame() {
  local times=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

# CPU (% of one core) over 10 s after 5 s idle, and peak RSS (MB). $1: focus|nofocus.
idle() {
  local focus=$1; shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 5
  if [ "$focus" = focus ] && command -v xdotool >/dev/null; then
    xdotool search --pid "$pid" 2>/dev/null | head -1 | xargs -r xdotool windowfocus 2>/dev/null || true
    sleep 1
  fi
  local hz t0 t1
  hz=$(getconf CLK_TCK)
  t0=$(awk '{print $14+$15}' /proc/$pid/stat)
  sleep 10
  t1=$(awk '{print $14+$15}' /proc/$pid/stat)
  local peak
  peak=$(awk '/VmHWM/{print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(echo "($t1 - $t0) / $hz / 10 * 100" | bc -l) $(echo "$peak / 1024" | bc -l)"
}

ours_ff=$(first_frame "$ours" --data-dir "$data" --exit-after-frames 2)
bare_ff=$(BARE_EXIT_AFTER_FRAMES=2 first_frame "$bare")
read -r ours_cpu ours_mem < <(idle focus "$ours" --data-dir "$data")
read -r ours_cpu_unfocused _ < <(idle nofocus "$ours" --data-dir "$data")
# A repaint due later (the class's minute count beside the notes) must wake the app once, then,
# not keep it drawing until then (src/app/reactive.rs).
read -r ours_cpu_timer _ < <(idle focus "$ours" --data-dir "$data" --set class --set teacher-notes --open friend-tells-you --auto-steps 1)
read -r bare_cpu bare_mem < <(idle focus "$bare")

printf '\n%-34s %12s %12s %8s\n' "figure" "chatwise" "bare app" "ratio"
printf '%-34s %12.3f %12.3f %8.2f\n' "launch to first frame (s)" "$ours_ff" "$bare_ff" "$(echo "$ours_ff / $bare_ff" | bc -l)"
printf '%-34s %12.2f %12.2f %8.3f\n' "idle CPU, focused (% of a core)" "$ours_cpu" "$bare_cpu" "$(echo "$ours_cpu / ($bare_cpu + 0.0001)" | bc -l)"
printf '%-34s %12.2f %12s %8s\n' "idle CPU, unfocused (% of a core)" "$ours_cpu_unfocused" "-" "-"
printf '%-34s %12.2f %12s %8s\n' "idle CPU, class notes open" "$ours_cpu_timer" "-" "-"
printf '%-34s %12.1f %12.1f %8.2f\n' "peak memory (MB)" "$ours_mem" "$bare_mem" "$(echo "$ours_mem / $bare_mem" | bc -l)"
echo "(the bare app redraws continuously; ChatWise is reactive, so compare idle CPU as a share of one core)"
