#!/usr/bin/env python3
"""Regenerates assets/map/countries.txt, the country shapes of the map panel.

Source: npm package world-atlas 2.0.2 (TopoJSON packaging by M. Bostock, ISC) of
Natural Earth 4.1.0 admin-0 countries at 1:50m (public domain). The script
downloads the package with `npm pack`, decodes `countries-50m.json`, keeps the
countries of assets/sco.ron plus their neighbours, simplifies the shapes and
writes a small text file that src/map.rs embeds. Needs only python3 and npm.

Run from anywhere: `python3 scripts/make-map.py`. The output is deterministic:
running it again gives the same bytes.

Output format (one record per line, `#` starts a comment line):

    F CODE NAME...     a feature: ISO 3166-1 alpha-3 code ("-" when Natural Earth
                       gives none, e.g. Siachen Glacier) and its English short name
    L LON LAT          the feature's label point (inside the shape), where event
                       dots and small-state dots are drawn
    P                  starts a polygon of the current feature
    R X,Y X,Y ...      a ring of the current polygon: the first is the outline,
                       any further ones are holes; points are not repeated at the end

Coordinates are integers in hundredths of a degree (lon, lat). Points of Russia
east of the antimeridian are shifted by +360 so that Chukotka joins the rest.
A feature with an L line and no polygon (Bahrain, Maldives) is drawn as a dot.
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

# Too small to see at this scale: drawn as a dot at their label point.
DOT_ONLY = {"BHR", "MDV"}

# ISO 3166-1 numeric -> alpha-3 for every country the map keeps. Natural Earth's
# ids are numeric; the app refers to countries by alpha-3, so this table is ours.
ISO_NUMERIC = {
    "004": "AFG", "008": "ALB", "031": "AZE", "048": "BHR", "050": "BGD",
    "051": "ARM", "064": "BTN", "070": "BIH", "096": "BRN", "100": "BGR",
    "104": "MMR", "108": "BDI", "112": "BLR", "116": "KHM", "140": "CAF",
    "144": "LKA", "148": "TCD", "156": "CHN", "158": "TWN", "180": "COD",
    "191": "HRV", "196": "CYP", "231": "ETH", "232": "ERI", "233": "EST",
    "246": "FIN", "262": "DJI", "268": "GEO", "275": "PSE", "300": "GRC",
    "344": "HKG", "348": "HUN", "356": "IND", "360": "IDN", "364": "IRN",
    "368": "IRQ", "376": "ISR", "392": "JPN", "398": "KAZ", "400": "JOR",
    "404": "KEN", "408": "PRK", "410": "KOR", "414": "KWT", "417": "KGZ",
    "418": "LAO", "422": "LBN", "428": "LVA", "434": "LBY", "440": "LTU",
    "446": "MAC", "458": "MYS", "462": "MDV", "496": "MNG", "498": "MDA",
    "499": "MNE", "512": "OMN", "524": "NPL", "578": "NOR", "586": "PAK",
    "598": "PNG", "608": "PHL", "616": "POL", "626": "TLS", "634": "QAT",
    "642": "ROU", "643": "RUS", "646": "RWA", "682": "SAU", "688": "SRB",
    "702": "SGP", "703": "SVK", "704": "VNM", "706": "SOM", "728": "SSD",
    "729": "SDN", "752": "SWE", "760": "SYR", "762": "TJK", "764": "THA",
    "784": "ARE", "792": "TUR", "795": "TKM", "800": "UGA", "804": "UKR",
    "807": "MKD", "818": "EGY", "834": "TZA", "860": "UZB", "887": "YEM",
}

# Neighbours kept for context so that the frame around the SCO countries (about
# 20-190 E, 0-82 N) is filled: eastern Europe, the Middle East, north-east
# Africa, South-East Asia. The SCO countries themselves are read from sco.ron.
NEIGHBOURS = {
    "NOR", "SWE", "FIN", "EST", "LVA", "LTU", "POL", "UKR", "MDA", "ROU", "BGR",
    "GRC", "MKD", "ALB", "MNE", "SRB", "BIH", "HRV", "HUN", "SVK", "CYP",
    "GEO", "SYR", "LBN", "ISR", "PSE", "JOR", "IRQ", "OMN", "YEM",
    "LBY", "SDN", "SSD", "TCD", "CAF", "COD", "UGA", "KEN", "TZA", "RWA", "BDI",
    "ETH", "ERI", "DJI", "SOM",
    "TKM", "BTN", "BGD", "THA", "VNM", "MYS", "SGP", "BRN", "IDN", "PHL", "TLS",
    "PNG", "TWN", "PRK", "KOR", "JPN",
}

# Parts of other countries in Natural Earth: drawn as part of the country.
MERGE_INTO = {"HKG": "CHN", "MAC": "CHN"}

# Features without an ISO id that lie inside the frame; kept (so the map has no
# holes) with no code, so the app shades them neutral and names them on hover.
NO_ID_KEPT = {"Siachen Glacier", "Somaliland", "N. Cyprus", "Kosovo"}

# Singapore is kept as a dot (its outline is an islet).
DOT_ONLY_CONTEXT = {"SGP"}


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


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    sco = (root / "assets" / "sco.ron").read_text(encoding="utf-8")
    sco_codes = set(re.findall(r'Country\(\s*code:\s*"([A-Z]{3})"', sco))
    if len(sco_codes) < 2:
        sys.exit("no countries found in assets/sco.ron")
    wanted = sco_codes | NEIGHBOURS

    with tempfile.TemporaryDirectory() as tmp:
        topology = download(Path(tmp))
    raw_arcs = decode_arcs(topology)
    arcs = [douglas_peucker(arc, TOLERANCE) for arc in raw_arcs]

    features: dict[str, dict] = {}  # key: alpha-3 or name, in output order
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        numeric = geometry.get("id")
        merged = False
        if numeric is None:
            if name not in NO_ID_KEPT:
                continue
            code = "-"
        else:
            code = ISO_NUMERIC.get(numeric)
            if code is None:
                continue
            merged = code in MERGE_INTO
            code = MERGE_INTO.get(code, code)
            if code not in wanted:
                continue
        key = code if code != "-" else name
        feature = features.setdefault(key, {"code": code, "name": name, "polygons": [], "raw": []})
        if numeric is not None and not merged:
            feature["name"] = name
        for polygon in polygons_of(geometry):
            raw_rings = [ring_from_arcs(r, raw_arcs) for r in polygon]
            rings = [ring_from_arcs(r, arcs) for r in polygon]
            if code == "RUS":
                # Chukotka crosses the antimeridian (the mainland ring jumps from
                # 179.9 to -180): move every point west of 0 next to the rest.
                # Russia's westernmost point is at 19.6 E, so nothing else moves.
                raw_rings = [[(x + 360 if x < 0 else x, y) for x, y in r] for r in raw_rings]
                rings = [[(x + 360 if x < 0 else x, y) for x, y in r] for r in rings]
            feature["raw"].append(raw_rings)
            feature["polygons"].append(rings)

    missing = sorted(sco_codes - {f["code"] for f in features.values()})
    if missing:
        sys.exit(f"countries of sco.ron missing from the map data: {missing}")

    lines = [
        "# Country shapes for sco-explorer's map panel. Generated by scripts/make-map.py; do not edit.",
        f"# Made with Natural Earth (public domain), 1:50m admin-0, via npm {PACKAGE} (ISC). See NOTICE.md.",
        f"# Douglas-Peucker {TOLERANCE} deg per shared border; islets under {MIN_ISLAND_AREA} sq deg dropped.",
        "# F code name / L lon lat / P / R x,y ... in hundredths of a degree.",
    ]
    total_points = total_rings = 0
    for key in sorted(features, key=lambda k: (features[k]["code"], features[k]["name"])):
        feature = features[key]
        code = feature["code"]
        # The largest polygon (by raw outline area) holds the label.
        raw_main = max(feature["raw"], key=lambda rings: abs(area(rings[0])))
        if code in DOT_ONLY or code in DOT_ONLY_CONTEXT:
            label = centroid(raw_main)
            kept = []
        else:
            kept = []
            largest = max(abs(area(rings[0])) for rings in feature["polygons"])
            for rings in feature["polygons"]:
                rings = [r for r in rings if len(r) >= 3]
                if not rings or len(rings[0]) < 3:
                    continue
                outline_area = abs(area(rings[0]))
                if outline_area < MIN_ISLAND_AREA and outline_area < largest:
                    continue
                holes = [h for h in rings[1:] if abs(area(h)) >= MIN_ISLAND_AREA]
                kept.append([rings[0]] + holes)
            main = max(kept, key=lambda rings: abs(area(rings[0])))
            label = label_point(main)
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
        f"wrote {out.relative_to(root)}: {len(features)} features, {total_rings} rings, "
        f"{total_points} points, {out.stat().st_size} bytes",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
