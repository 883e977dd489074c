"""Any resource of any data package, as the page reads it: titles, units, suppression.

Column titles and types come from the resource's Table Schema, so a council
names a column once, in its datapackage.json. Every cell shown passes the gate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from lantern.data.tables import NUMERIC_TYPES, DataPackage, Table
from lantern.present.charts.model import ChartTable
from lantern.present.disclosure import measure_units, published_table
from lantern.present.gate import Gate
from lantern.vocab.language import _
from lantern.vocab.periods import in_words
from lantern.vocab.shorthand import CONFIDENTIAL


@dataclass(frozen=True)
class Resource:
    """A CSV resource with its schema: field names → (title, type), plus how to show them.

    A field's ``unit`` (``percent``, ``count``, ``currency``, ``hours`` …) formats its
    numbers. Its table is the published one (``present.disclosure``): every suppressed
    cell is already ``[c]``, in tables and in the data a chart carries.
    """

    package: DataPackage
    name: str
    table: Table
    fields: dict[str, tuple[str, str]]
    units: dict[str, str] = field(default_factory=dict)
    gate: Gate = field(default_factory=Gate)

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
        return self.package.illustrative

    def fingerprint(self) -> tuple[object, ...]:
        """Everything a chart of this resource is drawn from, for the figure cache."""
        return (
            self.package.name,
            self.name,
            self.title,
            self.illustrative,
            self.table.columns,
            self.table.rows,
            self.fields,
            self.units,
            self.gate,
        )

    def title_of(self, column: str) -> str:
        """A column's title from the schema."""
        return self.fields.get(column, (column, "string"))[0]

    def is_numeric(self, column: str) -> bool:
        """Whether the schema types the column as a number."""
        return self.fields.get(column, ("", "string"))[1] in NUMERIC_TYPES

    def frame(self) -> pd.DataFrame:
        """The rows, numbers as numbers; shorthand and suppressed counts become gaps."""
        frame = pd.DataFrame(self.table.rows, columns=self.table.columns)
        for column in frame.columns:
            if self.is_numeric(column):
                frame[column] = pd.to_numeric(frame[column], errors="coerce")
        return frame

    def notes(self, rows: list[list[str]]) -> list[str]:
        """What a reader needs to read the table: suppression, illustrative figures."""
        notes = []
        if any(CONFIDENTIAL in row for row in rows):
            notes.append(
                _(
                    "%(code)s: not shown to protect people's identity: a count from 1 to "
                    "%(most)s, or a figure that would let one be worked out."
                )
                % {"code": CONFIDENTIAL, "most": self.gate.suppress_below - 1}
            )
        if self.illustrative:
            notes.append(
                _(
                    "Illustrative: these figures are built to agree with what the report states; "
                    "see the open data page for how."
                )
            )
        return notes


def find_resource(packages: list[DataPackage], reference: str, gate: Gate) -> Resource:
    """``package/resource`` → Resource, or KeyError listing what exists."""
    available = []
    units_of_measures = measure_units(packages)
    for package in packages:
        for resource in package.descriptor.get("resources", []):
            name = str(resource.get("name") or "")
            available.append(f"{package.name}/{name}")
            if f"{package.name}/{name}" == reference:
                table = package.tables.get(str(resource.get("path", "")).rsplit("/", 1)[-1])
                if table is None:
                    break
                table = published_table(table, resource, units_of_measures, gate)
                schema = resource.get("schema", {}).get("fields", [])
                fields = {
                    f["name"]: (str(f.get("title") or f["name"]), str(f.get("type", "string")))
                    for f in schema
                }
                units = {f["name"]: str(f["unit"]) for f in schema if f.get("unit")}
                return Resource(package, name, table, fields, units, gate)
    raise KeyError(f"unknown resource '{reference}'. Allowed: {', '.join(sorted(available))}")


def cell_text(resource: Resource, column: str, raw: str, unit: str | None = None) -> str:
    """A cell as text: numbers in the field's unit and as written, small counts as [c];
    a period or date in words (the data files keep the machine form)."""
    if not resource.is_numeric(column):
        return in_words(raw)
    return resource.gate.written(raw, unit or resource.units.get(column, "count"))


def raw_cell(resource: Resource, index: Any, column: str) -> str:
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
