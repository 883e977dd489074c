"""The three charts of a measure: trend over time, position among a group, quartile ranges."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from lantern.compute import Comparison, Measure, MeasureResult, PeriodResult
from lantern.present import palette
from lantern.present.formatting import format_number, format_value

from .model import Chart, ChartTable

WIDTH, HEIGHT = 560, 260
UNIT_AXIS = {"percent": "Per cent", "per_100k": "Per 100,000", "currency": "£"}


def _axis_title(measure: Measure) -> str:
    return UNIT_AXIS.get(measure.unit, measure.unit.replace("_", " ").capitalize())


def _config(chart: alt.TopLevelMixin) -> dict[str, Any]:
    spec: dict[str, Any] = (
        chart.configure(
            font="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif",
            background="white",
        )
        .configure_axis(
            labelColor=palette.TEXT,
            titleColor=palette.TEXT,
            gridColor=palette.GRID,
            labelFontSize=12,
            titleFontSize=12,
        )
        .configure_legend(
            labelColor=palette.TEXT,
            titleColor=palette.TEXT,
            labelFontSize=12,
            orient="bottom",
            columns=2,
            labelLimit=320,
        )
        .configure_view(stroke=None)
        .to_dict()
    )
    spec.pop("$schema", None)
    return spec


def band_colours(title: str) -> alt.Color:
    """The light shading of the top, middle and bottom quartile ranges, with a legend."""
    order = ["top", "middle", "bottom"]
    return alt.Color(
        "band:N",
        title=title,
        scale=alt.Scale(domain=order, range=[palette.BANDS[b] for b in order]),
    )


def _shown(measure: Measure, value: float | None) -> str:
    return format_value(value, measure.unit, measure.decimals)


def _same_kind(result: MeasureResult) -> list[PeriodResult]:
    latest = result.latest
    if latest is None:
        return []
    return [p for p in result.periods if p.kind == latest.kind]


def trend(result: MeasureResult, area_name: str, anchor: str = "trend") -> Chart:
    """The home area's value over time, with each comparator group's figure for reference."""
    measure = result.measure
    periods = _same_kind(result)
    rows = []
    for p in periods:
        if p.value is not None and p.shorthand is None:
            rows.append({"period": p.period, "series": area_name, "value": p.value})
        for c in p.comparisons:
            if c.group_value is not None and c.group_value_period == p.period:
                rows.append({"period": p.period, "series": c.group_name, "value": c.group_value})
    frame = pd.DataFrame(rows, columns=["period", "series", "value"])
    names = list(dict.fromkeys([area_name, *frame["series"]]))
    n = len(names)
    encode_series = {
        "color": alt.Color(
            "series:N",
            title=None,
            sort=names,
            scale=alt.Scale(domain=names, range=list(palette.SERIES[:n])),
        ),
        "strokeDash": alt.StrokeDash(
            "series:N",
            title=None,
            sort=names,
            scale=alt.Scale(domain=names, range=[list(d) for d in palette.DASHES[:n]]),
        ),
        "shape": alt.Shape(
            "series:N",
            title=None,
            sort=names,
            scale=alt.Scale(domain=names, range=list(palette.SHAPES[:n])),
        ),
    }
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
            y=alt.Y("value:Q", title=_axis_title(measure), scale=alt.Scale(zero=False)),
            tooltip=[
                alt.Tooltip("series:N", title="Area or group"),
                alt.Tooltip("period:O", title="Period"),
                alt.Tooltip("value:Q", title="Value", format=f",.{measure.decimals}f"),
            ],
            **encode_series,
        )
        .properties(width=WIDTH, height=HEIGHT)
    )
    table_rows = []
    for p in periods:
        groups = {
            c.group_name: c.group_value for c in p.comparisons if c.group_value_period == p.period
        }
        table_rows.append(
            [p.period, format_value(p.value, measure.unit, measure.decimals, p.shorthand or "[x]")]
            + [_shown(measure, groups.get(name)) for name in names[1:]]
        )
    title = f"{area_name} over time: {measure.title}"
    return Chart(
        anchor=anchor,
        title=title,
        summary=trend_summary(measure, area_name, periods),
        spec=_config(chart),
        table=ChartTable(
            caption=title,
            columns=["Period", area_name, *names[1:]],
            rows=table_rows,
            numeric=[False] + [True] * n,
        ),
    )


def trend_summary(measure: Measure, area_name: str, periods: list[PeriodResult]) -> str:
    """``Sefton's value fell from 35.1 in 2021-22 to 27.0 in 2023-24; England's was 14.6.``"""
    known = [p for p in periods if p.value is not None and p.shorthand is None]
    if not known:
        return f"There are no values for {area_name} to chart yet."
    last = known[-1]
    if len(known) == 1:
        text = f"{area_name}'s value was {_shown(measure, last.value)} in {last.period}"
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
            f"{area_name}'s value {verb} from {_shown(measure, first.value)} in {first.period} "
            f"to {_shown(measure, last.value)} in {last.period}"
        )
    groups = [
        c
        for c in last.comparisons
        if c.group_value is not None and c.group_value_period == last.period
    ]
    if groups:
        text += "; " + ", ".join(
            f"{c.group_name}'s was {_shown(measure, c.group_value)}" for c in groups
        )
    return text + "."


def position(
    result: MeasureResult,
    period: PeriodResult,
    comparison: Comparison,
    members: list[tuple[str, float]],
    area_name: str,
    anchor: str,
) -> Chart:
    """Every member of a group as a dot, quartile bands shaded, the home area highlighted."""
    measure = result.measure
    cuts = comparison.cut_points
    layers = []
    if cuts is not None and None not in cuts:
        low, q1, _, q3, high = (float(v) for v in cuts)  # type: ignore[arg-type]
        names = (
            ("bottom", "middle", "top")
            if measure.polarity != "low"
            else ("top", "middle", "bottom")
        )
        bands = pd.DataFrame({"start": [low, q1, q3], "end": [q1, q3, high], "band": names})
        layers.append(
            alt.Chart(bands)
            .mark_rect(opacity=1)
            .encode(
                x="start:Q",
                x2="end:Q",
                color=band_colours("Quartile band"),
            )
        )
    dots = pd.DataFrame(
        [{"area": name, "value": value, "home": name == area_name} for name, value in members]
    )
    reverse = measure.polarity == "low"
    x = alt.X(
        "value:Q",
        title=f"{_axis_title(measure)} (better →)"
        if measure.polarity != "none"
        else _axis_title(measure),
        scale=alt.Scale(zero=False, reverse=reverse, nice=False),
    )
    layers.append(
        alt.Chart(dots)
        .mark_circle(size=70, opacity=0.85, color=palette.SERIES[3])
        .encode(
            x=x,
            tooltip=[alt.Tooltip("area:N", title="Area"), alt.Tooltip("value:Q", title="Value")],
        )
        .transform_filter("!datum.home")
    )
    home = pd.DataFrame([{"area": area_name, "value": period.value}])
    layers.append(
        alt.Chart(home)
        .mark_point(size=220, shape="diamond", filled=True, color=palette.HOME)
        .encode(
            x=x,
            tooltip=[alt.Tooltip("area:N", title="Area"), alt.Tooltip("value:Q", title="Value")],
        )
    )
    layers.append(
        alt.Chart(home)
        .mark_text(dy=-18, fontWeight="bold", color=palette.TEXT)
        .encode(x=x, text="area:N")
    )
    chart = alt.layer(*layers).properties(width=WIDTH, height=90)
    ordered = sorted(members, key=lambda m: m[1], reverse=measure.polarity != "low")
    basis = comparison.compared_period or period.period
    title = f"{area_name} among {comparison.group_name}, {basis}: {measure.title}"
    band_words = f"in the {comparison.band} band" if comparison.band else "not banded"
    rank = f", ranked {comparison.rank_label} of {comparison.n}" if comparison.rank_label else ""
    summary = (
        f"{area_name}'s value of {_shown(measure, period.value)} in {period.period} "
        f"is {band_words} "
        f"among the {comparison.n} members of {comparison.group_name}{rank}."
    )
    return Chart(
        anchor=anchor,
        title=title,
        summary=summary,
        spec=_config(chart),
        table=ChartTable(
            caption=title,
            columns=["Area", "Value"],
            rows=[[n, _shown(measure, v)] for n, v in ordered],
            numeric=[False, True],
        ),
    )


def quartiles(
    result: MeasureResult, period: PeriodResult, area_name: str, anchor: str = "quartiles"
) -> Chart:
    """One row per group: the bottom, middle and top ranges, with the home value marked."""
    measure = result.measure
    rows, marks, table_rows = [], [], []
    for c in period.comparisons:
        cuts = c.cut_points
        if cuts is None or None in cuts:
            table_rows.append([c.group_name, "", "", "", c.reason or "not compared"])
            continue
        low, q1, _, q3, high = (float(v) for v in cuts)  # type: ignore[arg-type]
        order = (
            ("bottom", "middle", "top")
            if measure.polarity != "low"
            else ("top", "middle", "bottom")
        )
        for (start, end), band in zip(((low, q1), (q1, q3), (q3, high)), order, strict=True):
            rows.append({"group": c.group_name, "start": start, "end": end, "band": band})
        marks.append({"group": c.group_name, "value": period.value})
        table_rows.append(
            [
                c.group_name,
                f"{format_number(low, measure.decimals)} to {format_number(q1, measure.decimals)}",
                f"{format_number(q1, measure.decimals)} to {format_number(q3, measure.decimals)}",
                f"{format_number(q3, measure.decimals)} to {format_number(high, measure.decimals)}",
                c.band or "",
            ]
        )
    bars = (
        alt.Chart(pd.DataFrame(rows, columns=["group", "start", "end", "band"]))
        .mark_bar(height=22)
        .encode(
            y=alt.Y(
                "group:N",
                title=None,
                sort=[c.group_name for c in period.comparisons],
                axis=alt.Axis(labelLimit=260),
            ),
            x=alt.X("start:Q", title=_axis_title(measure), scale=alt.Scale(zero=False)),
            x2="end:Q",
            color=band_colours("Quartile range"),
            stroke=alt.value(palette.GRID),
        )
    )
    home = (
        alt.Chart(pd.DataFrame(marks, columns=["group", "value"]))
        .mark_point(
            shape="diamond",
            size=200,
            filled=True,
            color=palette.HOME,
        )
        .encode(
            y=alt.Y("group:N", sort=[c.group_name for c in period.comparisons]),
            x="value:Q",
            tooltip=[alt.Tooltip("value:Q", title=area_name)],
        )
    )
    chart = alt.layer(bars, home).properties(width=WIDTH, height=40 * max(1, len(marks)))
    basis = next(
        (c.compared_period for c in period.comparisons if c.compared_period), period.period
    )
    title = (
        f"{area_name}'s {period.period} value against each group's {basis} quartiles: "
        f"{measure.title}"
    )
    bands = "; ".join(
        f"{c.group_name}: {c.band}" if c.band else f"{c.group_name}: not compared"
        for c in period.comparisons
    )
    summary = f"{area_name}'s value of {_shown(measure, period.value)} is in these bands: {bands}."
    return Chart(
        anchor=anchor,
        title=title,
        summary=summary,
        spec=_config(chart),
        table=ChartTable(
            caption=title,
            columns=["Group", "Lowest quarter", "Middle half", "Highest quarter", "Band"],
            rows=table_rows,
            numeric=[False, True, True, True, False],
        ),
    )
