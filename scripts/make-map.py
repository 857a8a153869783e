#!/usr/bin/env python3
"""Regenerates assets/map/countries.txt, the country shapes of the map panel.

Source: npm package world-atlas 2.0.2 (TopoJSON packaging by M. Bostock, ISC) of
Natural Earth 4.1.0 admin-0 countries at 1:50m (public domain). The script
downloads the package with `npm pack`, decodes `countries-50m.json`, keeps every
country and territory of it (the whole world) except Antarctica, simplifies the
shapes and writes a small text file that src/map.rs embeds.

Natural Earth's ids are ISO 3166-1 numeric codes; they are mapped to alpha-3 with
the table of Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json,
read at run time, not copied here). Needs python3, npm and iso-codes
(`apt-get install iso-codes`); made with iso-codes 4.15.

Disputed areas come from a second Natural Earth layer, "Admin 0 - breakaway and
disputed areas" at 1:50m (public domain): the GeoJSON file
geojson/ne_50m_admin_0_breakaway_disputed_areas.geojson of the repository
github.com/nvkelso/natural-earth-vector at commit
117488dc884bad03366ff727eca013e434615127, copied to
scripts/data/ne_50m_admin_0_breakaway_disputed_areas.geojson with its properties
trimmed to the ones read here (the geometry is unchanged). Another copy of that
file can be given on the command line. Each area is simplified like the countries
and written as a D record; the app draws it hatched over the countries, shaded for
no organisation, and names its parties on hover.

Areas no layer covers follow United Nations map practice: Taiwan is drawn as part
of China (UN maps draw no international boundary around it; UN documents call it
"Taiwan Province of China", after General Assembly resolution 2758 of 1971), as
Hong Kong and Macao are. See assets/map/NOTICE.md.

Run from anywhere: `python3 scripts/make-map.py [DISPUTED.geojson]`. The output
is deterministic: running it again gives the same bytes. It checks that every
country of assets/sco.ron is on the map.

Output format (one record per line, `#` starts a comment line):

    F CODE NAME...     a feature: ISO 3166-1 alpha-3 code ("-" when Natural Earth
                       gives none, e.g. Siachen Glacier) and its English short name
    L LON LAT          the feature's label point (inside the shape), where event
                       dots and small-state dots are drawn
    P                  starts a polygon of the current feature
    R X,Y X,Y ...      a ring of the current polygon: the first is the outline,
                       any further ones are holes; points are not repeated at the end
    D ID PARTIES NAME  a disputed area, after all features: Natural Earth's id of it
                       (BRK_A3, e.g. B89), its parties as alpha-3 codes joined by
                       commas in alphabetical order, with the word "self" first when
                       the area administers itself (self,GEO: Abkhazia), and its
                       English name; its L, P and R records follow as for a feature
    N LANG NAME        the current disputed area's name in LANG (ru, zh)

Coordinates are integers in hundredths of a degree (lon, lat). A feature that
crosses the antimeridian is kept on one side of it, the side of its largest piece:
Russia, Fiji and New Zealand (Chatham Is.) get +360 on their points west of 0
(Chukotka at 190 E), the USA gets -360 on its points east of 0 (the western
Aleutians at 187 W); the Chatham Is. and Kiribati's atolls are then too small
to keep as shapes. No feature spans more than 180 degrees of longitude.
A feature with an L line and no polygon is drawn as a dot: those whose largest
piece is under DOT_AREA (Singapore, Bahrain, Maldives, Malta, island states...).
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
TOLERANCE = 0.05  # Douglas-Peucker tolerance in degrees
MIN_ISLAND_AREA = 0.1  # square degrees; smaller extra rings (islets) are dropped
SCALE = 100  # hundredths of a degree

# Features whose largest piece is smaller than this (square degrees, measured on
# the unsimplified outline) are drawn as a dot at their label point: at the map's
# scale their shape would be a pixel or two (Singapore, Bahrain, Maldives, Malta,
# the Caribbean and Pacific island states, the European microstates).
DOT_AREA = 0.1

# Debian/Ubuntu package iso-codes (`apt-get install iso-codes`): ISO 3166-1 with
# numeric and alpha-3 codes. Natural Earth's ids are numeric; the app refers to
# countries by alpha-3.
ISO_CODES_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")

# Parts of other countries in Natural Earth: drawn as part of the country.
# Taiwan follows United Nations map practice (see the docstring): UN maps draw no
# international boundary around it, so it is drawn with China.
MERGE_INTO = {"HKG": "CHN", "MAC": "CHN", "TWN": "CHN"}

# The disputed-areas layer (see the docstring), read unless a path is given.
DISPUTED_GEOJSON = Path(__file__).resolve().parent / "data" / "ne_50m_admin_0_breakaway_disputed_areas.geojson"

# Disputed areas smaller than this (square degrees) are dropped; the Indian-Chinese
# valleys of the layer (Bara Hotii, about 0.04) stay.
MIN_DISPUTED_AREA = 0.01

# Areas of the layer left out, because their outlines no longer describe a dispute:
# Artsakh (Nagorno-Karabakh) dissolved itself on 1 January 2024 and the area is
# under Azerbaijan's control; the Donetsk and Luhansk "People's Republics" are the
# lines of 2014-2022, and since 2022 other lines and a Russian claim to four whole
# Ukrainian regions stand (the map keeps Natural Earth's Ukraine there, which is also
# the United Nations' view, General Assembly resolution ES-11/4). A newer layer can
# bring them back.
LEFT_OUT_DISPUTED = {"B38", "C02", "C03"}

# Parties by the names Natural Earth's NOTE_BRK uses, to alpha-3 codes.
PARTY_CODES = {
    "China": "CHN", "Cyprus": "CYP", "France": "FRA", "Georgia": "GEO", "Guyana": "GUY",
    "India": "IND", "Israel": "ISR", "Japan": "JPN", "Kenya": "KEN", "Moldova": "MDA",
    "Morocco": "MAR", "Pakistan": "PAK", "Russia": "RUS", "Somalia": "SOM",
    "South Sudan": "SSD", "Sudan": "SDN", "Suriname": "SUR", "Syria": "SYR",
    "Ukraine": "UKR", "Western Sahara": "ESH",
}

# Parties Natural Earth does not note: North Borneo (Sabah) is administered by
# Malaysia and claimed by the Philippines.
PARTIES = {"C04": ["MYS", "PHL"]}

# Names: English from BRK_NAME, Russian and Chinese from NAME_RU and NAME_ZH, except
# where Natural Earth abbreviates, misspells, names the whole of a larger region
# (NAME_EN "Kashmir" for the part India administers), gives a self-proclaimed
# state's formal name rather than the area's, describes the dispute instead of
# naming the area, or writes traditional Chinese characters.
NAMES = {
    "B05": {"ru": "Джамму и Кашмир", "zh": "查谟和克什米尔"},
    "B06": {"en": "Shaksgam Valley"},
    "B19": {"en": "Western Sahara"},
    "B20": {"en": "Northern Cyprus", "ru": "Северный Кипр", "zh": "北塞浦路斯"},
    "B29": {"en": "Kuril Islands", "zh": "千岛群岛"},
    "B36": {"ru": "Приднестровье"},
    "C01": {"ru": "Джунагадх и Манавадар"},
    "C04": {"ru": "Северное Борнео", "zh": "北婆罗洲"},
}

# Left out: Antarctica's outline in the package is a spherical ring around the
# pole (planar, it is a zero-area line along the coast from -180 to 180); drawn
# flat it would be a 360-degree band, and no organisation has it as a member.
LEFT_OUT = {"ATA"}


def iso_numeric() -> dict[str, str]:
    """ISO 3166-1 numeric -> alpha-3, read from the iso-codes package."""
    if not ISO_CODES_JSON.is_file():
        sys.exit(f"{ISO_CODES_JSON} missing: install the iso-codes package (apt-get install iso-codes)")
    entries = json.loads(ISO_CODES_JSON.read_text(encoding="utf-8"))["3166-1"]
    return {e["numeric"]: e["alpha_3"] for e in entries}


def download(work: Path) -> dict:
    """Fetches the package tarball with npm and returns the parsed 1:50m topology."""
    out = subprocess.run(
        ["npm", "pack", "--silent", PACKAGE],
        cwd=work, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    with tarfile.open(work / out) as tar:
        member = tar.extractfile("package/countries-50m.json")
        if member is None:
            sys.exit("countries-50m.json missing from the package")
        return json.load(member)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Undoes TopoJSON's quantisation and delta encoding of the arcs."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def douglas_peucker(points: list, tolerance: float) -> list:
    """Simplifies an open polyline, keeping both ends (iterative, no recursion limit)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, worst_dist = -1, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                dist = math.hypot(px - ax, py - ay)
            else:
                dist = abs(dy * (px - ax) - dx * (py - ay)) / length
            if dist > worst_dist:
                worst, worst_dist = i, dist
        if worst >= 0:
            keep[worst] = True
            stack.append((first, worst))
            stack.append((worst, last))
    return [p for p, k in zip(points, keep) if k]


