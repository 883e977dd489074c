"""Plausibility: values that cannot be true are errors, before anything is computed.

A negative denominator, a rate of 150%, a fraction of a person or 1e15 is a
mistake in the release, never a figure to publish. The limits are properties
of the unit (``data.units``), so a new unit brings its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from lantern.data.problem_codes import rows as codes
from lantern.data.problems import Problem
from lantern.data.tables import Table, parse_number
from lantern.vocab.periods import PeriodError, in_words, parse_period
from lantern.vocab.units import LARGEST, Unit, find_unit

COUNTS = ("numerator", "denominator")
# A figure this many times its previous period's (or this many times smaller) is listed to check.
UNUSUAL_JUMP = 10.0


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
                    table.label,
                    number,
                    column,
                    f"{row[column]} is too large to be a real figure.",
                    kind=codes.TOO_LARGE,
                )
                continue
            if column in COUNTS:
                if figure < 0:
                    yield Problem(
                        table.label,
                        number,
                        column,
                        f"A {column} cannot be negative ({figure:g}).",
                        kind=codes.NEGATIVE_COUNT,
                    )
                continue
            unit = find_unit(measures.get(row.get("measure_id", ""), {}).get("unit", ""))
            if unit is not None and _wrong(figure, unit):
                yield Problem(
                    table.label,
                    number,
                    column,
                    f"{row[column]} is not a possible value in {unit.words}: "
                    f"it must be {_limits(unit)}.",
                    f"check measure {row.get('measure_id')}'s unit in measures.csv, or the value.",
                    kind=codes.IMPOSSIBLE_VALUE,
                )


def _period_key(period: str) -> tuple[str, object]:
    try:
        parsed = parse_period(period)
    except PeriodError:
        return ("", period)
    return (str(parsed.kind), parsed.start)


def unusual(
    figures: Mapping[tuple[str, str], float],
    hints: Mapping[str, tuple[float | None, float | None]],
) -> list[tuple[str, str, str]]:
    """(measure, period, why) for each figure worth a second look before it is published.

    Nothing here is wrong for certain, so nothing stops the build: a figure
    outside its measure's ``min``/``max`` hint in measures.csv, or more than
    ``UNUSUAL_JUMP`` times (or less than 1/``UNUSUAL_JUMP`` of) the figure before it.
    """
    found = []
    previous: dict[tuple[str, str], tuple[str, float]] = {}
    for measure, period in sorted(figures, key=lambda k: (k[0], _period_key(k[1]))):
        value = figures[measure, period]
        low, high = hints.get(measure, (None, None))
        if (low is not None and value < low) or (high is not None and value > high):
            found.append((measure, period, "outside the range measures.csv expects"))
        kind = _period_key(period)[0]
        before = previous.get((measure, kind))
        if before and before[1] > 0 and value > 0:
            ratio, earlier = value / before[1], in_words(before[0])
            if ratio >= UNUSUAL_JUMP:
                found.append(
                    (measure, period, f"{UNUSUAL_JUMP:g} or more times the {earlier} figure")
                )
            elif ratio <= 1 / UNUSUAL_JUMP:
                found.append(
                    (measure, period, f"a {UNUSUAL_JUMP:g}th or less of the {earlier} figure")
                )
        previous[measure, kind] = (period, value)
    return found
