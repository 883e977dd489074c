"""Declared totals: a schema may say which cells add up to which.

Disclosure control relies on these declarations to stop a printed total giving
back a suppressed part, so a wrong declaration is an error, not a warning: a
total that names a column or row that does not exist, or a total that does not
equal its parts, would leave a suppressed count recoverable.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lantern.data.problem_codes import rows as codes
from lantern.data.problems import Problem
from lantern.data.tables import DataPackage, Table, parse_number
from lantern.vocab.units import COUNT

HINT = "see docs/data.md, 'Totals'."


def _declared(resource: dict[str, Any]) -> list[Any]:
    schema = resource.get("schema")
    totals = schema.get("totals") if isinstance(schema, dict) else None
    return totals if isinstance(totals, list) else []


def _adds_up(table: Table, number: int, total: str, parts: list[str]) -> Iterable[Problem]:
    """Within one row: the total column equals the sum of the part columns."""
    row = table.rows[number - 2]
    numbers = [parse_number(row.get(c, "")) for c in (total, *parts)]
    if any(n is None for n in numbers):
        return
    whole, *rest = (n or 0.0 for n in numbers)
    if abs(whole - sum(rest)) > 1e-9:
        yield Problem(
            table.label,
            number,
            total,
            f"{total} is {row[total]} but {' + '.join(parts)} make {sum(rest):g}.",
            HINT,
            kind=codes.TOTAL_DOES_NOT_ADD_UP,
        )


def _row_totals(table: Table, declared: dict[str, Any]) -> Iterable[Problem]:
    parts = [str(p) for p in declared.get("parts") or []]
    total = str(declared.get("total"))
    missing = [c for c in (total, *parts) if c not in table.columns]
    if missing:
        yield Problem(
            table.label,
            None,
            None,
            f"A declared total names no column {', '.join(missing)}.",
            HINT,
            kind=codes.TOTAL_NAMES_NO_COLUMN,
        )
        return
    for number, _ in table.numbered():
        yield from _adds_up(table, number, total, parts)


def _count_columns(resource: dict[str, Any]) -> list[str]:
    schema = resource.get("schema")
    fields = schema.get("fields") if isinstance(schema, dict) else None
    return [
        str(f["name"])
        for f in fields or []
        if isinstance(f, dict) and (f.get("unit") == COUNT.name or f.get("suppressSmallCounts"))
    ]


def _column_totals(table: Table, declared: dict[str, Any], counts: list[str]) -> Iterable[Problem]:
    field = str(declared["field"])
    labels = {row.get(field, ""): number for number, row in table.numbered()}
    wanted = [str(declared.get("total")), *(str(p) for p in declared.get("parts") or [])]
    missing = [label for label in wanted if label not in labels]
    if field not in table.columns or missing:
        yield Problem(
            table.label,
            None,
            field,
            f"A declared total names rows that are not in column {field}: {', '.join(missing)}.",
            HINT,
            kind=codes.TOTAL_NAMES_NO_ROW,
        )
        return
    total, *parts = (table.rows[labels[label] - 2] for label in wanted)
    for column in counts:
        numbers = [parse_number(row.get(column, "")) for row in (total, *parts)]
        if None in numbers:
            continue
        whole, *rest = (n or 0.0 for n in numbers)
        if abs(whole - sum(rest)) > 1e-9:
            yield Problem(
                table.label,
                labels[wanted[0]],
                column,
                f"The {wanted[0]} row's {column} is {total[column]} but its parts make "
                f"{sum(rest):g}.",
                HINT,
                kind=codes.TOTAL_DOES_NOT_ADD_UP,
            )


def check_totals(package: DataPackage) -> Iterable[Problem]:
    """Every declared total names real columns or rows, and a row total adds up."""
    for resource in package.descriptor.get("resources", []):
        name = str(resource.get("path", "")).rsplit("/", 1)[-1]
        table = package.tables.get(name)
        if table is None:
            continue
        for declared in _declared(resource):
            if not isinstance(declared, dict) or not declared.get("parts"):
                yield Problem(
                    table.label,
                    None,
                    None,
                    "A declared total needs parts.",
                    HINT,
                    kind=codes.TOTAL_WITHOUT_PARTS,
                )
            elif "field" in declared:
                yield from _column_totals(table, declared, _count_columns(resource))
            else:
                yield from _row_totals(table, declared)
