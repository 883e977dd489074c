"""A measure's trend: the home area's value over time, each group's figure beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import altair as alt
import pandas as pd

from lantern.compute import Measure, MeasureResult, PeriodResult
from lantern.present import palette
from lantern.present.badges import interval_ends, level_words, measure_text
from lantern.present.charts.honesty import marked_illustrative
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.style import (
    GAPS,
    HEIGHT,
    NEW_SERIES,
    SEGMENT,
    along,
    along_axis,
    axis_title,
    configured,
    from_zero,
    zoom_title,
)
from lantern.present.charts.trend_words import break_words, trend_summary
from lantern.present.gate import Gate
from lantern.vocab.language import _
from lantern.vocab.periods import (
    PeriodKind,
    crosses_break,
    every_period,
    in_words,
    parse_period,
)
from lantern.vocab.shorthand import NOT_AVAILABLE, PROVISIONAL


def same_kind(result: MeasureResult) -> list[PeriodResult]:
    """The periods of the latest one's kind: years with years, months with months."""
    latest = result.latest
    if latest is None:
        return []
    return [p for p in result.periods if p.kind == latest.kind]


def drawn_break(measure: Measure, labels: list[str]) -> str | None:
    """The measure's series break, when the chart has periods on both sides of it."""
    new_from = measure.series_break_from
    if not labels or not new_from:
        return None
    return new_from if crosses_break(labels[0], labels[-1], new_from) else None


def _points(
    periods: list[PeriodResult],
    area_name: str,
    illustrative: Callable[[str], bool],
    new_series_from: str | None,
    figure: Callable[[float | None], float | None],
) -> pd.DataFrame:
    """One row per period and series, every period in the run included, each figure as
    ``figure`` (the gate) writes it, so the chart plots what its table says.

    A period with no usable figure (not reported, suppressed, or a survey year
    that did not run) is a row with no value, which the line leaves as a gap
    instead of joining its neighbours. ``segment`` counts series breaks passed,
    so a line is drawn in pieces and never joins figures counted two ways.
    """
    by_period = {p.period: p for p in periods}
    labels = every_period([p.period for p in periods])
    # Only groups with a figure to draw: a group with none would be an empty legend entry.
    groups = list(dict.fromkeys(name for p in periods for name in p.group_figures))
    rows = []
    for label in labels:
        p = by_period.get(label)
        segment = int(crosses_break(labels[0], label, new_series_from))
        interval = p.interval if p is not None and p.usable else None
        rows.append(
            {
                "period": label,
                "series": area_name,
                "value": figure(p.value) if p is not None and p.usable else None,
                "lower": figure(interval.lower) if interval else None,
                "upper": figure(interval.upper) if interval else None,
                "provisional": bool(p and p.status == PROVISIONAL.status),
                "illustrative": illustrative(label),
                SEGMENT: segment,
            }
        )
        figures = p.group_figures if p else {}
        rows += [
            {"period": label, "series": name, "value": figure(figures.get(name)), "lower": None,
             "upper": None, "provisional": False, "illustrative": False, SEGMENT: segment}
            for name in groups
        ]  # fmt: skip
    columns = ["period", "series", "value", "lower", "upper", "provisional", "illustrative"]
    columns.append(SEGMENT)
    return pd.DataFrame(rows, columns=columns)


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


def value_axis(measure: Measure, field: str = "value") -> alt.Y:
    """The value axis: from zero for counts, money and percentages; a rate may zoom, and says so."""
    return alt.Y(
        f"{field}:Q",
        title=zoom_title(axis_title(measure), measure.unit),
        scale=alt.Scale(zero=from_zero(measure.unit)),
    )


def _break_layers(new_from: str, dated: bool, labels: list[str]) -> list[Any]:
    """A dotted rule where the new series starts, labelled on the chart itself. The label
    sits before the rule: the break is often the last period, at the plot's right edge."""
    marker = alt.Chart(pd.DataFrame({"period": [new_from], "label": [_(NEW_SERIES)]})).encode(
        x=along_axis("period", None, dated, labels)
    )
    rule = marker.mark_rule(strokeDash=[3, 3], color=palette.TEXT, strokeWidth=1.5)
    words = marker.mark_text(align="right", baseline="top", dx=-4, y=2, color=palette.TEXT).encode(
        text="label:N"
    )
    return [rule, words]


def _interval_layer(
    measure: Measure, frame: pd.DataFrame, dated: bool, labels: list[str], color: Any
) -> alt.Chart:
    """An error bar from ``lower`` to ``upper`` through each period that has an interval,
    on the value's own axis (so a zoomed axis is zoomed for both, and says so)."""
    return (
        alt.Chart(frame)
        .mark_errorbar(ticks=True, thickness=1.5)
        .encode(
            x=along_axis("period", None, dated, labels),
            y=value_axis(measure, "lower"),
            y2="upper:Q",
            color=color,
        )
        .transform_filter("datum.lower != null && datum.upper != null")
    )


