#!/usr/bin/env bash
# Renders the app icon's PNG sizes from the drawn SVG,
# packaging/icons/hicolor/scalable/apps/sco-explorer.svg, into
# packaging/icons/hicolor/SIZExSIZE/apps/sco-explorer.png (the freedesktop
# icon theme layout the .deb installs under /usr/share/icons/hicolor). The
# PNGs are committed, so only a changed SVG needs this; it needs rsvg-convert
# (apt install librsvg2-bin). The 256 px PNG is also the window's icon.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"

command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt install librsvg2-bin" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
  dir="hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" hicolor/scalable/apps/sco-explorer.svg \
    --output "$dir/sco-explorer.png"
done
echo "Icons written under packaging/icons/hicolor."
