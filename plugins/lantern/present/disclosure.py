"""Disclosure control: which cells of a release's tables are never published.

Suppression is a property of the release, not of a column a council has to
remember to mark. Every table is read the same way:

- **Counts.** ``numerator`` and ``denominator`` columns, any field whose schema
  gives ``"unit": "count"`` or ``"suppressSmallCounts": true`` (whatever its
  type), the ``value`` of a row whose measure is a count, the ``value`` of a
  stated figure whose ``unit`` is ``count``, and, outside the contract's own
  tables, any number with no unit: a column is a count until its schema says
  it is something else, so forgetting to mark one cannot publish a small count.
- **Primary suppression.** A count from 1 to below the threshold is ``[c]``.
- **Derived values.** A row's ``value`` computed from a suppressed numerator or
  denominator, and every percentage in a row with a suppressed count, is ``[c]``,
  and so are the ``lower`` and ``upper`` ends of a hidden value's interval.
  So is a rate that gives a small count back with a count published beside it
  (5.0% beside a denominator of 60 is 3 people), and a group's published figure
  that gives back a member's (``disclosure_arithmetic``).
- **Secondary suppression.** Where the schema declares that a cell is the total
  of others (``"totals"``, see ``docs/methodology.md``), a line with a suppressed
  part also loses its smallest published parts until at least two parts are
  hidden and the hidden parts add up to the threshold or more, so that the total
  minus the published parts never gives a small count back. If no part is left
  to hide, the total goes.

The function is pure: it takes a table's text rows and returns the set of
cells to hide, so pages, charts, downloads and archives all hide the same ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lantern.data.contract import DATA_TABLES, REFERENCE_TABLES
from lantern.data.tables import NUMERIC_TYPES, DataPackage, Table, parse_number
from lantern.present.disclosure_arithmetic import (
    BenchmarkKey,
    benchmark_cells,
    rates_giving_counts_back,
)
from lantern.present.gate import Gate
from lantern.vocab.shorthand import CONFIDENTIAL
from lantern.vocab.units import COUNT, UNITS

Cell = tuple[int, str]  # (index into table.rows, column)

COUNT_COLUMNS = ("numerator", "denominator")
INTERVAL_ENDS = ("lower", "upper")
# The contract's own tables, whose numbers are measures' values, targets and decimals.
CONTRACT_FILES = frozenset(spec.name for spec in (*REFERENCE_TABLES, *DATA_TABLES))
COUNT_UNIT = COUNT.name
PERCENT_UNIT = UNITS["percent"].name


# The row of a total printed in another table (``total_lines``): never a cell of this one.
ELSEWHERE = -1


@dataclass(frozen=True)
class TotalLine:
    """A printed total and the parts it adds up to, as cells of one table."""

    total: Cell
    parts: tuple[Cell, ...]


def _schema_fields(resource: Mapping[str, Any]) -> list[dict[str, Any]]:
    schema = resource.get("schema")
    fields = schema.get("fields") if isinstance(schema, dict) else None
    return [f for f in fields or [] if isinstance(f, dict) and "name" in f]


def _is_count_field(field: Mapping[str, Any], contract_table: bool) -> bool:
    """A field of counts: marked so, in counts, or (outside the contract's own tables)
    a number with no unit, which is taken to be a count until the schema says otherwise."""
    if field.get("unit") == COUNT_UNIT or field.get("suppressSmallCounts") is True:
        return True
    numeric = field.get("type") in NUMERIC_TYPES
    return numeric and not field.get("unit") and not contract_table


def count_cells(
    table: Table, resource: Mapping[str, Any], measure_units: Mapping[str, str]
) -> set[Cell]:
    """Every cell that holds a count of people or things, by the rules above."""
    contract_table = Path(str(resource.get("path", ""))).name in CONTRACT_FILES
    fields = {str(f["name"]): f for f in _schema_fields(resource)}
    by_row = "value" in table.columns and {"measure_id", "unit"} & set(table.columns)
    cells: set[Cell] = set()
    for column in table.columns:
        if column == "value" and by_row:
            for i, row in enumerate(table.rows):
                unit = measure_units.get(row.get("measure_id", "")) or row.get("unit", "")
                if unit == COUNT_UNIT:
                    cells.add((i, column))
        elif column in COUNT_COLUMNS or _is_count_field(fields.get(column, {}), contract_table):
            cells.update((i, column) for i in range(len(table.rows)))
    return cells


def total_lines(table: Table, resource: Mapping[str, Any]) -> list[TotalLine]:
    """The schema's declared totals as lines of cells.

    ``{"total": "staff", "parts": ["completed", "not_completed"]}`` is a total
    across columns, in every row; ``{"field": "service", "total": "Total",
    "parts": ["A", "B"]}`` is a total down the rows, in every count column.
    """
    schema = resource.get("schema")
    declared = schema.get("totals") if isinstance(schema, dict) else None
    lines: list[TotalLine] = []
    for total in declared or []:
        if not isinstance(total, dict):
            continue
        if isinstance(total.get("total"), dict):
            # The total is in another table: the parts here are never all it can lose.
            column = str(total.get("column"))
            every_row = tuple((i, column) for i in range(len(table.rows)))
            lines.append(TotalLine((ELSEWHERE, column), every_row))
            continue
        parts = [str(p) for p in total.get("parts") or []]
        if "field" in total:
            labels = {row.get(str(total["field"]), ""): i for i, row in enumerate(table.rows)}
            if str(total.get("total")) not in labels:
                continue
            rows = [labels[p] for p in parts if p in labels]
            for column in table.columns:
                lines.append(
                    TotalLine(
                        (labels[str(total["total"])], column), tuple((r, column) for r in rows)
                    )
                )
        else:
            for i in range(len(table.rows)):
                lines.append(TotalLine((i, str(total.get("total"))), tuple((i, p) for p in parts)))
    return lines


def _number(table: Table, cell: Cell) -> float | None:
    return parse_number(table.rows[cell[0]].get(cell[1], ""))


def _secondary(table: Table, line: TotalLine, hidden: set[Cell], threshold: int) -> set[Cell]:
    """The cells to hide so that the line's total cannot give a hidden part back."""
    parts = [p for p in line.parts if _number(table, p) is not None]
    gone = [p for p in parts if p in hidden]
    if not gone or line.total in hidden:
        return set()
    added: set[Cell] = set()
    published = sorted((p for p in parts if p not in hidden), key=lambda p: _number(table, p) or 0)

    def hidden_sum() -> float:
        return sum(_number(table, p) or 0 for p in [*gone, *added])

    while len(gone) + len(added) < 2 or hidden_sum() < threshold:
        if not published:
            return added | {line.total}
        added.add(published.pop(0))
    return added


def suppressed_cells(
    table: Table,
    resource: Mapping[str, Any],
    measure_units: Mapping[str, str],
    gate: Gate,
    benchmarks: frozenset[BenchmarkKey] = frozenset(),
) -> frozenset[Cell]:
    """The cells of ``table`` that are published as ``[c]``; ``benchmarks`` are the
    release's group figures that would give a member back."""
    counts = count_cells(table, resource, measure_units)
    hidden = {cell for cell in counts if gate.is_small(_number(table, cell))}
    hidden |= benchmark_cells(table, benchmarks)
    percent_fields = {
        str(f["name"]) for f in _schema_fields(resource) if f.get("unit") == PERCENT_UNIT
    }
    lines = [
        line
        for line in total_lines(table, resource)
        if line.total in counts or line.total[0] == ELSEWHERE
    ]
    while True:
        before = len(hidden)
        by_row: dict[int, set[str]] = {}
        for row, column in hidden:
            by_row.setdefault(row, set()).add(column)
        for i, row_columns in by_row.items():
            if row_columns & set(COUNT_COLUMNS) and "value" in table.columns:
                hidden.add((i, "value"))
            hidden.update((i, c) for c in percent_fields if c in table.columns)
            if "value" in row_columns:
                # A value's interval would give the hidden value back within its width.
                hidden.update((i, end) for end in INTERVAL_ENDS if end in table.columns)
        hidden |= rates_giving_counts_back(
            table, counts, hidden, percent_fields, measure_units, gate
        )
        for line in lines:
            hidden |= _secondary(table, line, hidden, gate.suppress_below)
        if len(hidden) == before:
            return frozenset(cell for cell in hidden if cell[0] != ELSEWHERE)


def published_rows(table: Table, hidden: Iterable[Cell]) -> list[dict[str, str]]:
    """The table's rows with every hidden cell written as ``[c]``."""
    rows = [dict(row) for row in table.rows]
    for i, column in hidden:
        if rows[i].get(column, "") != "":
            rows[i][column] = CONFIDENTIAL
    return rows


def published_table(
    table: Table,
    resource: Mapping[str, Any],
    measure_units: Mapping[str, str],
    gate: Gate,
    benchmarks: frozenset[BenchmarkKey] = frozenset(),
) -> Table:
    """A copy of ``table`` as it may be published: suppressed cells are ``[c]``."""
    hidden = suppressed_cells(table, resource, measure_units, gate, benchmarks)
    return Table(table.path, table.label, list(table.columns), published_rows(table, hidden))


def measure_units(packages: Iterable[DataPackage]) -> dict[str, str]:
    """Measure id → unit, from the release's measures table, to find count measures."""
    units: dict[str, str] = {}
    for package in packages:
        for table in package.tables.values():
            if {"measure_id", "unit"} <= set(table.columns) and "area_code" not in table.columns:
                units.update({row["measure_id"]: row["unit"] for row in table.rows})
    return units


def published_package(
    package: DataPackage,
    measure_units: Mapping[str, str],
    gate: Gate,
    benchmarks: frozenset[BenchmarkKey] = frozenset(),
) -> DataPackage:
    """A copy of ``package`` whose tables are as they may be published."""
    tables = {}
    for resource in package.descriptor.get("resources", []):
        name = str(resource.get("path", "")).rsplit("/", 1)[-1]
        if name in package.tables:
            table = package.tables[name]
            tables[name] = published_table(table, resource, measure_units, gate, benchmarks)
    return DataPackage(package.name, package.folder, package.descriptor, tables)
