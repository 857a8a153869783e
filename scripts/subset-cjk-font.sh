#!/usr/bin/env bash
# Regenerates assets/fonts/NotoSansSC-subset.ttf: Noto Sans SC Regular (SIL OFL 1.1,
# from the npm package @expo-google-fonts/noto-sans-sc 0.4.3) cut down to the
# characters the app shows that egui's own fonts cannot draw, so Chinese text never
# shows as boxes while the font stays small. egui's fonts cover Latin, Cyrillic and
# common punctuation and symbols; the subset is their last fallback (src/fonts.rs).
#
# The characters: every character at or above U+2E80 (CJK radicals, CJK punctuation
# such as 。，、「」《》, ideographs, fullwidth forms such as （）：) found in
#   assets/i18n/*.ftl             the Fluent translation catalogs (any there are),
#   assets/i18n/country-names.tsv its Chinese column (scripts/make-country-names.py),
#   assets/*.ron                  the datasets,
#   assets/map/countries.txt      the Chinese names of the map's disputed areas,
# plus the organisation's Chinese name 上海合作组织 and the arrows ←→↑↓ (key names in
# the catalogs, which egui's proportional font lacks). Left out of that range, because
# egui draws them or they are not text: private use (U+E000-F8FF), variation
# selectors (U+FE00-FE0F, U+E0100-...), specials (U+FFF0-FFFF), emoji and other
# symbols in U+1F000-1FFFF.
#
# Usage:
#   scripts/subset-cjk-font.sh          rewrites the font (and assets/fonts/OFL.txt),
#                                       prints the character count and the font's size
#   scripts/subset-cjk-font.sh --check  rewrites nothing: exits 1 and lists the
#                                       characters used but missing from the font
# Both also warn about non-ASCII characters below U+2E80 that neither egui's
# default fonts nor the subset can draw, when the epaint_default_fonts crate of
# Cargo.lock is in the local cargo registry (the subset rule does not add those).
#
# Needs: python3 with fontTools (`pip install --user fonttools`, or
# `pip install --break-system-packages fonttools` on a system Python; made with
# fonttools 4.68.0; its subsetter is run as `python3 -m fontTools.subset`, which is
# pyftsubset, so ~/.local/bin need not be on PATH) and, to rewrite the font, npm.
# The output is deterministic: running it again gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=build
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

font=assets/fonts/NotoSansSC-subset.ttf
if ! python3 -c 'import fontTools' 2>/dev/null; then
  echo "$0: needs fontTools: pip install --user fonttools" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Writes the characters to $work/chars.txt. Modes: "collect" (count, egui warning),
# "check" (exit 1 when the font lacks some), "verify" (after subsetting: warn about
# characters the source font itself lacks).
chars() {
  python3 - "$1" "$work/chars.txt" "$font" <<'PY'
import glob, os, re, sys
from fontTools.ttLib import TTFont

mode, out, font = sys.argv[1:4]
FIXED = "上海合作组织←→↑↓"  # the name, and arrows egui's proportional font lacks
sources = sorted(glob.glob("assets/i18n/*.ftl")) + ["assets/i18n/country-names.tsv"] + sorted(glob.glob("assets/*.ron")) + ["assets/map/countries.txt"]

def wanted(cp):
    return cp >= 0x2E80 and not (
        0xE000 <= cp <= 0xF8FF or 0xFE00 <= cp <= 0xFE0F or 0xFFF0 <= cp <= 0xFFFF
        or 0x1F000 <= cp <= 0x1FFFF or cp >= 0xE0000)

chars = {c: "fixed list" for c in FIXED}
other = {}  # non-ASCII characters below U+2E80 -> first file
counts = {}
for path in sources:
    text = open(path, encoding="utf-8").read()
    mine = {c for c in text if wanted(ord(c))}
    counts[path] = len(mine)
    for c in sorted(mine):
        chars.setdefault(c, path)
    for c in text:
        if 0x80 <= ord(c) < 0x2E80:
            other.setdefault(c, path)
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))

def show(c, where):
    return f"  U+{ord(c):04X} {c}  ({where})"

cmap = set(TTFont(font).getBestCmap()) if os.path.exists(font) else set()
if mode == "collect":
    ftl = sum(n for p, n in counts.items() if p.endswith(".ftl"))
    ron = sum(n for p, n in counts.items() if p.endswith(".ron"))
    print(f"{len(chars)} characters (in .ftl catalogs {ftl}, country names "
          f"{counts['assets/i18n/country-names.tsv']}, datasets {ron}, map {counts['assets/map/countries.txt']}, fixed list {len(FIXED)}; "
          f"{len(glob.glob('assets/i18n/*.ftl'))} .ftl files)")
    # egui's default fonts, if this checkout's version is in the cargo registry.
    lock = open("Cargo.lock", encoding="utf-8").read()
    m = re.search(r'name = "epaint_default_fonts"\nversion = "([^"]+)"', lock)
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    files = glob.glob(f"{home}/registry/src/*/epaint_default_fonts-{m.group(1)}/fonts/*.ttf") if m else []
    if not files:
        print("note: egui's default fonts not found in the cargo registry; characters below U+2E80 not checked")
    else:
        egui = set()
        for path in files:
            egui |= set(TTFont(path).getBestCmap())
        lacking = sorted(c for c in other if ord(c) not in egui and ord(c) not in cmap)
        if lacking:
            print(f"warning: {len(lacking)} characters below U+2E80 that egui's fonts cannot draw "
                  "(not added by the U+2E80 rule):", file=sys.stderr)
            for c in lacking:
                print(show(c, other[c]), file=sys.stderr)
elif mode in ("check", "verify"):
    missing = sorted(c for c in chars if ord(c) not in cmap)
    if missing:
        what = "missing from" if mode == "check" else "not in the source font, so missing from"
        print(f"{len(missing)} characters used but {what} {font}:", file=sys.stderr)
        for c in missing:
            print(show(c, chars[c]), file=sys.stderr)
        if mode == "check":
            print("run scripts/subset-cjk-font.sh to regenerate the font", file=sys.stderr)
            sys.exit(1)
    elif mode == "check":
        print(f"{font} has all {len(chars)} characters")
PY
}

chars collect
if [ "$mode" = check ]; then
  chars check
  exit 0
fi

(cd "$work" && npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null && tar xzf ./*.tgz)
echo "before: $(stat -c %s "$font" 2>/dev/null || echo 0) bytes"
python3 -m fontTools.subset "$work/package/400Regular/NotoSansSC_400Regular.ttf" \
  --text-file="$work/chars.txt" --layout-features='*' --no-hinting \
  --output-file="$font"
cp "$work/package/LICENSE_FONT" assets/fonts/OFL.txt
chars verify
echo "after: $(stat -c %s "$font") bytes, $font"
