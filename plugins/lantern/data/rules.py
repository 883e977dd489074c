"""Lantern's own rules for a data release, on top of each file's Table Schema.

Frictionless checks that each file matches the schema its package declares.
These rules check what the contract in docs/data.md promises the site:
columns, allowed values, unique keys, references between files, period
formats, and that a value agrees with its numerator and denominator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lantern.data.contract import SLUG, TableSpec
from lantern.data.problem_codes import ProblemCode, files
from lantern.data.problem_codes import reference as ref
from lantern.data.problem_codes import rows as codes
from lantern.data.problems import Problem
from lantern.data.tables import Table, parse_number
from lantern.vocab.periods import PERIOD_HINT, PeriodError, parse_period
from lantern.vocab.polarity import BANDS
from lantern.vocab.shorthand import SHORTHANDS, STATUSES, VALUE_CODES, leading_code
from lantern.vocab.units import find_unit


def check_columns(table: Table, spec: TableSpec) -> list[Problem]:
    """Every required column is present; unknown columns are allowed (and ignored)."""
    missing = [name for name in spec.required if name not in table.columns]
    return [
        Problem(
            table.label,
            1,
            name,
            f"The required column '{name}' is missing.",
            f"the header should include: {', '.join(spec.required)}.",
            kind=files.MISSING_COLUMN,
        )
        for name in missing
    ]


def check_not_empty(table: Table, spec: TableSpec) -> Iterator[Problem]:
    """Cells the contract needs are filled in."""
    for number, row in table.numbered():
        for name in spec.not_empty:
            if name in row and not row[name]:
                yield Problem(
                    table.label,
                    number,
                    name,
                    "The cell is empty; a value is required.",
                    kind=codes.EMPTY_CELL,
                )


def check_unique(
    table: Table, key: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Iterator[Problem]:
    """No two rows share a key (``optional`` parts of it may be empty); the message points
    at the first row with it."""
    seen: dict[tuple[str, ...], int] = {}
    needed = [index for index, name in enumerate(key) if name not in optional]
    for number, row in table.numbered():
        value = tuple([row.get(name, "") for name in key])
        if not (all(value) if len(needed) == len(key) else all(value[i] for i in needed)):
            continue
        if value in seen:
            shown = ", ".join(f"{n}={v}" for n, v in zip(key, value, strict=True) if v)
            yield Problem(
                table.label,
                number,
                key[-1],
                f"Duplicate row: {shown} already appears in row {seen[value]}.",
                kind=codes.DUPLICATE_ROW,
            )
        else:
            seen[value] = number


def check_period(table: Table, number: int, row: dict[str, str]) -> list[Problem]:
    """The period is in one of the four formats."""
    text = row.get("period", "")
    if not text:
        return []
    try:
        parse_period(text)
    except PeriodError as error:
        return [
            Problem(
                table.label, number, "period", f"{error}.", PERIOD_HINT, kind=codes.NOT_A_PERIOD
            )
        ]
    return []


def check_numbers(
    table: Table, number: int, row: dict[str, str], columns: Iterable[str]
) -> list[Problem]:
    """Numeric columns hold plain numbers or nothing."""
    problems = []
    for name in columns:
        text = row.get(name, "")
        if text and parse_number(text) is None:
            hint = "write numbers without commas, currency signs or % (e.g. 1234.5)."
            if text in VALUE_CODES:
                hint = f"leave the value empty and start the note with {text}."
            elif text in SHORTHANDS:
                status = SHORTHANDS[text].status
                hint = f"give the number and set the status to {status}."
            problems.append(
                Problem(
                    table.label,
                    number,
                    name,
                    f"Expected a number, got '{text}'.",
                    hint,
                    kind=codes.NOT_A_NUMBER,
                )
            )
    return problems


def check_allowed(
    table: Table,
    number: int,
    row: dict[str, str],
    column: str,
    allowed: tuple[str, ...],
    kind: ProblemCode,
    question: str = "",
) -> Iterator[Problem]:
    """A filled-in cell holds one of the allowed words; the message lists them, ``kind``
    is the code of a word that is not one."""
    text = row.get(column, "")
    if text and text not in allowed:
        message = f"Unknown {column} '{text}'. Allowed: {', '.join(allowed)}{question}."
        yield Problem(table.label, number, column, message, kind=kind)


def check_identifier(
    table: Table,
    number: int,
    text: str,
    rule: tuple[str, re.Pattern[str], str, ProblemCode],
    hint: str,
) -> Iterator[Problem]:
    """An identifier used in web addresses has the allowed form; ``rule`` is
    (column, pattern, what is wrong otherwise, its code)."""
    column, pattern, wrong, kind = rule
    if text and not pattern.match(text):
        yield Problem(table.label, number, column, f"'{text}' {wrong}.", hint, kind=kind)


def check_values(table: Table, measures: dict[str, dict[str, str]]) -> Iterator[Problem]:
    """Values: periods, numbers, statuses, and value = numerator / denominator × unit."""
    for number, row in table.numbered():
        yield from check_period(table, number, row)
        numeric = check_numbers(
            table, number, row, ["numerator", "denominator", "value", "lower", "upper"]
        )
        yield from numeric
        yield from check_allowed(table, number, row, "status", STATUSES, codes.UNKNOWN_STATUS)
        if numeric:
            continue
        value = parse_number(row.get("value", ""))
        numerator = parse_number(row.get("numerator", ""))
        denominator = parse_number(row.get("denominator", ""))
        if value is None and numerator is None and leading_code(row.get("note", "")) is None:
            yield Problem(
                table.label,
                number,
                "value",
                "The row has no value and does not say why.",
                "give a value, or start the note with "
                + ", ".join(f"{c} ({SHORTHANDS[c].meaning})" for c in VALUE_CODES)
                + ".",
                kind=codes.VALUE_WITHOUT_REASON,
            )
        if denominator is not None and denominator == 0:
            yield Problem(
                table.label,
                number,
                "denominator",
                "The denominator is 0.",
                kind=codes.ZERO_DENOMINATOR,
            )
            continue
        measure = measures.get(row.get("measure_id", ""))
        if measure is None or numerator is None or denominator is None:
            continue
        yield from check_ratio(table, number, value, numerator, denominator, measure)


def check_ratio(
    table: Table,
    number: int,
    value: float | None,
    numerator: float,
    denominator: float,
    measure: dict[str, str],
) -> Iterator[Problem]:
    """A given value must agree with numerator / denominator to the measure's rounding."""
    if value is None:
        return
    decimals = int(measure["decimals"]) if measure.get("decimals", "").isdigit() else 1
    unit = find_unit(measure.get("unit", ""))
    expected = numerator / denominator * (unit.ratio_multiplier if unit else 1.0)
    if abs(value - expected) > 0.5 * 10**-decimals + 1e-9:
        yield Problem(
            table.label,
            number,
            "value",
            f"The value {value:g} disagrees with numerator / denominator: "
            f"{numerator:g} / {denominator:g} = {expected:.{decimals + 2}f} "
            f"({measure.get('unit')}, {decimals} decimal places).",
            "check the three cells; leave value empty to have it computed.",
            kind=codes.VALUE_NOT_NUMERATOR_RATIO,
        )


