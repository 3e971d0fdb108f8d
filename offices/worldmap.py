"""The world map of the coverage pages, drawn on the server as SVG.

Country shapes come from the vendored Natural Earth TopoJSON (world-atlas, 1:110m), keyed by
UN M49 code like ``Country.m49``. They are decoded and projected (Natural Earth I) once per
process. Small states that the 1:110m file leaves out get a dot, placed from the 1:50m file.
Nothing is sent to the browser but the SVG: no tile server, no script needed to see it.
"""

import colorsys
import itertools
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.conf import settings

ATLAS = Path(settings.BASE_DIR) / "static" / "vendor" / "world-atlas"
WIDTH = 960.0
MARGIN = 4.0
ANTARCTICA = "010"  # no field office covers it; leaving it out saves a fifth of the height

# Okabe–Ito colours, told apart with the common colour-vision deficiencies.
REGION_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#f0e442"]


@dataclass(frozen=True)
class Shape:
    m49: str
    path: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Dot:
    m49: str
    x: float
    y: float


@dataclass
class World:
    shapes: dict[str, Shape] = field(default_factory=dict)
    dots: dict[str, Dot] = field(default_factory=dict)
    height: float = 0.0


def natural_earth(longitude: float, latitude: float) -> tuple[float, float]:
    """Natural Earth I projection of a point in degrees, in unit coordinates (y grows south)."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
    y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
    return x, -y


# Unit-coordinate bounds of the drawn world: longitudes ±180, latitudes from 84°N to 57°S.
_X0 = natural_earth(-180, 0)[0]
_Y0 = natural_earth(0, 84)[1]
_SCALE = (WIDTH - 2 * MARGIN) / (2 * -_X0)


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """A point in degrees → SVG coordinates of the world map."""
    x, y = natural_earth(longitude, latitude)
    return round((x - _X0) * _SCALE + MARGIN, 1), round((y - _Y0) * _SCALE + MARGIN, 1)


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (kx, ky), (dx, dy) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for qx, qy in arc:
            x, y = x + qx, y + qy
            points.append((x * kx + dx, y * ky + dy))
        arcs.append(points)
    return arcs


def _ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _polygons(geometry: dict, arcs: list) -> list[list[list[tuple[float, float]]]]:
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return [[_ring(arcs, ring) for ring in polygon] for polygon in polygons]


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia, Fiji) made continuous in longitude, kept on
    the side where most of it lies; the few degrees beyond ±180 fall outside the drawing."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in itertools.pairwise(ring)):
        return ring
    unwrapped = [ring[0]]
    for lon, lat in ring[1:]:
        previous = unwrapped[-1][0]
        lon += 360 * round((previous - lon) / 360)
        unwrapped.append((lon, lat))
    mean = sum(lon for lon, _lat in unwrapped) / len(unwrapped)
    shift = -360 * round(mean / 360)
    return [(lon + shift, lat) for lon, lat in unwrapped]


def _path(rings: list[list[tuple[float, float]]]) -> tuple[str, tuple[float, float, float, float]]:
    parts, xs, ys = [], [], []
    for ring in rings:
        projected = [project(lon, lat) for lon, lat in _unwrap(ring)]
        kept = [point for i, point in enumerate(projected) if i == 0 or point != projected[i - 1]]
        if len(kept) < 3:
            continue
        xs.extend(x for x, _y in kept)
        ys.extend(y for _x, y in kept)
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in kept) + "Z")
    box = (min(xs), min(ys), max(xs), max(ys)) if xs else (0.0, 0.0, 0.0, 0.0)
    return "".join(parts), box


def _area(ring: list[tuple[float, float]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _load(name: str) -> tuple[list[dict], list]:
    topology = json.loads((ATLAS / name).read_text(encoding="utf-8"))
    return topology["objects"]["countries"]["geometries"], _decode_arcs(topology)


@lru_cache(maxsize=1)
def world() -> World:
    """Every country's SVG path by M49 code, and a dot for each small state without one."""
    drawn = World(height=round(project(0, -57)[1] + MARGIN, 1))
    geometries, arcs = _load("countries-110m.json")
    for geometry in geometries:
        m49 = geometry.get("id")
        if not m49 or m49 == ANTARCTICA or not geometry.get("arcs"):
            continue
        rings = [ring for polygon in _polygons(geometry, arcs) for ring in polygon]
        path, box = _path(rings)
        drawn.shapes[m49] = Shape(m49, path, box)
    geometries, arcs = _load("countries-50m.json")
    for geometry in geometries:
        m49 = geometry.get("id")
        if not m49 or m49 in drawn.shapes or m49 == ANTARCTICA or not geometry.get("arcs"):
            continue
        outer = max((polygon[0] for polygon in _polygons(geometry, arcs)), key=_area)
        lon = sum(point[0] for point in outer) / len(outer)
        lat = sum(point[1] for point in outer) / len(outer)
        drawn.dots[m49] = Dot(m49, *project(lon, lat))
    return drawn


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def view_box(m49_codes: set[str], points: list[tuple[float, float]] = (), min_width: float = 160.0) -> tuple:
    """A 2:1 box around the given countries and points, at least ``min_width`` wide; the whole
    world when there is nothing to frame."""
    drawn = world()
    boxes = [drawn.shapes[code].box for code in m49_codes if code in drawn.shapes]
    boxes += [
        (drawn.dots[c].x, drawn.dots[c].y, drawn.dots[c].x, drawn.dots[c].y) for c in m49_codes if c in drawn.dots
    ]
    boxes += [(x, y, x, y) for x, y in points]
    if not boxes:
        return (0.0, 0.0, WIDTH, drawn.height)
    x0, y0, x1, y1 = _union(boxes)
    width = max(x1 - x0, 2 * (y1 - y0), min_width) * 1.15
    height = width / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return (round(cx - width / 2, 1), round(cy - height / 2, 1), round(width, 1), round(height, 1))


