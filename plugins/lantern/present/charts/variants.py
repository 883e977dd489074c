"""Each chart drawn twice, for a phone and for a wider screen, with text never under 12 px.

A chart drawn once at 560 px and shrunk to fit a phone draws its 12 px labels
at about 7 px. Instead every chart is drawn at the width it is shown at: the
narrow drawing fits a 375 px phone's column without scaling, the wide one a
desktop's, and CSS shows one or the other (``.chart-narrow`` / ``.chart-wide``
in ``lantern.css``). Vega's ``fit`` sizing makes the whole drawing, axes and
legend included, exactly that wide.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

# The smallest text drawn in any chart, in CSS pixels at the size it is shown.
MIN_TEXT_PX = 12
# The key under a spec's ``usermeta`` of a chart that keeps its shape (a map): its plot's
# height over its width. Vega's padding on each side of the plot, in pixels.
ASPECT = "lantern_aspect"
PADDING = 5


@dataclass(frozen=True)
class Variant:
    """One drawing of a chart: its name (a CSS class suffix) and total width in pixels."""

    name: str
    width: int
    # Phones get fewer, level labels; a wide screen can afford more.
    level_labels: bool
    ticks: int
    # The most periods labelled along an axis of periods.
    period_labels: int
    # The widest a legend's label is drawn, in pixels (a longer name ends in "…"; the
    # chart's table has it whole): the legend starts where the plot does, beside the
    # value axis, and a wide drawing sets it in two columns.
    legend_label_px: int


# A 375 px phone less the page's side margins (1 rem each side) leaves 343 px.
NARROW = Variant("narrow", 340, level_labels=True, ticks=4, period_labels=4, legend_label_px=220)
WIDE = Variant("wide", 620, level_labels=False, ticks=8, period_labels=9, legend_label_px=230)
VARIANTS = (NARROW, WIDE)


def _drop_widths(node: Any) -> None:
    """Remove widths set inside layers: the variant sets the one width of the whole."""
    if isinstance(node, dict):
        node.pop("width", None)
        for child in node.get("layer", []):
            _drop_widths(child)


def _encodings(node: Any) -> list[dict[str, Any]]:
    """Every ``encoding`` in a spec, layers included."""
    if not isinstance(node, dict):
        return []
    found = [node["encoding"]] if isinstance(node.get("encoding"), dict) else []
    for child in node.get("layer", []):
        found += _encodings(child)
    return found


def labelled_periods(periods: list[Any], most: int) -> list[Any]:
    """The periods an axis labels: every k-th counted back from the latest, so the latest
    period is always named and no more than ``most`` are (Vega's own choice of which
    labels to drop keeps the first and drops the last)."""
    step = max(1, -(-len(periods) // most))
    return periods[::-1][::step][::-1]


def _label_periods(encoding: dict[str, Any], most: int) -> None:
    """An axis of periods (ordinal, in a given order) labels ``labelled_periods``."""
    x = encoding.get("x")
    if not isinstance(x, dict) or x.get("type") != "ordinal" or not isinstance(x.get("sort"), list):
        return
    axis = x.get("axis")
    if isinstance(axis, dict):
        axis["values"] = labelled_periods(x["sort"], most)


def sized(spec: dict[str, Any], variant: Variant) -> dict[str, Any]:
    """A copy of ``spec`` drawn ``variant.width`` pixels wide, axes and legend included."""
    drawn = copy.deepcopy(spec)
    for layer in drawn.get("layer", []):
        _drop_widths(layer)
    drawn["width"] = variant.width
    # A map keeps its shape: its height follows the width it is drawn at (``ASPECT``).
    aspect = drawn.get("usermeta", {}).get(ASPECT)
    if aspect:
        drawn["height"] = round((variant.width - 2 * PADDING) * aspect)
    drawn["autosize"] = {"type": "fit-x", "contains": "padding"}
    config = drawn.setdefault("config", {})
    x_axis = config.setdefault("axisX", {})
    x_axis["labelOverlap"] = "greedy"
    x_axis["tickCount"] = variant.ticks
    # The first and last labels lie inside the plot, not centred on its edges; a line
    # over periods runs from edge to edge, so its first and last periods are at the edges.
    x_axis["labelFlush"] = True
    legend = config.setdefault("legend", {})
    legend["labelLimit"] = variant.legend_label_px
    config.setdefault("scale", {})["pointPadding"] = 0
    if variant.level_labels:
        x_axis["labelAngle"] = 0
        legend["columns"] = 1
    for encoding in _encodings(drawn):
        _label_periods(encoding, variant.period_labels)
        axis = encoding.get("x", {}).get("axis")
        if variant.level_labels and isinstance(axis, dict):
            axis["labelAngle"] = 0
    return drawn
