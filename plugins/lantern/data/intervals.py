"""Intervals: a value's ``lower`` and ``upper`` ends, and the confidence they are given at.

A values.csv or benchmarks.csv may carry a confidence interval beside each value in two
optional columns, ``lower`` and ``upper``. The confidence level is a property of the
columns, so it is declared where Frictionless declares everything about a column: in the
resource's Table Schema, as ``"confidenceLevel": 95`` on both fields. See docs/data.md,
*Intervals*.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from lantern.data.problem_codes import rows as codes
from lantern.data.problems import Problem
from lantern.data.tables import DataPackage, Table, parse_number
from lantern.vocab.units import find_unit

ENDS = ("lower", "upper")
LEVEL = "confidenceLevel"
LEVEL_RANGE = (50.0, 100.0)


def _fields(package: DataPackage, file_name: str) -> dict[str, dict[str, Any]]:
    """The schema fields of the package's resource for ``file_name``, by name."""
    for resource in package.descriptor.get("resources", []):
        if isinstance(resource, dict) and Path(str(resource.get("path", ""))).name == file_name:
            schema = resource.get("schema")
            found = schema.get("fields") if isinstance(schema, dict) else None
            if isinstance(found, list):
                return {str(f.get("name")): f for f in found if isinstance(f, dict)}
    return {}


def confidence_level(package: DataPackage, file_name: str) -> float | None:
    """The confidence level (95 for 95%) of the file's intervals, or None when its schema
    does not give one level above 50 and below 100 for both ends."""
    fields = _fields(package, file_name)
    levels = {fields.get(end, {}).get(LEVEL) for end in ENDS}
    if len(levels) != 1:
        return None
    (level,) = levels
    if isinstance(level, bool) or not isinstance(level, int | float):
        return None
    return float(level) if LEVEL_RANGE[0] < level < LEVEL_RANGE[1] else None


def _has_intervals(table: Table) -> bool:
    return any(end in table.columns for end in ENDS) and any(
        row.get(end) for row in table.rows for end in ENDS
    )


def _value(row: Mapping[str, str], measure: Mapping[str, str] | None) -> float | None:
    """The row's value as given, or worked out from its numerator and denominator."""
    value = parse_number(row.get("value", ""))
    numerator = parse_number(row.get("numerator", ""))
    denominator = parse_number(row.get("denominator", ""))
    if value is None and numerator is not None and denominator:
        unit = find_unit((measure or {}).get("unit", ""))
        value = numerator / denominator * (unit.ratio_multiplier if unit else 1.0)
    return value


def check_intervals(
    package: DataPackage, file_name: str, measures: Mapping[str, Mapping[str, str]]
) -> Iterator[Problem]:
    """Both ends or neither, each a number, around the value (to the measure's rounding),
    only beside a value, and a confidence level declared for the file's intervals."""
    table = package.tables.get(file_name)
    if table is None or not _has_intervals(table):
        return
    if confidence_level(package, file_name) is None:
        yield Problem(
            f"{table.label.rsplit('/', 1)[0]}/datapackage.json",
            None,
            "lower",
            f"{table.label} gives intervals, but its schema does not say at what confidence.",
            f'add "{LEVEL}": 95 (or the level they are at) to its lower and upper fields.',
            kind=codes.BAD_CONFIDENCE_LEVEL,
        )
    for number, row in table.numbered():
        yield from _check_row(table, number, row, measures.get(row.get("measure_id", "")))


def _check_row(
    table: Table, number: int, row: Mapping[str, str], measure: Mapping[str, str] | None
) -> Iterator[Problem]:
    texts = {end: row.get(end, "") for end in ENDS}
    ends = {end: parse_number(text) for end, text in texts.items() if text}
    if any(v is None for v in ends.values()):
        return  # not a number: reported with the other numeric cells
    if len(ends) == 1:
        (given,) = ends
        (missing,) = set(ENDS) - {given}
        yield Problem(
            table.label,
            number,
            missing,
            f"The row gives {given} but not {missing}: an interval has two ends.",
            "give both ends, or leave both empty.",
            kind=codes.INTERVAL_ONE_SIDED,
        )
        return
    if not ends:
        return
    lower, upper = ends["lower"], ends["upper"]
    value = _value(row, measure)
    if value is None:
        yield Problem(
            table.label,
            number,
            "lower",
            "The row gives an interval but no value: an interval is shown only with its value.",
            "leave lower and upper empty where the value is empty.",
            kind=codes.INTERVAL_WITHOUT_VALUE,
        )
        return
    decimals = (measure or {}).get("decimals", "")
    slack = 0.5 * 10 ** -int(decimals) if decimals.isdigit() else 0.0
    assert lower is not None and upper is not None
    if not (lower - slack <= value <= upper + slack):
        yield Problem(
            table.label,
            number,
            "lower" if lower - slack > value else "upper",
            f"The value {value:g} is outside its interval {lower:g} to {upper:g}.",
            "an interval is around its value: lower ≤ value ≤ upper (are the two swapped?).",
            kind=codes.VALUE_OUTSIDE_INTERVAL,
        )
