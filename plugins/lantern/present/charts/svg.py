"""Rendering a Vega-Lite spec to SVG at build time, and naming it for assistive technology.

Vega's SVG carries roles for its inner marks, but the root has no accessible
name; the page supplies one (the chart's title) and marks the whole drawing as
a single image, because the summary and the table carry its content.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

import vl_convert
from markupsafe import escape

from lantern.data.kept import read_kept, sha256_text, write_kept
from lantern.present.charts.svg_check import is_plain_drawing

# The renderer fetches nothing: every chart's data are inline, so no base URL resolves a
# relative path and no address, local or remote, may be read (set once for the process).
vl_convert.configure(base_url=False, allowed_base_urls=[])
# The renderer passes Vega's warnings to logging. A layer with nothing to draw (no interval
# in any period) warns of an empty extent; the chart's own checks (``honesty``) decide.
logging.getLogger("vl_convert").setLevel(logging.ERROR)

_ROOT = re.compile(r"<svg\b([^>]*)>")
_INNER_ARIA = re.compile(r'\s(?:role|aria-roledescription|aria-label)="[^"]*"')
_ID = re.compile(r'\bid="([^"]+)"')


def stable_ids(svg: str, prefix: str) -> str:
    """Rename the SVG's ids (``gradient_3``, ``clip7``) to ``<prefix>-<n>``.

    The renderer numbers them with a counter that runs across a whole build, so
    the same chart would come out differently depending on what was drawn
    before it, and two charts drawn in different builds could share an id on a
    page. Named after the spec instead, a chart is the same bytes every time.
    """
    names = {old: f"{prefix}-{n}" for n, old in enumerate(dict.fromkeys(_ID.findall(svg)))}
    if not names:
        return svg
    pattern = re.compile(
        r'(\bid="|url\(#|href="#)(' + "|".join(map(re.escape, names)) + r')(?=[")])'
    )
    return pattern.sub(lambda m: m.group(1) + names[m.group(2)], svg)


class UnsafeDrawing(Exception):
    """The renderer drew something that is not plain SVG drawing."""


class SvgCache:
    """Rendered SVGs on disk, named by a hash of their spec and the renderer's version.

    Identical specs render once: a rebuild with unchanged data draws nothing.
    Beside each drawing is the SHA-256 of its text; a drawing is taken from the
    cache only when that matches and it is plain drawing (``svg_check``), and
    is drawn again otherwise, so a truncated or tampered file never reaches a page.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    def key(self, spec: dict[str, Any]) -> str:
        """A name that changes whenever the spec or the renderer changes."""
        text = json.dumps(spec, sort_keys=True, ensure_ascii=True)
        version = getattr(vl_convert, "__version__", "")
        return sha256_text(f"{version}\n{text}")

    def svg(self, spec: dict[str, Any], key: str | None = None) -> str:
        """The spec drawn as SVG, from the cache when it has been drawn before (``key`` is
        ``self.key(spec)``, when the caller has it already)."""
        path = self.folder / f"{key or self.key(spec)}.svg" if self.folder else None
        cached = read_kept(path)
        if cached is not None and is_plain_drawing(cached):
            return cached
        drawn: str = vl_convert.vegalite_to_svg(spec)
        if not is_plain_drawing(drawn):
            raise UnsafeDrawing("the chart renderer drew something other than plain SVG")
        write_kept(path, drawn)
        return drawn


# Draws every spec afresh and keeps nothing: for a chart drawn outside a build.
UNCACHED = SvgCache()


def render_svg(spec: dict[str, Any], label: str, cache: SvgCache = UNCACHED) -> str:
    """SVG markup for ``spec`` with ``role="img"`` and ``label`` as its accessible name,
    drawn through ``cache`` (the build's, which keeps drawings between builds)."""
    key = cache.key(spec)
    svg = stable_ids(cache.svg(spec, key), "chart-" + key[:12])
    svg = _INNER_ARIA.sub("", svg)
    svg = svg.replace('<?xml version="1.0" encoding="utf-8"?>', "")
    return _ROOT.sub(
        lambda m: f'<svg{m.group(1)} role="img" aria-label="{escape(label)}" focusable="false">',
        svg,
        count=1,
    )
