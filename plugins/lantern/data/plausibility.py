"""Plausibility: values that cannot be true are errors, before anything is computed.

A negative denominator, a rate of 150%, a fraction of a person or 1e15 is a
mistake in the release, never a figure to publish. The limits are properties
of the unit (``data.units``), so a new unit brings its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from lantern.data.problems import Problem
from lantern.data.tables import Table, parse_number
from lantern.data.units import LARGEST, UNITS, Unit

COUNTS = ("numerator", "denominator")


def _limits(unit: Unit) -> str:
    if unit.highest is not None:
        return f"from {unit.lowest:g} to {unit.highest:,g}"
    return "whole and not negative" if unit.whole else "not negative"


def _wrong(number: float, unit: Unit) -> bool:
    return (
        (unit.lowest is not None and number < unit.lowest)
        or (unit.highest is not None and number > unit.highest)
        or (unit.whole and not number.is_integer())
    )


def check_plausible(table: Table, measures: dict[str, dict[str, str]]) -> Iterator[Problem]:
    """Counts are not negative; each value is within what its measure's unit allows."""
    for number, row in table.numbered():
        for column in (*COUNTS, "value"):
            figure = parse_number(row.get(column, ""))
            if figure is None:
                continue
            if abs(figure) >= LARGEST:
                yield Problem(
                    table.label, number, column, f"{row[column]} is too large to be a real figure."
                )
                continue
            if column in COUNTS:
                if figure < 0:
                    yield Problem(
                        table.label, number, column, f"A {column} cannot be negative ({figure:g})."
                    )
                continue
            measure = measures.get(row.get("measure_id", ""), {})
            unit = UNITS.get(measure.get("unit", ""))
            if unit is not None and _wrong(figure, unit):
                yield Problem(
                    table.label,
                    number,
                    column,
                    f"{row[column]} is not a possible value in {unit.words}: "
                    f"it must be {_limits(unit)}.",
                    f"check measure {row.get('measure_id')}'s unit in measures.csv, or the value.",
                )
