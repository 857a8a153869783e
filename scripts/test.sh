#!/usr/bin/env bash
# The project's test gate: formatting, clippy and rustdoc with warnings as
# errors, then
# every test (unit, loader, CLI, kittest interaction and snapshot tests on
# lavapipe; the benchmarks run once each as a smoke test), after the Debian
# package is built and its contents checked (scripts/check-deb.sh). Ends with one
# "tests: N passed, N failed" line totalled over all test binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

# Snapshots must not depend on the machine's time zone.
export TZ=UTC

cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
# The window-only build (no headless renderer) must compile cleanly too.
cargo clippy --no-default-features --lib --bins --locked -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked
scripts/check-deb.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
cargo test --all-targets --locked 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
failed=$(grep -oE 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | awk '{s += $6} END {print s + 0}')
echo
echo "tests: $passed passed, $failed failed"
exit "$status"