def overlaps(box: tuple[float, float, float, float], frame: tuple) -> bool:
    fx, fy, fw, fh = frame
    return box[2] >= fx and box[0] <= fx + fw and box[3] >= fy and box[1] <= fy + fh


def office_colours(office_ids: list[int]) -> dict[int, str]:
    """A distinct colour per office, spread around the hue circle (golden angle), dark and
    light in turn so that neighbours differ in lightness too."""
    colours = {}
    for index, office_id in enumerate(office_ids):
        hue = (index * 137.508) % 360
        lightness = (0.38, 0.52, 0.66)[index % 3]
        red, green, blue = colorsys.hls_to_rgb(hue / 360, lightness, 0.65)
        colours[office_id] = f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"
    return colours


def region_colours(region_ids: list[int]) -> dict[int, str]:
    return {region_id: REGION_COLOURS[i % len(REGION_COLOURS)] for i, region_id in enumerate(region_ids)}


def layers(coloured: dict[str, tuple], office_markers: list[tuple], frame: tuple | None = None) -> dict:
    """What the map template draws within ``frame`` (x, y, width, height; the world by default).

    ``coloured`` maps an M49 code to (fill, item) for the countries to colour, ``item`` being
    what the template links and labels (a coverage); ``office_markers`` are (office, item).
    Countries coloured but too small for the 1:110m shapes get a dot; those without even a
    dot are returned as ``not_drawn`` for the text alternative to say so.
    """
    drawn = world()
    frame = frame or (0.0, 0.0, WIDTH, drawn.height)
    countries, dots = [], []
    for m49, shape in drawn.shapes.items():
        if overlaps(shape.box, frame):
            fill, item = coloured.get(m49, (None, None))
            countries.append({"m49": m49, "path": shape.path, "fill": fill, "item": item})
    for m49, (fill, item) in coloured.items():
        dot = drawn.dots.get(m49)
        if dot and overlaps((dot.x, dot.y, dot.x, dot.y), frame):
            dots.append({"m49": m49, "x": dot.x, "y": dot.y, "fill": fill, "item": item})
    radius = frame[2] / 220
    markers = []
    for office, item in office_markers:
        if office.latitude is None or office.longitude is None:
            continue
        x, y = project(float(office.longitude), float(office.latitude))
        if overlaps((x, y, x, y), frame):
            markers.append({"office": office, "x": x, "y": y, "item": item, "diamond": _diamond(x, y, radius * 1.6)})
    return {
        "view_box": " ".join(f"{value:g}" for value in frame),
        "countries": countries,
        "dots": dots,
        "markers": markers,
        "not_drawn": sorted(m49 for m49 in coloured if m49 not in drawn.shapes and m49 not in drawn.dots),
        "dot_radius": round(frame[2] / 260, 2),
        "marker_radius": round(radius, 2),
    }


def _diamond(x: float, y: float, size: float) -> str:
    """The points of a diamond centred on (x, y): the marker of a top-tier office."""
    corners = ((x, y - size), (x + size, y), (x, y + size), (x - size, y))
    return " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in corners)
