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


TAGS = frozenset(SVG + name for name in ELEMENTS)


def is_plain_drawing(svg: str) -> bool:
    """Whether ``svg`` parses and holds only the renderer's own elements and attributes.

    The tags and attribute names of the whole drawing are checked as two sets, and
    every attribute value with one search (values joined by NUL, which no pattern can
    match across): a few hundred kept drawings are read on every rebuild.
    """
    if "<!DOCTYPE" in svg or "<!ENTITY" in svg:
        return False
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return False
    elements = list(root.iter())
    if root.tag != f"{SVG}svg" or not {e.tag for e in elements} <= TAGS:
        return False
    if not set().union(*(e.attrib for e in elements)) <= ATTRIBUTES:
        return False
    return not OUTSIDE.search("\0".join(v for e in elements for v in e.attrib.values()))