def ring_from_arcs(indices: list[int], arcs: list) -> list[tuple[float, float]]:
    """Joins a ring's arcs (negative index = arc reversed), without the closing point."""
    ring: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(arc if not ring else arc[1:])
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring.pop()
    return ring


def area(ring: list) -> float:
    """Signed shoelace area in square degrees."""
    return 0.5 * sum(
        x0 * y1 - x1 * y0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])
    )


def polygons_of(geometry: dict) -> list[list[list[int]]]:
    """A geometry's polygons as lists of rings of arc indices."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def point_segment_distance(px, py, ax, ay, bx, by) -> float:
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def inside(px, py, rings) -> bool:
    """Even-odd point-in-polygon test over all rings (holes included)."""
    hit = False
    for ring in rings:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1]):
            if (ay > py) != (by > py) and px < ax + (py - ay) * (bx - ax) / (by - ay):
                hit = not hit
    return hit


def label_point(rings: list) -> tuple[float, float]:
    """The point of the polygon farthest from its edges (a coarse "pole of
    inaccessibility"): unlike the centroid it is always inside, even for
    crescent shapes such as Vietnam. Distances use x scaled by cos 40 deg N,
    the map's projection."""
    k = math.cos(math.radians(40))
    scaled = [[(x * k, y) for x, y in ring] for ring in rings]
    xs = [x for x, _ in scaled[0]]
    ys = [y for _, y in scaled[0]]

    def score(x, y):
        if not inside(x, y, scaled):
            return -1.0
        return min(
            point_segment_distance(x, y, *a, *b)
            for ring in scaled
            for a, b in zip(ring, ring[1:] + ring[:1])
        )

    best = (sum(xs) / len(xs), sum(ys) / len(ys))
    best_score = score(*best)
    step = max(max(xs) - min(xs), max(ys) - min(ys)) / 24
    cx, cy, span = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, 12
    for _ in range(4):
        for i in range(-span, span + 1):
            for j in range(-span, span + 1):
                x, y = cx + i * step, cy + j * step
                s = score(x, y)
                if s > best_score:
                    best, best_score = (x, y), s
        cx, cy = best
        step /= 4
        span = 6
    return best[0] / k, best[1]


def centroid(rings: list) -> tuple[float, float]:
    points = [p for ring in rings for p in ring]
    return sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points)


