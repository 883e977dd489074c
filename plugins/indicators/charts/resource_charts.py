"""Charts and tables of any resource in any data package: bar, line, heatmap, table.

Column titles and types come from the resource's Table Schema, so a council
names a column once, in its datapackage.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd

from indicators import palette
from indicators.tables import DataPackage, Table

from .measure_charts import HEIGHT, WIDTH, _config
from .model import Chart, ChartTable

NUMERIC_TYPES = ("number", "integer")


@dataclass(frozen=True)
class Resource:
    """A CSV resource with its schema: field names → (title, type)."""

    package: DataPackage
    name: str
    table: Table
    fields: dict[str, tuple[str, str]]

    @property
    def title(self) -> str:
        """The resource's title, or its name."""
        for resource in self.package.descriptor.get("resources", []):
            if resource.get("name") == self.name:
                return str(resource.get("title") or self.name)
        return self.name

    def title_of(self, column: str) -> str:
        """A column's title from the schema."""
        return self.fields.get(column, (column, "string"))[0]

    def is_numeric(self, column: str) -> bool:
        """Whether the schema types the column as a number."""
        return self.fields.get(column, ("", "string"))[1] in NUMERIC_TYPES

    def frame(self) -> pd.DataFrame:
        """The rows, numbers as numbers; shorthand such as [c] becomes a gap."""
        frame = pd.DataFrame(self.table.rows, columns=self.table.columns)
        for column in frame.columns:
            if self.is_numeric(column):
                frame[column] = pd.to_numeric(frame[column], errors="coerce")
        return frame


def find_resource(packages: list[DataPackage], reference: str) -> Resource:
    """``package/resource`` → Resource, or KeyError listing what exists."""
    available = []
    for package in packages:
        for resource in package.descriptor.get("resources", []):
            name = str(resource.get("name") or "")
            available.append(f"{package.name}/{name}")
            if f"{package.name}/{name}" == reference:
                table = package.tables.get(str(resource.get("path", "")).rsplit("/", 1)[-1])
                if table is None:
                    break
                schema = resource.get("schema", {}).get("fields", [])
                fields = {
                    f["name"]: (str(f.get("title") or f["name"]), str(f.get("type", "string")))
                    for f in schema
                }
                return Resource(package, name, table, fields)
    raise KeyError(f"unknown resource '{reference}'. Allowed: {', '.join(sorted(available))}")


def _cell(resource: Resource, column: str, raw: str) -> str:
    if resource.is_numeric(column) and raw not in ("", None):
        try:
            number = float(raw)
        except ValueError:
            return raw
        return f"{number:,.0f}" if number.is_integer() else f"{number:,}"
    return raw


def data_table(resource: Resource, columns: list[str], caption: str) -> ChartTable:
    """The resource as table rows, formatted by type."""
    return ChartTable(
        caption=caption,
        columns=[resource.title_of(c) for c in columns],
        rows=[[_cell(resource, c, row.get(c, "")) for c in columns] for row in resource.table.rows],
        numeric=[resource.is_numeric(c) for c in columns],
    )


def bar(resource: Resource, x: str, y: str, title: str, anchor: str) -> Chart:
    """Horizontal bars: one per row, labelled by ``x``, length ``y``."""
    frame = resource.frame()
    chart = (
        alt.Chart(frame)
        .mark_bar(color=palette.HOME)
        .encode(
            y=alt.Y(f"{x}:N", title=None, sort=None),
            x=alt.X(f"{y}:Q", title=resource.title_of(y)),
            tooltip=[
                alt.Tooltip(f"{x}:N", title=resource.title_of(x)),
                alt.Tooltip(f"{y}:Q", title=resource.title_of(y)),
            ],
        )
        .properties(width=WIDTH, height=max(80, 28 * len(frame)))
    )
    top = frame.sort_values(y, ascending=False).iloc[0] if len(frame) else None
    summary = (
        f"The largest is {top[x]} with {_cell(resource, y, str(top[y]))}."
        if top is not None
        else "There is nothing to chart."
    )
    return Chart(anchor, title, summary, _config(chart), data_table(resource, [x, y], title))


def line(resource: Resource, x: str, y: str, series: str | None, title: str, anchor: str) -> Chart:
    """A line over ``x`` (periods or dates), one line per ``series`` if given."""
    frame = resource.frame()
    encoding: dict[str, Any] = {
        "x": alt.X(f"{x}:O", title=resource.title_of(x), sort=None, axis=alt.Axis(labelAngle=0)),
        "y": alt.Y(f"{y}:Q", title=resource.title_of(y)),
        "tooltip": [
            alt.Tooltip(f"{x}:O", title=resource.title_of(x)),
            alt.Tooltip(f"{y}:Q", title=resource.title_of(y)),
        ],
    }
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
        .mark_line(point=True, strokeWidth=2.5, color=palette.HOME)
        .encode(**encoding)
        .properties(width=WIDTH, height=HEIGHT)
    )
    known = frame.dropna(subset=[y])
    summary = "There is nothing to chart."
    if len(known):
        first, last = known.iloc[0], known.iloc[-1]
        summary = (
            f"{resource.title_of(y)} went from {_cell(resource, y, str(first[y]))} in {first[x]} "
            f"to {_cell(resource, y, str(last[y]))} in {last[x]}."
        )
    columns = [x, *([series] if series else []), y]
    return Chart(anchor, title, summary, _config(chart), data_table(resource, columns, title))


def heatmap(resource: Resource, x: str, y: str, value: str, title: str, anchor: str) -> Chart:
    """Rows × columns of counts, shaded by size, each cell labelled with its number or shorthand."""
    frame = resource.frame()
    raw = pd.DataFrame(resource.table.rows, columns=resource.table.columns)
    frame["label"] = [_cell(resource, value, v) for v in raw[value]]
    base = alt.Chart(frame).encode(
        x=alt.X(f"{x}:N", title=resource.title_of(x), sort=None, axis=alt.Axis(labelAngle=-30)),
        y=alt.Y(f"{y}:N", title=resource.title_of(y), sort=None),
    )
    cells = base.mark_rect(stroke="white").encode(
        color=alt.Color(
            f"{value}:Q",
            title=resource.title_of(value),
            scale=alt.Scale(range=["#E8EEF4", palette.HOME]),
        ),
        tooltip=[
            alt.Tooltip(f"{y}:N"),
            alt.Tooltip(f"{x}:N"),
            alt.Tooltip("label:N", title="Count"),
        ],
    )
    text = base.mark_text(fontSize=12).encode(
        text="label:N",
        color=alt.condition(
            f"datum['{value}'] > 0.6 * {frame[value].max() or 1}",
            alt.value("white"),
            alt.value(palette.TEXT),
        ),
    )
    chart = alt.layer(cells, text).properties(width=WIDTH, height=30 * frame[y].nunique())
    top = frame.sort_values(value, ascending=False).iloc[0] if frame[value].notna().any() else None
    summary = (
        f"The largest count is {top['label']}, for {top[y]} and {top[x]}."
        if top is not None
        else "There is nothing to chart."
    )
    pivot = raw.pivot(index=y, columns=x, values=value)
    table = ChartTable(
        caption=title,
        columns=[resource.title_of(y), *[str(c) for c in pivot.columns]],
        rows=[
            [str(i), *[_cell(resource, value, str(v)) for v in pivot.loc[i]]] for i in pivot.index
        ],
        numeric=[False] + [True] * len(pivot.columns),
    )
    return Chart(anchor, title, summary, _config(chart), table)
