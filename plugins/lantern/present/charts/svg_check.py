"""What a chart's SVG may contain: the elements and attributes the renderer draws with.

Charts are drawn once and kept in a cache folder between builds. A file there
could be truncated by a full disk or changed by anyone who can write to the
folder, and whatever it holds is pasted into every page with that chart. So a
drawing is only used if it parses and holds nothing but plain drawing: no
script, no event handler, no link or reference outside itself.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

ELEMENTS = frozenset(
    [
        "svg",
        "g",
        "path",
        "rect",
        "line",
        "circle",
        "text",
        "tspan",
        "defs",
        "clipPath",
        "linearGradient",
        "radialGradient",
        "stop",
        "title",
        "desc",
    ]
)
ATTRIBUTES = frozenset(
    [
        "aria-hidden",
        "aria-label",
        "aria-roledescription",
        "role",
        "class",
        "focusable",
        "id",
        "version",
        "viewBox",
        "width",
        "height",
        "x",
        "y",
        "x1",
        "x2",
        "y1",
        "y2",
        "dx",
        "dy",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "fx",
        "fy",
        "d",
        "points",
        "transform",
        "display",
        "opacity",
        "pointer-events",
        "fill",
        "fill-opacity",
        "fill-rule",
        "stroke",
        "stroke-width",
        "stroke-opacity",
        "stroke-dasharray",
        "stroke-dashoffset",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-miterlimit",
        "font-family",
        "font-size",
        "font-weight",
        "font-style",
        "text-anchor",
        "dominant-baseline",
        "clip-path",
        "offset",
        "stop-color",
        "stop-opacity",
        "gradientUnits",
        "gradientTransform",
        "preserveAspectRatio",
    ]
)
SVG = "{http://www.w3.org/2000/svg}"
# A reference may only point inside the drawing: url(#id).
OUTSIDE = re.compile(r"url\((?!\s*#)|javascript:|data:", re.IGNORECASE)


def _allowed(element: ET.Element) -> bool:
    if not element.tag.startswith(SVG) or element.tag[len(SVG) :] not in ELEMENTS:
        return False
    for name, value in element.attrib.items():
        if name not in ATTRIBUTES or OUTSIDE.search(value):
            return False
    return True


def is_plain_drawing(svg: str) -> bool:
    """Whether ``svg`` parses and holds only the renderer's own elements and attributes."""
    if "<!DOCTYPE" in svg or "<!ENTITY" in svg:
        return False
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return False
    return root.tag == f"{SVG}svg" and all(_allowed(e) for e in root.iter())