def interval_level(periods: list[PeriodResult]) -> str:
    """``95%``, the level of the latest interval, or empty when none has one."""
    levels = [p.interval.level for p in periods if p.interval is not None and p.usable]
    return level_words(levels[-1]) if levels else ""


def _spec(
    measure: Measure,
    labels: list[str],
    frame: pd.DataFrame,
    names: list[str],
    new_from: str | None,
) -> dict[str, Any]:
    series = _series_encoding(names)
    dated = bool(labels) and parse_period(labels[0]).kind is PeriodKind.SNAPSHOT
    base = alt.Chart(frame).encode(
        x=along_axis("period", None, dated, labels),
        y=value_axis(measure),
        tooltip=[
            alt.Tooltip("series:N", title=_("Area or group")),
            alt.Tooltip(along("period", dated), title=_("Period")),
            alt.Tooltip("value:Q", title=_("Value"), format=f",.{measure.decimals}f"),
        ],
    )
    lines = base.mark_line(strokeWidth=2.5, invalid=GAPS).encode(
        color=series["color"], strokeDash=series["strokeDash"], detail=f"{SEGMENT}:N"
    )
    final = (
        base.mark_point(size=60, filled=True, opacity=1)
        .encode(color=series["color"], shape=series["shape"])
        .transform_filter("!datum.provisional && datum.value != null")
    )
    # Provisional figures: hollow markers labelled [p], as in the tables.
    provisional = (
        base.mark_point(size=80, filled=False, strokeWidth=2)
        .encode(color=series["color"], shape=series["shape"])
        .transform_filter("datum.provisional && datum.value != null")
    )
    label = (
        base.mark_text(dy=-14, color=palette.TEXT)
        .encode(text=alt.value(PROVISIONAL.code))
        .transform_filter("datum.provisional && datum.value != null")
    )
    layers = [lines, final, provisional, label]
    if frame["lower"].notna().any():
        layers.insert(0, _interval_layer(measure, frame, dated, labels, series["color"]))
    if new_from:
        layers += _break_layers(new_from, dated, labels)
    return configured(alt.layer(*layers).properties(height=HEIGHT))


def _table(
    gate: Gate,
    measure: Measure,
    periods: list[PeriodResult],
    names: list[str],
    title: str,
    new_from: str | None,
) -> ChartTable:
    """The chart's figures, one row a period, with the periods in words."""
    rows = []
    level = interval_level(periods)
    for p in periods:
        groups = p.group_figures
        label = in_words(p.period)
        if p.period == new_from:
            label = _("%(period)s (new series)") % {"period": label}
        interval = [interval_ends(gate, measure, p.interval if p.usable else None)]
        rows.append(
            [label, measure_text(gate, measure, p.value, p.shorthand or NOT_AVAILABLE)]
            + (interval if level else [])
            + [measure_text(gate, measure, groups.get(name), None) for name in names[1:]]
        )
    notes = [break_words(new_from)] if new_from else []
    extra = [_("%(area)s %(level)s interval") % {"area": names[0], "level": level}] if level else []
    return ChartTable(
        caption=title,
        columns=[_("Period"), names[0], *extra, *names[1:]],
        rows=rows,
        numeric=[False] + [True] * (len(names) + len(extra)),
        notes=notes,
    )


def interval_words(periods: list[PeriodResult]) -> str:
    """The sentence the summary gains when the chart draws intervals."""
    level = interval_level(periods)
    if not level:
        return ""
    sentence = _("The bars show the %(level)s confidence interval of each period that has one.")
    return " " + sentence % {"level": level}


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
    new_from = drawn_break(measure, [p.period for p in periods])
    frame = _points(
        periods, area_name, illustrative, new_from, lambda v: gate.measure_plotted(measure, v)
    )
    names = list(dict.fromkeys([area_name, *frame["series"]]))
    title = _("%(area)s over time: %(measure)s") % {"area": area_name, "measure": measure.title}
    chart = Chart(
        anchor=anchor,
        title=title,
        summary=trend_summary(gate, measure, area_name, periods, new_from)
        + interval_words(periods),
        spec=_spec(measure, list(dict.fromkeys(frame["period"])), frame, names, new_from),
        table=_table(gate, measure, periods, names, title, new_from),
        series_break=new_from,
    )
    return marked_illustrative(chart) if frame["illustrative"].any() else chart
