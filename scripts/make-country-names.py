#!/usr/bin/env python3
"""Regenerates assets/i18n/country-names.tsv, the Russian and Simplified Chinese
names of every country and territory, and assets/i18n/CLDR-LICENSE.txt.

Source: Unicode CLDR 48.2, npm packages cldr-localenames-full 48.2.0 (names, locales
`ru` and `zh`; `zh` is Simplified Chinese, Hans) and cldr-core 48.2.0
(supplemental/codeMappings.json for ISO 3166-1 alpha-2 -> alpha-3, and
supplemental/aliases.json for deprecated codes). Licence: Unicode License v3
(SPDX Unicode-3.0), copied from the package to assets/i18n/CLDR-LICENSE.txt.
The script downloads both packages with `npm pack` into a temporary directory.
Needs python3 (stdlib only) and npm.

Run from anywhere: `python3 scripts/make-country-names.py`. The output is
deterministic: running it again gives the same bytes.

Which territories: the ISO 3166-1 countries and territories, i.e. the two-letter
codes of codeMappings.json that have both an alpha-3 and a numeric code, less the
deprecated ones (aliases.json) and those in the user-assigned ranges (AA, QM-QZ,
XA-XZ, ZZ, as alpha-2 or alpha-3: EU/QUU, QO, CLDR's Kosovo XK/XKK, ZZ...). That is exactly the 249
codes of ISO 3166-1; the script checks the count. Left out as well: world regions
(001, 150...), CLDR's extras without a numeric code (AC Ascension, CP Clipperton,
DG Diego Garcia, TA Tristan da Cunha, EA Ceuta & Melilla, IC Canary Islands).

Which names: CLDR's standard name in each language, with two exceptions:
  - where both `ru` and `zh` have an `-alt-short` name it is used, because that is
    what people call the place in both languages: Hong Kong (Гонконг / 香港,
    not "Гонконг (САР)" / "中国香港特别行政区"), Macao (Макао / 澳门) and
    Palestine (Палестина / 巴勒斯坦, not "Палестинские территории" / "巴勒斯坦领土");
  - OVERRIDES below, kept as short as possible: Myanmar's Russian name without
    CLDR's gloss "(Бирма)".
Other CLDR conventions are kept as they are, e.g. Russian "о-ва"/"о-в" for
islands, "Конго - Киншаса", "Соединенные Штаты", "КНДР", "ОАЭ".

Output format (UTF-8, `\\n` line ends): one `#` comment line naming the source,
then one line per territory, sorted by alpha-3:

    ALPHA3<TAB>Russian name<TAB>Simplified Chinese name
"""

from __future__ import annotations

import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

VERSION = "48.2.0"
NAMES_PACKAGE = f"cldr-localenames-full@{VERSION}"
CORE_PACKAGE = f"cldr-core@{VERSION}"

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "i18n" / "country-names.tsv"
LICENSE_OUT = ROOT / "assets" / "i18n" / "CLDR-LICENSE.txt"

# Alpha-2 codes whose names are taken from `-alt-short` in both languages (see above):
# the rule "both locales have -alt-short" selects exactly these; listed so that a
# new CLDR release cannot silently switch another country.
ALT_SHORT = {"HK", "MO", "PS"}

# (alpha-2, locale) -> name, replacing CLDR's standard name.
OVERRIDES = {
    ("MM", "ru"): "Мьянма",  # CLDR: "Мьянма (Бирма)"
}

# Spot checks: alpha-3 -> (Russian, Chinese).
EXPECTED = {
    "RUS": ("Россия", "俄罗斯"),
    "CHN": ("Китай", "中国"),
    "KAZ": ("Казахстан", "哈萨克斯坦"),
    "LAO": ("Лаос", "老挝"),
    "MMR": ("Мьянма", "缅甸"),
    "TUR": ("Турция", "土耳其"),
    "HKG": ("Гонконг", "香港"),
}


