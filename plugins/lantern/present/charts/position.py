"""Where the home area sits: among a group's members, and against each group's quartiles."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import altair as alt
import pandas as pd

from lantern.compute import Comparison, Measure, MeasureResult, PeriodResult
from lantern.present import palette
from lantern.present.badges import measure_text
from lantern.present.charts.model import Chart, chart_with_table
from lantern.present.charts.position_words import position_words
from lantern.present.charts.style import (
    axis_title,
    band_colours,
    band_name,
    bands_by_value,
    configured,
    from_zero,
    zoom_title,
)
from lantern.present.gate import Gate
from lantern.vocab.language import _
from lantern.vocab.periods import in_words, when_words

Members = list[tuple[str, float]]


def _band_layer(measure: Measure, cuts: tuple[float, float, float, float, float]) -> alt.Chart:
    """The quartile ranges shaded behind the members' dots."""
    low, q1, _median, q3, high = cuts
    bands = pd.DataFrame(
        {"start": [low, q1, q3], "end": [q1, q3, high], "band": bands_by_value(measure.polarity)}
    )
    return (
        alt.Chart(bands)
        .mark_rect(opacity=1)
        .encode(x="start:Q", x2="end:Q", color=band_colours(_("Quartile band")))
    )


# The widest the home area's name is drawn above its mark (a longer one ends in "…").
HOME_LABEL_PX = 200


def _dot_layers(
    measure: Measure, members: Members, area_name: str, value: float | None
) -> list[Any]:
    """Every member as a dot, the home area as a labelled diamond."""
    dots = pd.DataFrame(
        [{"area": name, "value": v, "home": name == area_name} for name, v in members]
    )
    better = (
        _("%(axis)s (better →)") % {"axis": axis_title(measure)}
        if measure.polarity != "none"
        else axis_title(measure)
    )
    reverse = measure.polarity == "low"
    x = alt.X(
        "value:Q",
        title=zoom_title(better, measure.unit),
        scale=alt.Scale(zero=from_zero(measure.unit), reverse=reverse, nice=False),
        # The title ends at the plot's right edge: the scale's start when it is reversed,
        # where Vega places the title but does not turn its alignment.
        axis=alt.Axis(titleAnchor="start", titleAlign="right") if reverse else alt.Axis(),
    )
    tooltip = [alt.Tooltip("area:N", title=_("Area")), alt.Tooltip("value:Q", title=_("Value"))]
    home = pd.DataFrame([{"area": area_name, "value": value}])
    return [
        alt.Chart(dots)
        .mark_circle(size=70, opacity=0.85, color=palette.SERIES[3])
        .encode(x=x, tooltip=tooltip)
        .transform_filter("!datum.home"),
        alt.Chart(home)
        .mark_point(size=220, shape="diamond", filled=True, color=palette.HOME)
        .encode(x=x, tooltip=tooltip),
        alt.Chart(home)
        .mark_text(dy=-18, fontWeight="bold", color=palette.TEXT, limit=HOME_LABEL_PX)
        .encode(x=x, text="area:N"),
    ]


def position(
    gate: Gate,
    result: MeasureResult,
    period: PeriodResult,
    comparison: Comparison,
    members: Members,
    area_name: str,
    anchor: str,
) -> Chart:
    """Every member of a group as a dot, quartile bands shaded, the home area highlighted."""
    measure = result.measure
    cuts = comparison.cut_points
    layers = []
    if cuts is not None and None not in cuts:
        layers.append(_band_layer(measure, tuple(float(v) for v in cuts)))  # type: ignore[arg-type]
    layers += _dot_layers(measure, members, area_name, period.value)
    chart = alt.layer(*layers).properties(height=90)
    basis = comparison.compared_period or period.period
    # The table lists what is drawn: the home area's figure for the period shown, beside
    # the other members' figures for the period the group was compared in.
    home = (
        area_name
        if basis == period.period
        else _("%(area)s (%(period)s)") % {"area": area_name, "period": in_words(period.period)}
    )
    drawn = [(n, v) for n, v in members if n != area_name] + [(home, period.value)]
    ordered = sorted(
        [(n, v) for n, v in drawn if v is not None],
        key=lambda m: m[1],
        reverse=measure.polarity != "low",
    )
    title, summary = position_words(gate, result, period, comparison, area_name)
    rows = [[n, measure_text(gate, measure, v, None)] for n, v in ordered]
    columns, numeric = [_("Area"), _("Value")], [False, True]
    chart_spec = configured(chart)
    made = chart_with_table((anchor, title), summary, chart_spec, columns, rows, numeric)
    return replace(made, periods=tuple(sorted({basis, period.period})))