def fmt(value: float) -> str:
    return str(round(value * SCALE))


def unwrap(arc: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Makes an arc continuous across the antimeridian: a step of more than 180
    degrees in longitude is a wrap (179.9 -> -180), so the rest of the arc is
    moved by 360. Arcs that do not cross 180 are returned unchanged."""
    out: list[tuple[float, float]] = []
    offset = 0.0
    for x, y in arc:
        if out:
            step = x + offset - out[-1][0]
            if step > 180:
                offset -= 360
            elif step < -180:
                offset += 360
        out.append((x + offset, y))
    return out


def to_one_side(polygons: list, east: bool) -> list:
    """Moves every point to the feature's side of the antimeridian: with `east`,
    longitudes west of 0 get +360 (Chukotka at 190 E); otherwise longitudes east
    of 0 get -360 (the western Aleutians at 187 W)."""
    def move(x: float) -> float:
        if east:
            return x + 360 if x < 0 else x
        return x - 360 if x > 0 else x

    moved = []
    for rings in polygons:
        new_rings = []
        for ring in rings:
            ring = [(move(x), y) for x, y in ring]
            if len(ring) > 1 and ring[0] == ring[-1]:
                ring.pop()
            new_rings.append(ring)
        moved.append(new_rings)
    return moved


def lon_extent(polygons: list) -> float:
    xs = [x for rings in polygons for ring in rings for x, _ in ring]
    return max(xs) - min(xs) if xs else 0.0


def parties_of(props: dict) -> list[str]:
    """The parties of a disputed area as alpha-3 codes in alphabetical order,
    with "self" first for a self-administered area, read from NOTE_BRK
    ("Admin. by India; Claimed by China", "Self admin.; Claimed by Georgia",
    "Claimed by Pakistan and India"); "Ceded to China by Pakistan" names no claim."""
    area = props["BRK_A3"]
    if area in PARTIES:
        return PARTIES[area]
    names: list[str] = []
    self_admin = False
    for part in (props.get("NOTE_BRK") or "").split(";"):
        part = part.strip()
        lower = part.lower()
        if lower.startswith("self admin"):
            self_admin = True
        elif lower.startswith("admin. by "):
            names.append(part[len("admin. by "):])
        elif lower.startswith("claimed by "):
            names.extend(n.strip() for n in part[len("claimed by "):].split(" and "))
    codes = set()
    for name in names:
        if name not in PARTY_CODES:
            sys.exit(f"{area}: party {name!r} has no code in PARTY_CODES")
        codes.add(PARTY_CODES[name])
    if not codes:
        sys.exit(f"{area}: no parties in NOTE_BRK {props.get('NOTE_BRK')!r}")
    return (["self"] if self_admin else []) + sorted(codes)


def disputed_names(props: dict) -> dict[str, str]:
    """English, Russian and Chinese names of a disputed area (see NAMES)."""
    names = {"en": props["BRK_NAME"], "ru": props.get("NAME_RU") or "", "zh": props.get("NAME_ZH") or ""}
    names.update(NAMES.get(props["BRK_A3"], {}))
    # Natural Earth writes some Russian names in lower case ("долины Самду").
    names["ru"] = names["ru"][:1].upper() + names["ru"][1:]
    for lang, name in names.items():
        if not name:
            sys.exit(f"{props['BRK_A3']}: no {lang} name")
    return names


def disputed_records(path: Path) -> tuple[list[str], list[str]]:
    """The D, N, L, P and R records of the disputed areas, sorted by id, and
    the ids written."""
    collection = json.loads(path.read_text(encoding="utf-8"))
    areas = []
    for feature in collection["features"]:
        props = feature["properties"]
        if props["BRK_A3"] in LEFT_OUT_DISPUTED:
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        kept = []
        for polygon in polygons:
            rings = []
            for ring in polygon:
                ring = douglas_peucker([tuple(p) for p in ring], TOLERANCE)
                if len(ring) > 1 and ring[0] == ring[-1]:
                    ring.pop()
                if len(ring) >= 3 and abs(area(ring)) >= MIN_DISPUTED_AREA:
                    rings.append(ring)
            if rings and polygon and len(rings[0]) >= 3:
                kept.append(rings)
        if not kept:
            continue
        areas.append((props["BRK_A3"], props, kept))
    lines: list[str] = []
    written = []
    for area_id, props, kept in sorted(areas, key=lambda a: a[0]):
        names = disputed_names(props)
        written.append(f"{area_id} {names['en']}")
        lines.append(f"D {area_id} {','.join(parties_of(props))} {names['en']}")
        lines.append(f"N ru {names['ru']}")
        lines.append(f"N zh {names['zh']}")
        label = label_point(max(kept, key=lambda rings: abs(area(rings[0]))))
        lines.append(f"L {fmt(label[0])} {fmt(label[1])}")
        for rings in kept:
            lines.append("P")
            for ring in rings:
                lines.append("R " + " ".join(f"{fmt(x)},{fmt(y)}" for x, y in ring))
    return lines, written


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    sco = (root / "assets" / "sco.ron").read_text(encoding="utf-8")
    sco_codes = set(re.findall(r'Country\(\s*code:\s*"([A-Z]{3})"', sco))
    if len(sco_codes) < 2:
        sys.exit("no countries found in assets/sco.ron")
    iso_codes = iso_numeric()

    with tempfile.TemporaryDirectory() as tmp:
        topology = download(Path(tmp))
    raw_arcs = [unwrap(arc) for arc in decode_arcs(topology)]
    arcs = [douglas_peucker(arc, TOLERANCE) for arc in raw_arcs]

    features: dict[str, dict] = {}  # key: alpha-3, or the name for features without one
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        numeric = geometry.get("id")
        merged = False
        if numeric is None:
            code = "-"
        else:
            code = iso_codes.get(numeric)
            if code is None:
                sys.exit(f"{name}: numeric id {numeric} is not in {ISO_CODES_JSON}")
            if code in LEFT_OUT:
                continue
            merged = code in MERGE_INTO
            code = MERGE_INTO.get(code, code)
        key = code if code != "-" else name
        feature = features.setdefault(
            key, {"code": code, "name": name, "name_area": -1.0, "polygons": [], "raw": []}
        )
        raw = [[ring_from_arcs(r, raw_arcs) for r in polygon] for polygon in polygons_of(geometry)]
        if not merged:
            # Two geometries share Australia's id (the other is Ashmore and Cartier
            # Is.): the feature takes the name of the larger one.
            size = max((abs(area(rings[0])) for rings in raw), default=0.0)
            if size > feature["name_area"]:
                feature["name"], feature["name_area"] = name, size
        feature["raw"].extend(raw)
        feature["polygons"].extend(
            [ring_from_arcs(r, arcs) for r in polygon] for polygon in polygons_of(geometry)
        )

    # Antimeridian: a feature spanning more than 180 degrees of longitude crosses
    # it (Russia, Fiji, USA's Aleutians, New Zealand's Chatham Is., Kiribati).
    # All its points go to the side of its largest piece, so it stays in one piece
    # at the map's eastern (Russia, Fiji, NZ) or western (USA) edge.
    for key, feature in features.items():
        if lon_extent(feature["raw"]) <= 180:
            continue
        main = max(feature["raw"], key=lambda rings: abs(area(rings[0])))
        east = sum(x for x, _ in main[0]) / len(main[0]) > 0
        feature["raw"] = to_one_side(feature["raw"], east)
        feature["polygons"] = to_one_side(feature["polygons"], east)
        if lon_extent(feature["raw"]) > 180:
            sys.exit(f"{key} still spans {lon_extent(feature['raw']):.0f} degrees of longitude")

    missing = sorted(sco_codes - {f["code"] for f in features.values()})
    if missing:
        sys.exit(f"countries of sco.ron missing from the map data: {missing}")

    lines = [
        "# Country shapes for sco-explorer's map panel. Generated by scripts/make-map.py; do not edit.",
        f"# Made with Natural Earth (public domain), 1:50m admin-0, via npm {PACKAGE} (ISC). See NOTICE.md.",
        f"# Douglas-Peucker {TOLERANCE} deg per shared border; islets under {MIN_ISLAND_AREA} sq deg dropped;",
        f"# features whose largest piece is under {DOT_AREA} sq deg are dots. Antarctica left out; Taiwan with China (UN practice).",
        "# F code name / L lon lat / P / R x,y ... in hundredths of a degree; D id parties name / N lang name.",
    ]
    total_points = total_rings = 0
    dots = []
    for key in sorted(features, key=lambda k: (features[k]["code"], features[k]["name"])):
        feature = features[key]
        code = feature["code"]
        # The largest polygon (by raw outline area) holds the label.
        raw_main = max(feature["raw"], key=lambda rings: abs(area(rings[0])))
        kept = []
        if abs(area(raw_main[0])) >= DOT_AREA:
            largest = max(abs(area(rings[0])) for rings in feature["polygons"])
            for rings in feature["polygons"]:
                rings = [r for r in rings if len(r) >= 3]
                if not rings or len(rings[0]) < 3:
                    continue
                outline_area = abs(area(rings[0]))
                # A piece that Natural Earth cut at the antimeridian is kept however
                # small, so that its island stays whole (Vanua Levu's eastern tip).
                cut = any(abs(abs(x) - 180) < 1e-9 for x, _ in rings[0])
                if outline_area < MIN_ISLAND_AREA and outline_area < largest and not cut:
                    continue
                holes = [h for h in rings[1:] if abs(area(h)) >= MIN_ISLAND_AREA]
                kept.append([rings[0]] + holes)
        if kept:
            main = max(kept, key=lambda rings: abs(area(rings[0])))
            label = label_point(main)
        else:
            label = centroid(raw_main)
            dots.append(code if code != "-" else feature["name"])
        lines.append(f"F {code} {feature['name']}")
        lines.append(f"L {fmt(label[0])} {fmt(label[1])}")
        for rings in kept:
            lines.append("P")
            for ring in rings:
                total_rings += 1
                total_points += len(ring)
                lines.append("R " + " ".join(f"{fmt(x)},{fmt(y)}" for x, y in ring))

    disputed_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DISPUTED_GEOJSON
    disputed, written = disputed_records(disputed_path)
    lines.append(
        "# Disputed areas: Natural Earth (public domain), 1:50m breakaway and disputed areas. See NOTICE.md."
    )
    lines.extend(disputed)

    out_dir = root / "assets" / "map"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "countries.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"wrote {out.relative_to(root)}: {len(features)} features ({len(dots)} dots), "
        f"{total_rings} rings, {total_points} points, {out.stat().st_size} bytes\n"
        f"dots: {' '.join(dots)}\n"
        f"disputed areas ({len(written)}): {'; '.join(written)}",
        file=sys.stderr,
    )

if __name__ == "__main__":
    main()
