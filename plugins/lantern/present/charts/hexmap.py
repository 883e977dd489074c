"""Every council on a hex map: coloured by its quartile band, or by its figure.

Each council is one hexagon at its place in the layout (``data.hexmap``):
pointy-topped, every other row shifted half a hex, drawn as a point whose
shape is a hexagon's path. The home area's hex is outlined and named. Colour
is never the only signal: the key under the map names each colour in words
(``present.national_map``), and the table behind the map gives every
council's region, figure and band.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import altair as alt
import pandas as pd

from lantern.compute import Measure
from lantern.data.hexmap import HexLayout
from lantern.present import palette
from lantern.present.charts.model import Chart, chart_with_table
from lantern.present.charts.style import BAND_ORDER, configured
from lantern.present.charts.variants import ASPECT
from lantern.present.national import AreaRow
from lantern.vocab.language import N_, _, ngettext
from lantern.vocab.periods import in_words, when_words

# A pointy-topped hexagon in Vega's unit square for a symbol (-1 to 1 each way).
HEX_PATH = "M0,-1L0.866,-0.5L0.866,0.5L0,1L-0.866,0.5L-0.866,-0.5Z"
ROOT3 = math.sqrt(3)
# How much of its column a hex fills: the rest is the line between hexes.
FILL = 0.94
# The widest the home area's name is drawn beside its hex (a longer one ends in "…").
LABEL_PX = 150
# The home area's band in the map's summary, by the band's code.
AREA_IN_BAND = {
    "top": N_("%(area)s is in the top quartile"),
    "middle": N_("%(area)s is in the middle quartiles"),
    "bottom": N_("%(area)s is in the bottom quartile"),
}


@dataclass(frozen=True)
class MapArea:
    """One council on the map: its place, and its row of the table."""

    x: float
    y: float
    row: AreaRow


def placed(rows: Sequence[AreaRow], layout: HexLayout) -> list[MapArea]:
    """The rows that have a hex, at their places: a column is one unit wide, rows are
    ``√3/2`` apart, and a shifted row starts half a column in."""
    found = []
    for row in rows:
        spot = layout.hexes.get(row.code)
        if spot is not None:
            x = spot.q + (0.5 if layout.shifted(spot) else 0.0)
            found.append(MapArea(x, spot.r * ROOT3 / 2, row))
    return found


def _frame(areas: Sequence[MapArea], home: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "x": a.x,
                "y": a.y,
                "area": a.row.name,
                "band": a.row.badge.band if a.row.badge else None,
                "figure": a.row.figure,
                "shown": a.row.value.text,
                "home": a.row.code == home,
            }
            for a in areas
        ]
    )


def _hexes(frame: pd.DataFrame, color: alt.Color, field: str, spans: tuple[Any, Any]) -> Any:
    """The hexes: filled by ``color`` where ``field`` has a value, outlined where not, and
    the home area's outlined thick and named beside it."""
    (x0, x1), (y0, y1) = spans
    size = {"expr": f"pow(2 * {FILL} * width / ({x1 - x0} * {ROOT3}), 2)"}
    x = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[x0, x1], nice=False))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[y0, y1], nice=False))
    tooltip = [alt.Tooltip("area:N", title=_("Area")), alt.Tooltip("shown:N", title=_("Figure"))]
    base = alt.Chart(frame).encode(x=x, y=y, tooltip=tooltip)
    point: dict[str, Any] = {"shape": HEX_PATH, "size": size, "opacity": 1}
    home = frame[frame["home"]]
    middle = (x0 + x1) / 2
    side = "right" if not home.empty and float(home["x"].iloc[0]) > middle else "left"
    text: dict[str, Any] = {"align": side, "dx": -12 if side == "right" else 12, "limit": LABEL_PX}
    label = alt.Chart(home).encode(x=x, y=y, text="area:N")
    return alt.layer(
        base.mark_point(filled=True, stroke=palette.EDGE, strokeWidth=0.5, **point)
        .encode(color=color)
        .transform_filter(f"isValid(datum.{field})"),
        base.mark_point(filled=False, stroke=palette.GRID, strokeWidth=1, **point).transform_filter(
            f"!isValid(datum.{field})"
        ),
        alt.Chart(home)
        .mark_point(filled=False, stroke=palette.TEXT, strokeWidth=3, **point)
        .encode(x=x, y=y),
        label.mark_text(stroke=palette.EDGE, strokeWidth=4, fontWeight="bold", **text),
        label.mark_text(color=palette.TEXT, fontWeight="bold", **text),
    )


def _spans(areas: Sequence[MapArea]) -> tuple[tuple[float, float], tuple[float, float]]:
    xs, ys = [a.x for a in areas] or [0.0], [a.y for a in areas] or [0.0]
    return (min(xs) - 0.6, max(xs) + 0.6), (min(ys) - 0.7, max(ys) + 0.7)


