"""Rules for measures.csv: ids usable in web addresses, units, polarity and decimals
from the allowed lists, and renumberings and series breaks that name real periods."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lantern.data.contract import MEASURE_ID
from lantern.data.problem_codes import ProblemCode
from lantern.data.problem_codes import reference as ref
from lantern.data.problems import Problem
from lantern.data.rules import check_allowed, check_identifier, check_numbers, check_period
from lantern.data.tables import Table
from lantern.vocab.polarity import COMPARISONS, POLARITIES
from lantern.vocab.units import find_unit, unit_names

# A measure id names its page, /measures/<id>/, so it must be usable in an address.
ADDRESS_HINT = "use letters, digits, '-', '_' or '.', e.g. 2A1."


def _address_rule(column: str) -> tuple[str, re.Pattern[str], str, ProblemCode]:
    return (column, MEASURE_ID, "cannot be used in a web address", ref.BAD_MEASURE_ID)


def check_measures(table: Table) -> Iterator[Problem]:
    """Measure ids are usable in URLs; units, polarity and decimals are from the allowed lists."""
    for number, row in table.numbered():
        yield from check_identifier(
            table, number, row.get("measure_id", ""), _address_rule("measure_id"), ADDRESS_HINT
        )
        unit = row.get("unit", "")
        if unit and find_unit(unit) is None:
            yield Problem(
                table.label,
                number,
                "unit",
                f"Unknown unit '{unit}'. Allowed: {unit_names()}.",
                kind=ref.UNKNOWN_UNIT,
            )
        yield from check_allowed(
            table,
            number,
            row,
            "polarity",
            POLARITIES,
            ref.UNKNOWN_POLARITY,
            " (is a high value good, a low value good, or neither?)",
        )
        decimals = row.get("decimals", "")
        if decimals and not (decimals.isdigit() and int(decimals) <= 6):
            yield Problem(
                table.label,
                number,
                "decimals",
                f"Expected a whole number of decimal places from 0 to 6, got '{decimals}'.",
                kind=ref.BAD_DECIMALS,
            )
        yield from check_numbers(table, number, row, ["target", "min", "max"])
        yield from check_allowed(
            table, number, row, "comparison", COMPARISONS, ref.UNKNOWN_COMPARISON
        )
        if row.get("renumbered_as"):
            yield from check_identifier(
                table, number, row["renumbered_as"], _address_rule("renumbered_as"), ADDRESS_HINT
            )
        yield from _measure_periods(table, number, row)


def _measure_periods(table: Table, number: int, row: dict[str, str]) -> Iterator[Problem]:
    """A measure's renumbering and series break name real periods, and a break says why."""
    for field in ("renumbered_from", "series_break_from"):
        if row.get(field):
            yield from (
                Problem(p.file, p.row, field, p.message, p.hint, kind=p.kind)
                for p in check_period(table, number, {"period": row[field]})
            )
    if row.get("series_break_from") and not row.get("series_break"):
        yield Problem(
            table.label,
            number,
            "series_break_from",
            "A series break needs words: readers are told why the figures before "
            f"{row['series_break_from']} are not comparable.",
            "say why in series_break, e.g. 'From 2024-25 the measure comes from "
            "client-level data.'",
            kind=ref.SERIES_BREAK_WITHOUT_REASON,
        )
