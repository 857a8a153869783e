#!/usr/bin/env bash
# Builds the Debian package: the binary in the `dist` profile (stripped, LTO,
# one codegen unit: see Cargo.toml), its man pages and bash/zsh/fish
# completions generated from the command line's definition
# (`sco-explorer dist-files`), the desktop entry, AppStream metadata and icons
# from packaging/. Installs cargo-deb (a pinned version) when it is missing.
# The last line printed is the path of the .deb; install it with
#   sudo apt install ./target/debian/sco-explorer_…_amd64.deb
# dpkg-shlibdeps (apt install dpkg-dev, in scripts/setup-debian.sh) works out
# the libc dependency; without it the package lacks that line.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo_deb_version=3.8.0
if [ "$(cargo deb --version 2>/dev/null)" != "cargo-deb $cargo_deb_version" ]; then
  echo "Installing cargo-deb $cargo_deb_version" >&2
  cargo install cargo-deb --version "$cargo_deb_version" --locked >&2
fi

cargo build --profile dist --locked >&2
rm -rf target/packaging
cargo run --profile dist --locked --quiet -- dist-files --out target/packaging >&2
# `cargo deb` prints the package's path as its last line.
deb=$(cargo deb --profile dist --no-build --locked | tail -n 1)
[ -f "$deb" ] || { echo "package-deb: cargo deb wrote no package ($deb)" >&2; exit 1; }
echo "$deb"
