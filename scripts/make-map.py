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

Run from anywhere: `python3 scripts/make-map.py`. The output is deterministic:
running it again gives the same bytes. It checks that every country of
assets/sco.ron is on the map.

Output format (one record per line, `#` starts a comment line):

    F CODE NAME...     a feature: ISO 3166-1 alpha-3 code ("-" when Natural Earth
                       gives none, e.g. Siachen Glacier) and its English short name
    L LON LAT          the feature's label point (inside the shape), where event
                       dots and small-state dots are drawn
    P                  starts a polygon of the current feature
    R X,Y X,Y ...      a ring of the current polygon: the first is the outline,
                       any further ones are holes; points are not repeated at the end

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
MERGE_INTO = {"HKG": "CHN", "MAC": "CHN"}

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
        f"# features whose largest piece is under {DOT_AREA} sq deg are dots. Antarctica left out.",
        "# F code name / L lon lat / P / R x,y ... in hundredths of a degree.",
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

    out_dir = root / "assets" / "map"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "countries.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"wrote {out.relative_to(root)}: {len(features)} features ({len(dots)} dots), "
        f"{total_rings} rings, {total_points} points, {out.stat().st_size} bytes\n"
        f"dots: {' '.join(dots)}",
        file=sys.stderr,
    )

if __name__ == "__main__":
    main()
