"""Rendering a Vega-Lite spec to SVG at build time, and naming it for assistive technology.

Vega's SVG carries roles for its inner marks, but the root has no accessible
name; the page supplies one (the chart's title) and marks the whole drawing as
a single image, because the summary and the table carry its content.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import vl_convert
from markupsafe import escape

_ROOT = re.compile(r"<svg\b([^>]*)>")
_INNER_ARIA = re.compile(r'\s(?:role|aria-roledescription|aria-label)="[^"]*"')


class SvgCache:
    """Rendered SVGs on disk, named by a hash of their spec and the renderer's version.

    Identical specs render once: a rebuild with unchanged data draws nothing.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    def key(self, spec: dict[str, Any]) -> str:
        """A name that changes whenever the spec or the renderer changes."""
        text = json.dumps(spec, sort_keys=True, ensure_ascii=True)
        version = getattr(vl_convert, "__version__", "")
        return hashlib.sha256(f"{version}\n{text}".encode()).hexdigest()

    def svg(self, spec: dict[str, Any]) -> str:
        """The spec drawn as SVG, from the cache when it has been drawn before."""
        path = self.folder / f"{self.key(spec)}.svg" if self.folder else None
        if path is not None and path.is_file():
            return path.read_text(encoding="utf-8")
        # allowed_base_urls=[] stops the renderer fetching anything: data are inline.
        drawn: str = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(drawn, encoding="utf-8")
        return drawn


CACHE = SvgCache()


def use_cache_folder(folder: Path | None) -> None:
    """Where rendered charts are kept between builds (None: do not keep them)."""
    CACHE.folder = folder


def render_svg(spec: dict[str, Any], label: str) -> str:
    """SVG markup for ``spec`` with ``role="img"`` and ``label`` as its accessible name."""
    svg = CACHE.svg(spec)
    svg = _INNER_ARIA.sub("", svg)
    svg = svg.replace('<?xml version="1.0" encoding="utf-8"?>', "")
    return _ROOT.sub(
        lambda m: f'<svg{m.group(1)} role="img" aria-label="{escape(label)}" focusable="false">',
        svg,
        count=1,
    )