def check_benchmarks(table: Table) -> Iterator[Problem]:
    """Published group summaries: periods, numbers, bands, and q1 ≤ median ≤ q3."""
    for number, row in table.numbered():
        yield from check_period(table, number, row)
        numeric = check_numbers(
            table, number, row, ["value", "q1", "median", "q3", "lower", "upper"]
        )
        yield from numeric
        yield from check_allowed(table, number, row, "band", tuple(BANDS), codes.UNKNOWN_BAND)
        if row.get("band") and not row.get("for_area"):
            yield Problem(
                table.label,
                number,
                "for_area",
                "The row gives a band but not whose: a published band is one area's place "
                "in the group.",
                "put the area_code of the area the band is for in for_area.",
                kind=codes.BAND_WITHOUT_AREA,
            )
        if numeric:
            continue
        quartiles = [parse_number(row.get(name, "")) for name in ("q1", "median", "q3")]
        known = [q for q in quartiles if q is not None]
        if known != sorted(known):
            yield Problem(
                table.label,
                number,
                "q3",
                "The quartiles are out of order: q1 must not exceed the median, nor the median q3.",
                kind=codes.QUARTILES_OUT_OF_ORDER,
            )


def check_group_ids(table: Table) -> Iterator[Problem]:
    """Group ids are lower-case slugs and each has one name."""
    names: dict[str, str] = {}
    for number, row in table.numbered():
        group_id, name = row.get("group_id", ""), row.get("group_name", "")
        yield from check_identifier(
            table,
            number,
            group_id,
            ("group_id", SLUG, "is not a lower-case slug", ref.BAD_GROUP_ID),
            "use lower-case letters, digits and hyphens, e.g. north-west.",
        )
        if group_id and name:
            first = names.setdefault(group_id, name)
            if first != name:
                yield Problem(
                    table.label,
                    number,
                    "group_name",
                    f"Group '{group_id}' is called '{name}' here but '{first}' in an earlier row.",
                    kind=ref.GROUP_NAME_DIFFERS,
                )
