#!/usr/bin/env bash
# Measures how long the window takes to appear: from starting the program to
# its window being mapped under Xvfb, RUNS times per binary; prints each run
# and the median in milliseconds. Uses a throwaway config folder (as --reset).
# Usage: scripts/measure-startup.sh [RUNS] BINARY...
# Needs xvfb and xdotool (scripts/setup-debian.sh installs them).
set -euo pipefail
runs=5
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
[ "$#" -gt 0 ] || set -- target/release/sco-explorer

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1

now_ms() { date +%s%3N; }

for bin in "$@"; do
  times=()
  for _ in $(seq 1 "$runs"); do
    state=$(mktemp -d)
    start=$(now_ms)
    DISPLAY=$display XDG_DATA_HOME=$state XDG_CONFIG_HOME=$state "$bin" >/dev/null 2>&1 &
    app=$!
    shown=""
    for _ in $(seq 1 1500); do
      if DISPLAY=$display xdotool search --onlyvisible --pid "$app" >/dev/null 2>&1; then
        shown=$(now_ms)
        break
      fi
      sleep 0.01
    done
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$state"
    [ -n "$shown" ] || { echo "$bin: the window did not appear" >&2; exit 1; }
    times+=($(( shown - start )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "$bin: ${times[*]} ms; median ${sorted[$(( runs / 2 ))]} ms"
done
