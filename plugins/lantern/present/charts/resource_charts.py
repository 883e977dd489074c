"""Charts of any resource in any data package: bar, line and heatmap.

Each comes with a summary sentence and its data as a table (``resources.data_table``),
every cell written by the gate.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from lantern.present import palette
from lantern.present.charts.honesty import marked_illustrative
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.resources import Resource, cell_text, data_table, raw_cell
from lantern.present.charts.style import (
    GAPS,
    HEIGHT,
    ILLUSTRATIVE_DASH,
    along,
    along_axis,
    configured,
    from_zero,
    zoom_title,
)
from lantern.present.charts.variants import MIN_TEXT_PX
from lantern.vocab.language import _
from lantern.vocab.periods import in_words, periods_named, when_words

DATE_TYPES = ("date", "datetime")


def labelled(resource: Resource, chart: Chart) -> Chart:
    """A chart of an illustrative package says so wherever the chart is read."""
    return marked_illustrative(chart) if resource.illustrative else chart


def bar(resource: Resource, x: str, y: str, title: str, anchor: str) -> Chart:
    """Horizontal bars: one per row, labelled by ``x``, length ``y``."""
    frame = resource.frame()
    chart = (
        alt.Chart(frame)
        .mark_bar(color=palette.HOME)
        .encode(
            y=alt.Y(f"{x}:N", title=None, sort=None, axis=alt.Axis(labelLimit=240)),
            x=alt.X(f"{y}:Q", title=resource.title_of(y)),
            tooltip=[
                alt.Tooltip(f"{x}:N", title=resource.title_of(x)),
                alt.Tooltip(f"{y}:Q", title=resource.title_of(y)),
            ],
        )
        .properties(height=max(80, 28 * len(frame)))
    )
    top = frame.sort_values(y, ascending=False).iloc[0] if len(frame) else None
    summary = (
        _("The largest is %(name)s with %(value)s.")
        % {"name": top[x], "value": raw_cell(resource, top.name, y)}
        if top is not None
        else _("There is nothing to chart.")
    )
    return labelled(
        resource,
        Chart(anchor, title, summary, configured(chart), data_table(resource, [x, y], title)),
    )


def _line_encoding(resource: Resource, x: str, y: str) -> dict[str, Any]:
    """Where the line runs: time or periods along, the value up from zero unless it may zoom."""
    dated = resource.fields.get(x, ("", ""))[1] in DATE_TYPES
    unit = resource.units.get(y)
    encoding: dict[str, Any] = {
        "x": along_axis(x, resource.title_of(x), dated, None),
        "y": alt.Y(
            f"{y}:Q",
            title=zoom_title(resource.title_of(y), unit),
            scale=alt.Scale(zero=from_zero(unit)),
        ),
        "tooltip": [
            alt.Tooltip(along(x, dated), title=resource.title_of(x)),
            alt.Tooltip(f"{y}:Q", title=resource.title_of(y)),
        ],
    }
    return encoding


def _line_summary(resource: Resource, frame: pd.DataFrame, x: str, y: str) -> str:
    """``Referrals went from 120 in May 2024 to 98 in November 2024.``"""
    known = frame.dropna(subset=[y])
    if not len(known):
        return _("There is nothing to chart.")
    first, last = known.iloc[0], known.iloc[-1]

    def when(index: Any) -> str:
        return when_words(str(resource.table.rows[int(index)].get(x, "")))

    return _("%(what)s went from %(first)s %(when_first)s to %(last)s %(when_last)s.") % {
        "what": resource.title_of(y),
        "first": raw_cell(resource, first.name, y),
        "when_first": when(first.name),
        "last": raw_cell(resource, last.name, y),
        "when_last": when(last.name),
    }


def line(resource: Resource, x: str, y: str, series: str | None, title: str, anchor: str) -> Chart:
    """A line over ``x`` (periods or dates), one line per ``series`` if given."""
    frame = resource.frame()
    encoding = _line_encoding(resource, x, y)
    names: list[str] = []
    if series:
        names = list(dict.fromkeys(frame[series]))
        encoding["color"] = alt.Color(
            f"{series}:N",
            title=None,
            scale=alt.Scale(domain=names, range=list(palette.SERIES[: len(names)])),
        )
        encoding["strokeDash"] = alt.StrokeDash(
            f"{series}:N",
            title=None,
            scale=alt.Scale(domain=names, range=[list(d) for d in palette.DASHES[: len(names)]]),
        )
    chart = (
        alt.Chart(frame)
        .mark_line(
            point=True,
            strokeWidth=2.5,
            color=palette.HOME,
            invalid=GAPS,
            # An illustrative series is dashed (a series encoding's dashes take over).
            strokeDash=list(ILLUSTRATIVE_DASH) if resource.illustrative else alt.Undefined,
        )
        .encode(**encoding)
        .properties(height=HEIGHT)
    )
    summary = _line_summary(resource, frame, x, y)
    columns = [x, *([series] if series else []), y]
    # The periods drawn, when ``x`` holds periods: a title may name only these.
    drawn = tuple(
        label for row in resource.table.rows for label in sorted(periods_named(str(row.get(x, ""))))
    )
    table = data_table(resource, columns, title)
    made = Chart(anchor, title, summary, configured(chart), table, periods=drawn)
    return labelled(resource, made)


def _heatmap_spec(resource: Resource, frame: pd.DataFrame, x: str, y: str, value: str) -> Any:
    """Cells shaded by size, each labelled with its number or shorthand."""
    # Explicit orders: Vega drops rows with a suppressed (empty) value before it works out
    # the axes, which would move a column whose first cell is [c].
    base = alt.Chart(frame).encode(
        x=alt.X(
            f"{x}:N",
            title=resource.title_of(x),
            sort=list(dict.fromkeys(frame[x])),
            axis=alt.Axis(labelAngle=-30),
        ),
        y=alt.Y(f"{y}:N", title=resource.title_of(y), sort=list(dict.fromkeys(frame[y]))),
    )
    cells = base.mark_rect(stroke="white", invalid=None).encode(
        color=alt.Color(
            f"{value}:Q",
            title=resource.title_of(value),
            scale=alt.Scale(range=["#E8EEF4", palette.HOME]),
        ),
        tooltip=[
            alt.Tooltip(f"{y}:N"),
            alt.Tooltip(f"{x}:N"),
            alt.Tooltip("label:N", title=_("Count")),
        ],
    )
    text = base.mark_text(fontSize=MIN_TEXT_PX).encode(
        text="label:N",
        color=alt.condition(
            f"datum['{value}'] > 0.6 * {frame[value].max() or 1}",
            alt.value("white"),
            alt.value(palette.TEXT),
        ),
    )
    return alt.layer(cells, text).properties(height=30 * frame[y].nunique())


def _heatmap_table(resource: Resource, x: str, y: str, value: str, title: str) -> ChartTable:
    """The grid as a table: a row per ``y``, a column per ``x``."""
    raw = pd.DataFrame(resource.table.rows, columns=resource.table.columns)
    pivot = raw.pivot(index=y, columns=x, values=value)
    rows = [
        [
            str(i),
            *[cell_text(resource, value, v if isinstance(v, str) else "") for v in pivot.loc[i]],
        ]
        for i in pivot.index
    ]
    return ChartTable(
        caption=title,
        columns=[resource.title_of(y), *[in_words(str(c)) for c in pivot.columns]],
        rows=rows,
        numeric=[False] + [True] * len(pivot.columns),
        notes=resource.notes(rows),
    )


def heatmap(resource: Resource, x: str, y: str, value: str, title: str, anchor: str) -> Chart:
    """Rows × columns of counts, shaded by size, each cell labelled with its number or shorthand."""
    frame = resource.frame()
    raw = pd.DataFrame(resource.table.rows, columns=resource.table.columns)
    frame["label"] = [cell_text(resource, value, v) for v in raw[value]]
    chart = _heatmap_spec(resource, frame, x, y, value)
    top = frame.sort_values(value, ascending=False).iloc[0] if frame[value].notna().any() else None
    summary = (
        _("The largest count is %(count)s, for %(row)s and %(column)s.")
        % {"count": top["label"], "row": top[y], "column": top[x]}
        if top is not None
        else _("There is nothing to chart.")
    )
    table = _heatmap_table(resource, x, y, value, title)
    summary = " ".join([summary, *table.notes])
    return labelled(
        resource, Chart(anchor, title, summary, configured(chart), table, table_on_phones=True)
    )
