"""Rendering a Vega-Lite spec to SVG at build time, and naming it for assistive technology.

Vega's SVG carries roles for its inner marks, but the root has no accessible
name; the page supplies one (the chart's title) and marks the whole drawing as
a single image, because the summary and the table carry its content.
"""

from __future__ import annotations

import re
from typing import Any

import vl_convert
from markupsafe import escape

_ROOT = re.compile(r"<svg\b([^>]*)>")
_INNER_ARIA = re.compile(r'\s(?:role|aria-roledescription|aria-label)="[^"]*"')


def render_svg(spec: dict[str, Any], label: str) -> str:
    """SVG markup for ``spec`` with ``role="img"`` and ``label`` as its accessible name.

    ``allowed_base_urls=[]`` stops the renderer fetching anything: every chart
    carries its data inline.
    """
    svg = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])
    svg = _INNER_ARIA.sub("", svg)
    svg = svg.replace('<?xml version="1.0" encoding="utf-8"?>', "")
    return _ROOT.sub(
        lambda m: f'<svg{m.group(1)} role="img" aria-label="{escape(label)}" focusable="false">',
        svg,
        count=1,
    )
