"""Charts and tables of any resource in any data package: bar, line, heatmap, table.

Column titles and types come from the resource's Table Schema, so a council
names a column once, in its datapackage.json.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import altair as alt
import pandas as pd

from lantern.data.tables import DataPackage, Table
from lantern.present import palette
from lantern.present.formatting import format_value

from .measure_charts import HEIGHT, WIDTH, _config
from .model import Chart, ChartTable

NUMERIC_TYPES = ("number", "integer")


@dataclass(frozen=True)
class Resource:
    """A CSV resource with its schema: field names → (title, type), plus how to show them.

    A field's ``unit`` (``percent``, ``count``, ``currency``, ``hours`` …) formats its
    numbers; a field marked ``"suppressSmallCounts": true`` has counts from 1 to below the
    site's threshold shown as ``[c]``, in tables and in the data a chart carries.
    """

    package: DataPackage
    name: str
    table: Table
    fields: dict[str, tuple[str, str]]
    units: dict[str, str] = field(default_factory=dict)
    suppressed: frozenset[str] = frozenset()
    threshold: int = 5

    @property
    def title(self) -> str:
        """The resource's title, or its name."""
        for resource in self.package.descriptor.get("resources", []):
            if resource.get("name") == self.name:
                return str(resource.get("title") or self.name)
        return self.name

    @property
    def illustrative(self) -> bool:
        """Whether its package says its figures are illustrative."""
        return bool(self.package.descriptor.get("illustrative"))

    def title_of(self, column: str) -> str:
        """A column's title from the schema."""
        return self.fields.get(column, (column, "string"))[0]

    def is_numeric(self, column: str) -> bool:
        """Whether the schema types the column as a number."""
        return self.fields.get(column, ("", "string"))[1] in NUMERIC_TYPES

    def hides(self, column: str, raw: str) -> bool:
        """Whether this cell is a small count to suppress."""
        if column not in self.suppressed or raw in ("", None):
            return False
        try:
            return 0 < float(raw) < self.threshold
        except ValueError:
            return False

    def frame(self) -> pd.DataFrame:
        """The rows, numbers as numbers; shorthand and suppressed counts become gaps."""
        frame = pd.DataFrame(self.table.rows, columns=self.table.columns)
        for column in frame.columns:
            if self.is_numeric(column):
                hidden = [self.hides(column, raw) for raw in frame[column]]
                frame[column] = pd.to_numeric(frame[column], errors="coerce")
                frame.loc[hidden, column] = float("nan")
        return frame

    def notes(self, rows: list[list[str]]) -> list[str]:
        """What a reader needs to read the table: suppression, illustrative figures."""
        notes = []
        if any("[c]" in row for row in rows):
            notes.append(
                f"[c]: a count from 1 to {self.threshold - 1}, not shown to protect people's "
                "identity."
            )
        if self.illustrative:
            notes.append(
                "Illustrative: these figures are built to agree with what the report states; "
                "see the open data page for how."
            )
        return notes


def find_resource(packages: list[DataPackage], reference: str, threshold: int = 5) -> Resource:
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
                units = {f["name"]: str(f["unit"]) for f in schema if f.get("unit")}
                hidden = frozenset(f["name"] for f in schema if f.get("suppressSmallCounts"))
                return Resource(package, name, table, fields, units, hidden, threshold)
    raise KeyError(f"unknown resource '{reference}'. Allowed: {', '.join(sorted(available))}")


def decimals_written(raw: str) -> int:
    """How many decimals a number was written with: ``84.5`` → 1, so it shows as printed."""
    return len(raw.split(".", 1)[1]) if "." in raw else 0


def cell_text(resource: Resource, column: str, raw: str, unit: str | None = None) -> str:
    """A cell as text: numbers in the field's unit and as written, small counts as [c]."""
    if not resource.is_numeric(column) or raw in ("", None):
        return raw
    if resource.hides(column, raw):
        return "[c]"
    try:
        number = float(raw)
    except ValueError:
        return raw
    return format_value(number, unit or resource.units.get(column, "count"), decimals_written(raw))


def _raw_cell(resource: Resource, index: Any, column: str) -> str:
    """A cell of the frame's row ``index``, formatted from the text as written."""
    return cell_text(resource, column, str(resource.table.rows[int(index)].get(column, "")))


def data_table(resource: Resource, columns: list[str], caption: str) -> ChartTable:
    """The resource as table rows, formatted by type; a ``unit`` column formats its row."""
    rows = [
        [cell_text(resource, c, row.get(c, ""), row.get("unit") or None) for c in columns]
        for row in resource.table.rows
    ]
    return ChartTable(
        caption=caption,
        columns=[resource.title_of(c) for c in columns],
        rows=rows,
        numeric=[resource.is_numeric(c) for c in columns],
        notes=resource.notes(rows),
    )


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
        .properties(width=WIDTH, height=max(80, 28 * len(frame)))
    )
    top = frame.sort_values(y, ascending=False).iloc[0] if len(frame) else None
    summary = (
        f"The largest is {top[x]} with {_raw_cell(resource, top.name, y)}."
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
            f"{resource.title_of(y)} went from {_raw_cell(resource, first.name, y)} in {first[x]} "
            f"to {_raw_cell(resource, last.name, y)} in {last[x]}."
        )
    columns = [x, *([series] if series else []), y]
    return Chart(anchor, title, summary, _config(chart), data_table(resource, columns, title))


def heatmap(resource: Resource, x: str, y: str, value: str, title: str, anchor: str) -> Chart:
    """Rows × columns of counts, shaded by size, each cell labelled with its number or shorthand."""
    frame = resource.frame()
    raw = pd.DataFrame(resource.table.rows, columns=resource.table.columns)
    frame["label"] = [cell_text(resource, value, v) for v in raw[value]]
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
    rows = [
        [
            str(i),
            *[cell_text(resource, value, v if isinstance(v, str) else "") for v in pivot.loc[i]],
        ]
        for i in pivot.index
    ]
    notes = resource.notes(rows)
    table = ChartTable(
        caption=title,
        columns=[resource.title_of(y), *[str(c) for c in pivot.columns]],
        rows=rows,
        numeric=[False] + [True] * len(pivot.columns),
        notes=notes,
    )
    summary = " ".join([summary, *notes])
    return Chart(anchor, title, summary, _config(chart), table)
