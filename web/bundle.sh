#!/usr/bin/env bash
# Builds the archive an NGO downloads: everything needed to check, try, print and publish
# lessons on a computer with no Rust, wasm or Node tools.
#
#   chatwise-<version>-linux-x86_64/
#     chatwise          the program: check, walk, export, site, and the desktop app
#     web-player/       the prebuilt browser app that `chatwise site` publishes packs with
#     pack/             the built-in lessons as a pack to copy and adapt (content/, locales/);
#                       the desktop app and the commands use the pack in this folder
#     AUTHORING.md      the authoring guide (content/README.md)
#     START-HERE.txt    the first commands to run
#
#   ./web/bundle.sh                 release build of the program, then the web player, then the archive
#   CHATWISE_BIN=path DIST_DIR=dir ./web/bundle.sh
#                                   use an already built program and player (CI uses its test build)
#   OUT_DIR=dir                     where the folder and the .tar.gz go (default: target/bundle)
#   WINDOWS=1 ./web/bundle.sh       also a Windows .zip with chatwise.exe, cross-compiled with
#                                   mingw-w64 (Debian: gcc-mingw-w64-x86-64) for x86_64-pc-windows-gnu
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
version="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)"
name="chatwise-$version-linux-x86_64"
out_dir="${OUT_DIR:-$target_dir/bundle}"

bin="${CHATWISE_BIN:-}"
if [ -z "$bin" ]; then
  echo "building the program (release; ~9 min from clean)"
  # For readers: the app and the commands, without the `dev` aids (screenshots, benchmarks).
  cargo build --locked --release --bin chatwise --no-default-features --features app
  bin="$target_dir/release/chatwise"
fi
dist="${DIST_DIR:-}"
if [ -z "$dist" ]; then
  dist="$target_dir/dist"
  DIST_DIR="$dist" ./web/build.sh
fi
[ -x "$bin" ] || { echo "no program at $bin" >&2; exit 1; }
[ -f "$dist/chatwise_bg.wasm" ] || { echo "no web player in $dist (run ./web/build.sh)" >&2; exit 1; }

folder="$out_dir/$name"
case "$folder" in
  */bundle/chatwise-*) rm -rf "$folder" ;;
  *) echo "refusing to replace $folder" >&2; exit 1 ;;
esac
mkdir -p "$folder/pack"
cp "$bin" "$folder/chatwise"
cp -r "$dist" "$folder/web-player"
cp -r content "$folder/pack/content"
cp -r locales "$folder/pack/locales"
rm -f "$folder/pack/content/README.md"
cp content/README.md "$folder/AUTHORING.md"
cat > "$folder/START-HERE.txt" <<EOF
ChatWise $version: lessons on sexting pressure, grooming and sextortion, and where to get help.

Open a terminal in this folder, then:

  ./chatwise                     the desktop app, on the lessons in pack/
  ./chatwise check               check the lessons and translations in pack/ (file:line:column)
  ./chatwise walk new-friend     play a lesson in the terminal
  ./chatwise export plan new-friend --lang en --out plan.html       a printable lesson plan
  ./chatwise site --out my-site --organisation "Your organisation"  a website for any static host

To publish your own lessons, replace pack/content and pack/locales with your pack (or give
--pack DIR). AUTHORING.md explains how to write, translate, check and publish lessons;
its section "Publish" walks through a website and a desktop app step by step.
EOF
tar -C "$out_dir" -czf "$out_dir/$name.tar.gz" "$name"
du -sh "$out_dir/$name.tar.gz" | awk -v f="$folder" '{ print "bundle: " $2 " (" $1 "), folder " f }'

if [ "${WINDOWS:-0}" = "1" ]; then
  # The same folder with chatwise.exe. WINDOWS_APP=0 leaves the desktop app out (the commands
  # check, walk, lessons, export and site only), which builds in about a minute.
  rustup target list --installed | grep -q x86_64-pc-windows-gnu || rustup target add x86_64-pc-windows-gnu
  features=(--no-default-features --features app)
  [ "${WINDOWS_APP:-1}" = "1" ] || features=(--no-default-features)
  cargo build --locked --release --target x86_64-pc-windows-gnu --bin chatwise "${features[@]}"
  win="chatwise-$version-windows-x86_64"
  rm -rf "${out_dir:?}/$win"
  cp -r "$folder" "$out_dir/$win"
  rm "$out_dir/$win/chatwise"
  cp "$target_dir/x86_64-pc-windows-gnu/release/chatwise.exe" "$out_dir/$win/"
  sed -i 's#\./chatwise#chatwise#g; s#Open a terminal in this folder#Open PowerShell or a command prompt in this folder#' "$out_dir/$win/START-HERE.txt"
  if [ "${WINDOWS_APP:-1}" != "1" ]; then
    sed -i 's#^  chatwise  *the desktop app.*#  (this build has no desktop app: publish a website with chatwise site and open it)#' "$out_dir/$win/START-HERE.txt"
  fi
  (cd "$out_dir" && python3 -m zipfile -c "$win.zip" "$win")
  du -sh "$out_dir/$win.zip" | awk '{ print "windows bundle: " $2 " (" $1 ")" }'
fi
