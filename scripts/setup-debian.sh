#!/usr/bin/env bash
# Installs what sco-explorer needs on a fresh Debian 12 machine: the Vulkan
# loader and Mesa's CPU renderer (lavapipe, for the window without a GPU and
# for headless snapshot tests), the X11/Wayland client libraries the window
# opens, Xvfb/xdotool/ImageMagick for driving the real window headless, and
# the tools scripts/check-deb.sh checks the Debian package with
# (desktop-file-validate, appstreamcli, dpkg-shlibdeps for cargo-deb), and
# poppler-utils (pdftotext, which tests/handout.rs reads handouts' text with).
# Safe to run again: it only installs what is missing. Rust itself (cargo,
# rustfmt, clippy) is expected to be installed already (https://rustup.rs).
set -euo pipefail

packages=(
  mesa-vulkan-drivers libvulkan1
  libx11-6 libx11-xcb1 libxcb1 libxcursor1 libxi6 libxrandr2 libxkbcommon0 libxkbcommon-x11-0
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  xvfb xauth xdotool imagemagick
  desktop-file-utils appstream dpkg-dev
  poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "cargo not found: install Rust 1.95 or newer (https://rustup.rs) and run this again." >&2
  exit 1
fi
echo "System packages are ready."
