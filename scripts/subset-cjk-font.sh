#!/usr/bin/env bash
# Regenerates assets/fonts/NotoSansSC-subset.ttf: Noto Sans SC Regular (SIL OFL 1.1,
# from the npm package @expo-google-fonts/noto-sans-sc) cut down to the Chinese
# characters that the bundled datasets use, so Chinese text never shows as boxes
# while the font stays small. egui's own fonts cover Latin and Cyrillic.
# Needs: npm, python3 with fonttools (pip install fonttools).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null && tar xzf ./*.tgz)

# Every CJK character in the datasets, plus the organisation's Chinese name.
python3 - "$work/chars.txt" assets/*.ron <<'PY'
import sys, unicodedata
out, files = sys.argv[1], sys.argv[2:]
chars = set("上海合作组织")
for f in files:
    for c in open(f, encoding="utf-8").read():
        if unicodedata.name(c, "").startswith(("CJK", "FULLWIDTH", "IDEOGRAPHIC")):
            chars.add(c)
open(out, "w", encoding="utf-8").write("".join(sorted(chars)))
print(f"{len(chars)} CJK characters", file=sys.stderr)
PY

pyftsubset "$work/package/400Regular/NotoSansSC_400Regular.ttf" \
  --text-file="$work/chars.txt" --layout-features='*' --no-hinting \
  --output-file=assets/fonts/NotoSansSC-subset.ttf
cp "$work/package/LICENSE_FONT" assets/fonts/OFL.txt
ls -l assets/fonts/NotoSansSC-subset.ttf
