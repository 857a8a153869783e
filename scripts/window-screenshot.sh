#!/usr/bin/env bash
# Runs the real window under Xvfb, optionally sends keys, and saves a screenshot.
# Usage: scripts/window-screenshot.sh OUT.png [WIDTHxHEIGHT] [BINARY] [xdotool keys...]
# Needs xvfb, xdotool and imagemagick (scripts/setup-debian.sh installs them).
set -euo pipefail
out=${1:?usage: window-screenshot.sh OUT.png [WxH] [BINARY] [keys...]}
size=${2:-1280x720}
bin=${3:-target/release/sco-explorer}
shift $(( $# < 3 ? $# : 3 ))

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
state=$(mktemp -d)
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$state"' EXIT
sleep 1
# A throwaway config dir so the run neither reads nor writes the user's remembered view.
DISPLAY=$display XDG_DATA_HOME=$state XDG_CONFIG_HOME=$state "$bin" --reset >/dev/null 2>&1 &
app=$!
for _ in $(seq 1 60); do
  wid=$(DISPLAY=$display xdotool search --pid "$app" 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 0.5
done
[ -n "${wid:-}" ] || { echo "the window did not appear" >&2; exit 1; }
DISPLAY=$display xdotool windowsize "$wid" "${size%x*}" "${size#*x}" || true
sleep 3
for key in "$@"; do
  DISPLAY=$display xdotool windowfocus --sync "$wid" key "$key"
  sleep 0.4
done
sleep 1
DISPLAY=$display import -window root "$out"
echo "wrote $out"
