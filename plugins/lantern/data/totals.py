"""Declared totals: a schema may say which cells add up to which, in one table or across
two tables of a package.

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


def _problem(table: Table, row: int | None, field: str | None, text: str, kind: Any) -> Problem:
    return Problem(table.label, row, field, text, HINT, kind=kind)


def _across_tables(
    package: DataPackage, table: Table, declared: dict[str, Any]
) -> Iterable[Problem]:
    """A column of every row of ``table`` adds up to one cell of another table of the
    package: ``{"column": "number", "total": {"resource": "feedback-types",
    "row": {"type": "Complaint"}, "column": "number"}}``."""
    total = declared["total"]
    column, other_column = str(declared.get("column")), str(total.get("column"))
    resources = {
        str(r.get("name")): str(r.get("path", "")).rsplit("/", 1)[-1]
        for r in package.descriptor.get("resources", [])
        if isinstance(r, dict)
    }
    other = package.tables.get(resources.get(str(total.get("resource")), ""))
    if other is None:
        yield _problem(
            table, None, None,
            f"A declared total names no table {total.get('resource')!s} in this package.",
            codes.TOTAL_NAMES_NO_TABLE,
        )  # fmt: skip
        return
    where = total.get("row") if isinstance(total.get("row"), dict) else {}
    missing = [c for c in (column,) if c not in table.columns]
    missing += [f"{other.label}: {c}" for c in (other_column, *where) if c not in other.columns]
    if missing:
        yield _problem(
            table, None, None, f"A declared total names no column {', '.join(missing)}.",
            codes.TOTAL_NAMES_NO_COLUMN,
        )  # fmt: skip
        return
    found = _the_row(other, where)
    if isinstance(found, Problem):
        yield found
        return
    number, row = found
    whole = parse_number(row.get(other_column, ""))
    parts = [parse_number(r.get(column, "")) for r in table.rows]
    if whole is None or None in parts:
        return
    made = sum(p or 0.0 for p in parts)
    if abs(whole - made) > 1e-9:
        yield _problem(
            other, number, other_column,
            f"{other_column} is {row[other_column]} but the {column} of every row of "
            f"{table.label} make {made:g}.",
            codes.TOTAL_DOES_NOT_ADD_UP,
        )  # fmt: skip


def _the_row(table: Table, where: dict[str, Any]) -> tuple[int, dict[str, str]] | Problem:
    """The one row of ``table`` whose columns hold the values ``where`` gives."""
    found = [
        (number, row)
        for number, row in table.numbered()
        if all(row.get(str(k), "") == str(v) for k, v in where.items())
    ]
    if len(found) == 1 and where:
        return found[0]
    wanted = ", ".join(f"{k} {v}" for k, v in where.items()) or "(none given)"
    return _problem(
        table, None, None,
        f"A declared total needs one row where {wanted}; there are {len(found)}.",
        codes.TOTAL_NAMES_NO_ROW,
    )  # fmt: skip


def check_totals(package: DataPackage) -> Iterable[Problem]:
    """Every declared total names real columns or rows, and a row total adds up."""
    for resource in package.descriptor.get("resources", []):
        name = str(resource.get("path", "")).rsplit("/", 1)[-1]
        table = package.tables.get(name)
        if table is None:
            continue
        for declared in _declared(resource):
            if isinstance(declared, dict) and isinstance(declared.get("total"), dict):
                yield from _across_tables(package, table, declared)
            elif not isinstance(declared, dict) or not declared.get("parts"):
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
