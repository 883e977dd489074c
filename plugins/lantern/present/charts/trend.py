"""A measure's trend: the home area's value over time, each group's figure beside it."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from lantern.compute import Measure, MeasureResult, PeriodResult
from lantern.data.shorthand import NOT_AVAILABLE
from lantern.present import palette
from lantern.present.badges import measure_text
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.style import HEIGHT, WIDTH, axis_title, configured
from lantern.present.gate import Gate


def same_kind(result: MeasureResult) -> list[PeriodResult]:
    """The periods of the latest one's kind: years with years, months with months."""
    latest = result.latest
    if latest is None:
        return []
    return [p for p in result.periods if p.kind == latest.kind]


def _points(periods: list[PeriodResult], area_name: str) -> pd.DataFrame:
    """One row per period and series: the home area's usable values and the groups' figures."""
    rows = []
    for p in periods:
        if p.value is not None and p.shorthand is None:
            rows.append({"period": p.period, "series": area_name, "value": p.value})
        for c in p.comparisons:
            if c.group_value is not None and c.group_value_period == p.period:
                rows.append({"period": p.period, "series": c.group_name, "value": c.group_value})
    return pd.DataFrame(rows, columns=["period", "series", "value"])


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


def _spec(
    measure: Measure, periods: list[PeriodResult], frame: pd.DataFrame, names: list[str]
) -> dict[str, Any]:
    chart = (
        alt.Chart(frame)
        .mark_line(point={"size": 60, "filled": True}, strokeWidth=2.5)
        .encode(
            x=alt.X(
                "period:O",
                title=None,
                sort=[p.period for p in periods],
                # Many periods (months, snapshots) would overlap written level.
                axis=alt.Axis(labelAngle=0 if len(periods) <= 8 else -45),
            ),
            y=alt.Y("value:Q", title=axis_title(measure), scale=alt.Scale(zero=False)),
            tooltip=[
                alt.Tooltip("series:N", title="Area or group"),
                alt.Tooltip("period:O", title="Period"),
                alt.Tooltip("value:Q", title="Value", format=f",.{measure.decimals}f"),
            ],
            **_series_encoding(names),
        )
        .properties(width=WIDTH, height=HEIGHT)
    )
    return configured(chart)


def trend(gate: Gate, result: MeasureResult, area_name: str, anchor: str = "trend") -> Chart:
    """The home area's value over time, with each comparator group's figure for reference."""
    measure = result.measure
    periods = same_kind(result)
    frame = _points(periods, area_name)
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
    return Chart(
        anchor=anchor,
        title=title,
        summary=trend_summary(gate, measure, area_name, periods),
        spec=_spec(measure, periods, frame, names),
        table=ChartTable(
            caption=title,
            columns=["Period", area_name, *names[1:]],
            rows=table_rows,
            numeric=[False] + [True] * len(names),
        ),
    )


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