def _spec(layers: Any, spans: tuple[tuple[float, float], tuple[float, float]]) -> dict[str, Any]:
    (x0, x1), (y0, y1) = spans
    spec = configured(layers.properties(height=300))
    spec["usermeta"] = {ASPECT: (y1 - y0) / (x1 - x0)}
    return spec


def _table_rows(areas: Sequence[MapArea]) -> list[list[str]]:
    rows = sorted((a.row for a in areas), key=lambda r: (r.name, r.code))
    return [
        [
            r.name,
            r.region,
            r.value.text + (f" {r.value.mark}" if r.value.mark else ""),
            r.badge.words if r.badge and r.badge.band else _("Not compared"),
        ]
        for r in rows
    ]


def _made(heading: tuple[str, str], summary: str, spec: dict[str, Any], areas: Any) -> Chart:
    columns = [_("Area"), _("Region"), _("Figure"), _("Band")]
    made = chart_with_table(
        heading, summary, spec, columns, _table_rows(areas), [False, False, True, False]
    )
    return made


def band_summary(areas: Sequence[MapArea], home: str, period: str) -> str:
    """``Wigan is in the top quartile; 38 councils are in the bottom quartile, 12 of them
    in the North West.``"""
    rows = [a.row for a in areas]
    mine = next((r for r in rows if r.code == home), None)
    bottom = [r for r in rows if r.badge and r.badge.band == "bottom"]
    said = ngettext(
        "%(count)s council is in the bottom quartile %(when)s",
        "%(count)s councils are in the bottom quartile %(when)s",
        len(bottom),
    ) % {"count": len(bottom), "when": when_words(period)}
    if mine is None:
        return _("%(said)s.") % {"said": said}
    where = sum(1 for r in bottom if r.region == mine.region)
    band = mine.badge.band if mine.badge and mine.badge.band in AREA_IN_BAND else None
    own = (
        _(AREA_IN_BAND[band]) % {"area": mine.name}
        if band
        else _("%(area)s is not compared") % {"area": mine.name}
    )
    if not mine.region:
        return _("%(own)s; %(said)s.") % {"own": own, "said": said}
    return _("%(own)s; %(said)s, %(where)s of them in the %(region)s.") % {
        "own": own,
        "said": said,
        "where": where,
        "region": mine.region,
    }


def band_map(
    measure: Measure, period: str, group_name: str, areas: Sequence[MapArea], home: str
) -> Chart:
    """Each council's hex in the colour of its quartile band in ``group_name``."""
    spans = _spans(areas)
    color = alt.Color(
        "band:N",
        legend=None,
        scale=alt.Scale(domain=list(BAND_ORDER), range=[palette.BAND_MARKS[b] for b in BAND_ORDER]),
    )
    layers = _hexes(_frame(areas, home), color, "band", spans)
    title = _(
        "%(measure)s, %(period)s: each council coloured by its quartile band in %(group)s"
    ) % {"measure": measure.title, "period": in_words(period), "group": group_name}
    chart = _made(
        ("map-bands", title), band_summary(areas, home, period), _spec(layers, spans), areas
    )
    return replace(chart, periods=(period,))


def figure_map(measure: Measure, period: str, areas: Sequence[MapArea], home: str) -> Chart:
    """Each council's hex shaded by its figure, from the lowest (lightest) to the highest."""
    spans = _spans(areas)
    color = alt.Color("figure:Q", legend=None, scale=alt.Scale(range=list(palette.SEQUENTIAL)))
    layers = _hexes(_frame(areas, home), color, "figure", spans)
    title = _(
        "%(measure)s, %(period)s: each council shaded by its figure, darker for a higher figure"
    ) % {"measure": measure.title, "period": in_words(period)}
    known = sorted((a.row for a in areas if a.row.figure is not None), key=lambda r: r.figure or 0)
    mine = next((a.row for a in areas if a.row.code == home), None)
    said = (
        _("Figures %(when)s run from %(lowest)s in %(low_area)s to %(highest)s in %(high_area)s")
        % {
            "when": when_words(period),
            "lowest": known[0].value.text,
            "low_area": known[0].name,
            "highest": known[-1].value.text,
            "high_area": known[-1].name,
        }
        if known
        else _("No council has a figure %(when)s") % {"when": when_words(period)}
    )
    summary = (
        _("%(said)s; %(area)s's is %(value)s.")
        % {"said": said, "area": mine.name, "value": mine.value.text}
        if mine
        else _("%(said)s.") % {"said": said}
    )
    chart = _made(("map-figures", title), summary, _spec(layers, spans), areas)
    return replace(chart, periods=(period,))
