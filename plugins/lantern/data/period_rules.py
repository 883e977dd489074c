"""Rules across a measure's periods in values.csv: years counted together are counted over
the same number of years throughout one measure.

A figure for 2016 to 2020 pools five years and one for 2018 to 2020 pools three: the
longer one is steadier and sits on a different footing, so a trend or a direction of
travel between them would mislead. Public health publishes both for some indicators;
each length is then a measure of its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from lantern.data.problem_codes import rows as codes
from lantern.data.problems import Problem
from lantern.data.tables import Table
from lantern.vocab.periods import PeriodError, PeriodKind, parse_period, years_of


def _pooled_length(text: str) -> int | None:
    """How many years a pooled period counts together; None for any other period."""
    try:
        period = parse_period(text)
    except PeriodError:
        return None  # named by the period rule
    if period.kind is not PeriodKind.POOLED:
        return None
    first, last = years_of(period)
    return last - first + 1


def check_pooled_lengths(table: Table) -> Iterator[Problem]:
    """Each row whose pooled period counts a different number of years from the measure's
    first pooled period, naming that period and its row."""
    first: dict[str, tuple[int, int, str]] = {}
    for number, row in table.numbered():
        length = _pooled_length(row.get("period", ""))
        if length is None:
            continue
        measure = row.get("measure_id", "")
        years, row_number, label = first.setdefault(measure, (length, number, row["period"]))
        if years != length:
            yield Problem(
                table.label,
                number,
                "period",
                f"'{row['period']}' counts {length} years together, but {measure}'s "
                f"'{label}' (row {row_number}) counts {years}: figures over different "
                "numbers of years cannot be compared.",
                f"give every period of {measure} {years} years, or give the {length}-year "
                "figures a measure of their own.",
                kind=codes.POOLED_LENGTHS_DIFFER,
            )
