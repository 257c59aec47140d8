#!/usr/bin/env bash
# Makes the shipped fonts: Noto Sans (Debian's fonts-noto-core, OFL) cut down to the scripts
# ChatWise's languages use, so the browser build downloads ~90 KB of fonts instead of ~1 MB.
# Kept: Latin with its extensions, Cyrillic with its supplement (Ukrainian,
# Kazakh, Mongolian...), combining accents, and common punctuation, currency and symbols.
# A language in another script (Greek, Vietnamese, Devanagari, Arabic...) gets its own font file next to these.
#   needs: apt-get install fonts-noto-core; pip install fonttools brotli
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
from="${NOTO_DIR:-/usr/share/fonts/truetype/noto}"
unicodes="U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0400-052F,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+2215,U+2022,U+2026,U+2122,U+25CF,U+FFFD"
for face in Regular Bold; do
  pyftsubset "$from/NotoSans-$face.ttf" --unicodes="$unicodes" \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk' --no-hinting --desubroutinize \
    --name-IDs='*' --output-file="$here/NotoSans-$face.ttf"
done
ls -l "$here"/*.ttf
