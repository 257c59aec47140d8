# Sourced by the screenshot and benchmark scripts: starts a private Xvfb display on $1
# (e.g. :97) with a 0700 XDG_RUNTIME_DIR, exports DISPLAY, and stops both on exit.
# Extra paths to remove on exit can be listed in $cleanup.
export XDG_RUNTIME_DIR; XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
Xvfb "$1" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$XDG_RUNTIME_DIR" ${cleanup:-}' EXIT
export DISPLAY=$1
sleep 1