def _ranges(
    gate: Gate, measure: Measure, period: PeriodResult
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[list[str]]]:
    """(the shaded ranges, the home area's marks, the table rows), one group at a time."""
    rows, marks, table_rows = [], [], []
    for c in period.comparisons:
        cuts = c.cut_points
        if cuts is None or None in cuts:
            table_rows.append([c.group_name, "", "", "", c.reason or _("not compared")])
            continue
        low, q1, _median, q3, high = (float(v) for v in cuts)  # type: ignore[arg-type]
        spans = ((low, q1), (q1, q3), (q3, high))
        digits = measure.decimals
        for (start, end), band in zip(spans, bands_by_value(measure.polarity), strict=True):
            rows.append({"group": c.group_name, "start": start, "end": end, "band": band})
        marks.append({"group": c.group_name, "value": period.value})
        shown = [
            _("%(low)s to %(high)s")
            % {"low": gate.text(a, None, digits), "high": gate.text(b, None, digits)}
            for a, b in spans
        ]
        table_rows.append([c.group_name, *shown, band_name(c.band) if c.band else ""])
    return rows, marks, table_rows


def _quartile_layers(
    measure: Measure, period: PeriodResult, area_name: str, rows: list[Any], marks: list[Any]
) -> Any:
    """The groups' quartile ranges as bars, with the home area's value marked on each."""
    groups = [c.group_name for c in period.comparisons]
    drawn = [r["start"] for r in rows] + [m["value"] for m in marks if m["value"] is not None]
    # Zoomed in, the axis starts at the lowest figure drawn (not a rounder number below it,
    # which could be zero); a range that reaches zero is drawn from zero and titled plainly.
    zoomed = not from_zero(measure.unit) and min(drawn, default=0.0) > 0
    title = zoom_title(axis_title(measure), measure.unit) if zoomed else axis_title(measure)
    bars = (
        alt.Chart(pd.DataFrame(rows, columns=["group", "start", "end", "band"]))
        .mark_bar(height=22)
        .encode(
            y=alt.Y("group:N", title=None, sort=groups, axis=alt.Axis(labelLimit=260)),
            x=alt.X(
                "start:Q",
                title=title,
                scale=alt.Scale(zero=not zoomed, nice=not zoomed),
            ),
            x2="end:Q",
            color=band_colours(_("Quartile range")),
            stroke=alt.value(palette.GRID),
        )
    )
    home = (
        alt.Chart(pd.DataFrame(marks, columns=["group", "value"]))
        .mark_point(shape="diamond", size=200, filled=True, color=palette.HOME)
        .encode(
            y=alt.Y("group:N", sort=groups),
            x="value:Q",
            tooltip=[alt.Tooltip("value:Q", title=area_name)],
        )
    )
    return alt.layer(bars, home).properties(height=40 * max(1, len(marks)))


def quartiles(
    gate: Gate,
    result: MeasureResult,
    period: PeriodResult,
    area_name: str,
    anchor: str = "quartiles",
) -> Chart:
    """One row per group: the bottom, middle and top ranges, with the home value marked."""
    measure = result.measure
    rows, marks, table_rows = _ranges(gate, measure, period)
    chart = _quartile_layers(measure, period, area_name, rows, marks)
    basis = next(
        (c.compared_period for c in period.comparisons if c.compared_period), period.period
    )
    words = {
        "area": area_name,
        "period": in_words(period.period),
        "basis": in_words(basis),
        "measure": measure.title,
    }
    title = (
        _("%(area)s's %(period)s figure against each group's quartiles: %(measure)s") % words
        if basis == period.period
        else _("%(area)s's %(period)s figure against %(basis)s quartiles: %(measure)s") % words
    )
    bands = "; ".join(
        _("%(group)s: %(band)s") % {"group": c.group_name, "band": band_name(c.band)}
        if c.band
        else _("%(group)s: not compared") % {"group": c.group_name}
        for c in period.comparisons
    )
    summary = _("%(area)s's value of %(value)s %(when)s is in these bands: %(bands)s.") % {
        "area": area_name,
        "value": measure_text(gate, measure, period.value, None),
        "when": when_words(period.period),
        "bands": bands,
    }
    columns = [
        _("Group"),
        _("Lowest quarter"),
        _("Middle half"),
        _("Highest quarter"),
        _("Band"),
    ]
    numeric = [False, True, True, True, False]
    spec = configured(chart)
    made = chart_with_table((anchor, title), summary, spec, columns, table_rows, numeric)
    return replace(made, periods=tuple(sorted({basis, period.period})))
