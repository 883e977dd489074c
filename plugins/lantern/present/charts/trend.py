"""A measure's trend: the home area's value over time, each group's figure beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import altair as alt
import pandas as pd

from lantern.compute import Measure, MeasureResult, PeriodResult
from lantern.data.periods import PeriodKind, every_period, parse_period
from lantern.data.shorthand import NOT_AVAILABLE, PROVISIONAL
from lantern.present import palette
from lantern.present.badges import measure_text
from lantern.present.charts.honesty import marked_illustrative
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.style import (
    GAPS,
    HEIGHT,
    along,
    along_axis,
    axis_title,
    configured,
    from_zero,
    zoom_title,
)
from lantern.present.gate import Gate


def same_kind(result: MeasureResult) -> list[PeriodResult]:
    """The periods of the latest one's kind: years with years, months with months."""
    latest = result.latest
    if latest is None:
        return []
    return [p for p in result.periods if p.kind == latest.kind]


def _points(
    periods: list[PeriodResult], area_name: str, illustrative: Callable[[str], bool]
) -> pd.DataFrame:
    """One row per period and series, every period in the run included.

    A period with no usable figure (not reported, suppressed, or a survey year
    that did not run) is a row with no value, which the line leaves as a gap
    instead of joining its neighbours.
    """
    by_period = {p.period: p for p in periods}
    labels = every_period([p.period for p in periods])
    # Only groups with a figure to draw: a group with none would be an empty legend entry.
    groups = list(
        dict.fromkeys(
            c.group_name
            for p in periods
            for c in p.comparisons
            if c.group_value is not None and c.group_value_period == p.period
        )
    )
    rows = []
    for label in labels:
        p = by_period.get(label)
        rows.append(
            {
                "period": label,
                "series": area_name,
                "value": p.value if p is not None and p.shorthand is None else None,
                "provisional": bool(p and p.status == PROVISIONAL.status),
                "illustrative": illustrative(label),
            }
        )
        figures = {
            c.group_name: c.group_value
            for c in (p.comparisons if p else [])
            if c.group_value is not None and c.group_value_period == label
        }
        rows += [
            {"period": label, "series": name, "value": figures.get(name),
             "provisional": False, "illustrative": False}
            for name in groups
        ]  # fmt: skip
    return pd.DataFrame(rows, columns=["period", "series", "value", "provisional", "illustrative"])


def _series_encoding(names: list[str]) -> dict[str, Any]:
    """Colour, dash and shape per series, so no line is told apart by colour alone."""
    n = len(names)
    ranges: dict[str, tuple[type, list[Any]]] = {
        "color": (alt.Color, list(palette.SERIES[:n])),
        "strokeDash": (alt.StrokeDash, [list(d) for d in palette.DASHES[:n]]),
        "shape": (alt.Shape, list(palette.SHAPES[:n])),
    }
    return {
        channel: kind("series:N", title=None, sort=names, scale=alt.Scale(domain=names, range=r))
        for channel, (kind, r) in ranges.items()
    }


def value_axis(measure: Measure) -> alt.Y:
    """The value axis: from zero for counts, money and percentages; a rate may zoom, and says so."""
    return alt.Y(
        "value:Q",
        title=zoom_title(axis_title(measure), measure.unit),
        scale=alt.Scale(zero=from_zero(measure.unit)),
    )


def _spec(
    measure: Measure, labels: list[str], frame: pd.DataFrame, names: list[str]
) -> dict[str, Any]:
    series = _series_encoding(names)
    dated = bool(labels) and parse_period(labels[0]).kind is PeriodKind.SNAPSHOT
    base = alt.Chart(frame).encode(
        x=along_axis("period", None, dated, labels),
        y=value_axis(measure),
        tooltip=[
            alt.Tooltip("series:N", title="Area or group"),
            alt.Tooltip(along("period", dated), title="Period"),
            alt.Tooltip("value:Q", title="Value", format=f",.{measure.decimals}f"),
        ],
    )
    lines = base.mark_line(strokeWidth=2.5, invalid=GAPS).encode(
        color=series["color"], strokeDash=series["strokeDash"]
    )
    final = base.mark_point(size=60, filled=True, opacity=1).encode(
        color=series["color"], shape=series["shape"]
    ).transform_filter("!datum.provisional && datum.value != null")
    # Provisional figures: hollow markers labelled [p], as in the tables.
    provisional = base.mark_point(size=80, filled=False, strokeWidth=2).encode(
        color=series["color"], shape=series["shape"]
    ).transform_filter("datum.provisional && datum.value != null")
    label = base.mark_text(dy=-14, color=palette.TEXT).encode(
        text=alt.value(PROVISIONAL.code)
    ).transform_filter("datum.provisional && datum.value != null")
    return configured(
        alt.layer(lines, final, provisional, label).properties(height=HEIGHT)
    )


def trend(
    gate: Gate,
    result: MeasureResult,
    area_name: str,
    anchor: str = "trend",
    illustrative: Callable[[str], bool] = lambda period: False,
) -> Chart:
    """The home area's value over time, with each comparator group's figure for reference."""
    measure = result.measure
    periods = same_kind(result)
    frame = _points(periods, area_name, illustrative)
    names = list(dict.fromkeys([area_name, *frame["series"]]))
    table_rows = []
    for p in periods:
        groups = {
            c.group_name: c.group_value for c in p.comparisons if c.group_value_period == p.period
        }
        table_rows.append(
            [p.period, measure_text(gate, measure, p.value, p.shorthand or NOT_AVAILABLE)]
            + [measure_text(gate, measure, groups.get(name), None) for name in names[1:]]
        )
    title = f"{area_name} over time: {measure.title}"
    chart = Chart(
        anchor=anchor,
        title=title,
        summary=trend_summary(gate, measure, area_name, periods),
        spec=_spec(measure, list(dict.fromkeys(frame["period"])), frame, names),
        table=ChartTable(
            caption=title,
            columns=["Period", area_name, *names[1:]],
            rows=table_rows,
            numeric=[False] + [True] * len(names),
        ),
    )
    return marked_illustrative(chart) if frame["illustrative"].any() else chart


def trend_summary(gate: Gate, measure: Measure, area_name: str, periods: list[PeriodResult]) -> str:
    """``Sefton's value fell from 35.1 in 2021-22 to 27.0 in 2023-24; England's was 14.6.``"""
    known = [p for p in periods if p.value is not None and p.shorthand is None]
    if not known:
        return f"There are no values for {area_name} to chart yet."
    last = known[-1]

    def shown(value: float | None) -> str:
        return measure_text(gate, measure, value, None)

    if len(known) == 1:
        text = f"{area_name}'s value was {shown(last.value)} in {last.period}"
    else:
        first = known[0]
        assert first.value is not None and last.value is not None
        verb = (
            "rose"
            if last.value > first.value
            else "fell"
            if last.value < first.value
            else "was unchanged"
        )
        text = (
            f"{area_name}'s value {verb} from {shown(first.value)} in {first.period} "
            f"to {shown(last.value)} in {last.period}"
        )
    groups = [
        c
        for c in last.comparisons
        if c.group_value is not None and c.group_value_period == last.period
    ]
    if groups:
        text += "; " + ", ".join(f"{c.group_name}'s was {shown(c.group_value)}" for c in groups)
    return text + "."
