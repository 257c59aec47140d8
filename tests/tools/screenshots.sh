#!/usr/bin/env bash
# Saves screenshots of the real desktop app under Xvfb, for people to look at: every screen and
# step kind at phone and laptop sizes, plus high contrast, 200% text and class mode.
# Usage: tests/tools/screenshots.sh [OUT_DIR]   (needs xvfb and mesa-vulkan-drivers)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/screenshots}
bin=${CHATWISE_BIN:-${CARGO_TARGET_DIR:-target}/release/chatwise}
[ -x "$bin" ] || cargo build --release --locked
mkdir -p "$out"

data=$(mktemp -d)
cleanup=$data
. tests/tools/xvfb.sh :97

failed=0
shot() {
  local name=$1 size=$2; shift 2
  rm -rf "$data"/*
  if ! "$bin" --data-dir "$data" --size "$size" --screenshot "$out/$name-$size.png" "$@" 2>>"$out/log.txt"; then
    echo "failed: $name $size" >&2
    failed=$((failed + 1))
  fi
}

# Steps with automatic first choices in new-friend: 1 chat, 2 chat feedback, 8 quiz,
# 9 quiz "think again", 11 quiz revealed, 20 sort, 21 sort checked, 22 discussion, 24 end.
lesson=(--set solo --set reduced-motion --open new-friend)
for size in 360x640 1280x800; do
  shot start "$size" --screen start
  shot library "$size" --set solo --screen library
  shot before-you-start "$size" --set solo --open new-friend --screen before
  shot story "$size" "${lesson[@]}"
  shot chat "$size" "${lesson[@]}" --auto-steps 1
  shot chat-feedback "$size" "${lesson[@]}" --auto-steps 2
  shot quiz "$size" "${lesson[@]}" --auto-steps 8
  shot quiz-try-again "$size" "${lesson[@]}" --auto-steps 9
  shot quiz-revealed "$size" "${lesson[@]}" --auto-steps 11
  shot sort "$size" "${lesson[@]}" --auto-steps 20
  shot sort-checked "$size" "${lesson[@]}" --auto-steps 21
  shot discussion "$size" "${lesson[@]}" --auto-steps 22
  shot end "$size" "${lesson[@]}" --auto-steps 24
  shot help "$size" --set solo --screen help
  shot settings "$size" --set solo --screen settings
done
shot chat-uk 1280x800 "${lesson[@]}" --set lang=uk --auto-steps 2
# Hindi (Devanagari) and Urdu (Arabic script, right to left, mirrored), with their country's help.
for size in 360x640 1280x800; do
  for lang in hi:IN ur:PK; do
    code=${lang%%:*}; country=${lang#*:}
    shot "start-$code" "$size" --set lang="$code" --screen start
    shot "story-$code" "$size" "${lesson[@]}" --set lang="$code"
    shot "chat-$code" "$size" "${lesson[@]}" --set lang="$code" --auto-steps 2
    shot "quiz-$code" "$size" "${lesson[@]}" --set lang="$code" --auto-steps 9
    shot "help-$code" "$size" --set solo --set lang="$code" --set country="$country" --screen help
  done
done
# Help where a child can report a person (UK, Ukraine in Ukrainian), and where no route is known.
shot help-gb 360x640 --set solo --set country=GB --screen help
shot help-gb 1280x800 --set solo --set country=GB --screen help
shot help-ua-uk 1280x800 --set solo --set country=UA --set lang=uk --screen help
shot help-not-listed 1280x800 --set solo --set country=none --screen help
shot chat-high-contrast 1280x800 "${lesson[@]}" --set high-contrast --auto-steps 2
shot quiz-text-200 360x640 "${lesson[@]}" --set text=200 --auto-steps 9
shot library-text-200 1280x800 --set solo --set text=200 --screen library
shot discussion-class 1920x1080 --set class --set reduced-motion --open new-friend --auto-steps 22
shot chat-class 1920x1080 --set class --set reduced-motion --open new-friend --auto-steps 1
shot chat-class-teacher-notes 1920x1080 --set class --set teacher-notes --set reduced-motion --open new-friend --auto-steps 1
shot quiz-class 1920x1080 --set class --set reduced-motion --open new-friend --auto-steps 8
shot before-you-start-class 1280x800 --set class --open new-friend --screen before
# The learning check: a learner's choices, a class's hand counts, and right to left.
shot check 360x640 --set solo --open new-friend --screen check
shot check-class 1920x1080 --set class --open new-friend --screen check
shot check-ur 1280x800 --set solo --set lang=ur --open new-friend --screen check
shot chat-family 1280x800 --set family --set reduced-motion --open no-more-secrets --auto-steps 1
for size in 360x640 1280x800; do
  shot end-family-agreement "$size" --set family --set reduced-motion --open no-more-secrets --auto-steps 40
done
ls "$out"/*.png | wc -l | xargs echo "screenshots written to $out:"
[ "$failed" -eq 0 ] || { echo "$failed screenshot(s) failed; see $out/log.txt" >&2; exit 1; }
