#!/usr/bin/env bash
# Peak memory of the app with a synthetic dataset of 100k events (or $1 events),
# above the app on the bundled dataset, and the time from opening the file (as
# the window does: a background load while frames run) to its data on screen.
# See examples/memory.rs and README, "Performance".
set -euo pipefail
cd "$(dirname "$0")/.."

events="${1:-100000}"
file="target/synthetic-${events}.ron"

cargo build --release --bin sco-explorer --example memory
target/release/sco-explorer generate --countries 60 --events "$events" --seed 1 --out "$file"
echo "$file: $(du -h "$file" | cut -f1)"
target/release/examples/memory "$file"