def npm_pack(package: str, work: Path) -> tarfile.TarFile:
    """Fetches a package tarball with npm into `work` and opens it."""
    out = subprocess.run(
        ["npm", "pack", "--silent", package],
        cwd=work, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    return tarfile.open(work / out)


def read_json(tar: tarfile.TarFile, path: str) -> dict:
    member = tar.extractfile(f"package/{path}")
    assert member is not None, path
    return json.load(member)


def read_text(tar: tarfile.TarFile, path: str) -> str:
    member = tar.extractfile(f"package/{path}")
    assert member is not None, path
    return member.read().decode("utf-8")


def is_user_assigned(code: str) -> bool:
    """ISO 3166-1's user-assigned ranges, for alpha-2 and alpha-3 codes alike."""
    return code[:2] in ("AA", "ZZ") or "QM" <= code[:2] <= "QZ" or code[0] == "X"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with npm_pack(NAMES_PACKAGE, work) as names, npm_pack(CORE_PACKAGE, work) as core:
            mappings = read_json(core, "supplemental/codeMappings.json")["supplemental"]["codeMappings"]
            aliases = read_json(core, "supplemental/aliases.json")["supplemental"]["metadata"]["alias"]["territoryAlias"]
            territories = {
                loc: read_json(names, f"main/{loc}/territories.json")["main"][loc]["localeDisplayNames"]["territories"]
                for loc in ("ru", "zh")
            }
            license_text = read_text(names, "LICENSE")
            assert license_text == read_text(core, "LICENSE"), "the two packages' licences differ"
            assert "UNICODE LICENSE V3" in license_text, "not the Unicode License v3 any more"

    both_short = {
        code.split("-")[0]
        for code in territories["ru"]
        if code.endswith("-alt-short") and code in territories["zh"]
    }
    assert both_short - {"UN"} == ALT_SHORT, f"-alt-short in both locales changed: {sorted(both_short)}"

    rows = []
    for alpha2, codes in mappings.items():
        if not (len(alpha2) == 2 and alpha2.isalpha()):
            continue  # regions such as 001, 150
        if "_alpha3" not in codes or "_numeric" not in codes:
            continue  # CLDR extras AC, CP, DG, TA, EA, IC
        if alpha2 in aliases or is_user_assigned(alpha2) or is_user_assigned(codes["_alpha3"]):
            continue  # deprecated (SU, YU, AN...) or user-assigned (EU/QUU, QO, XK, ZZ...)
        key = f"{alpha2}-alt-short" if alpha2 in ALT_SHORT else alpha2
        names_of = []
        for loc in ("ru", "zh"):
            name = OVERRIDES.get((alpha2, loc), territories[loc][key]).strip()
            assert name and "\t" not in name and "\n" not in name, (alpha2, loc, name)
            names_of.append(name)
        rows.append((codes["_alpha3"], *names_of))
    rows.sort()

    alpha3s = [r[0] for r in rows]
    assert len(rows) == 249, f"expected the 249 codes of ISO 3166-1, got {len(rows)}"
    assert len(set(alpha3s)) == len(alpha3s), "duplicate alpha-3 code"
    assert all(len(a) == 3 and a.isalpha() and a.isupper() for a in alpha3s)
    table = {r[0]: r[1:] for r in rows}
    for alpha3, want in EXPECTED.items():
        assert table[alpha3] == want, f"{alpha3}: {table[alpha3]} != {want}"

    header = (
        f"# Country and territory names from Unicode CLDR {VERSION.rsplit('.', 1)[0]}: npm {NAMES_PACKAGE} "
        f"(locales ru, zh = Simplified) and {CORE_PACKAGE} (alpha-2 -> alpha-3). Unicode License v3, "
        "see CLDR-LICENSE.txt and NOTICE.md. Columns: ALPHA3, Russian, Simplified Chinese. "
        "Made by scripts/make-country-names.py."
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    with open(LICENSE_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(license_text)

    for alpha3 in EXPECTED:
        print(alpha3, *table[alpha3])
    print(f"{len(rows)} territories, {OUT.relative_to(ROOT)}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
