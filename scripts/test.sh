#!/usr/bin/env bash
# The project's test gate: formatting, clippy with warnings as errors, then
# every test (unit, loader, kittest interaction and snapshot tests on lavapipe).
set -euo pipefail
cd "$(dirname "$0")/.."

# Snapshots must not depend on the machine's time zone.
export TZ=UTC

cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --all-targets --locked
cargo test --doc --locked
