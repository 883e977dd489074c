"""Measures no longer collected: no figure in the release's last two years.

A measure whose collection has stopped (delayed transfers of care, last
counted in 2019-20) keeps its page, but a badge beside a figure five years
old would read as news. The rule is declared once here: what counts as "the
last two years" is worked out from the release itself, from its latest
period, so it moves on with each release and needs no setting.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from lantern.vocab.periods import Period, PeriodError, parse_period
from lantern.vocab.shorthand import CONFIDENTIAL, LOW_RELIABILITY, leading_code

# A measure with no figure in this many financial years, up to the release's latest, is
# no longer collected.
RECENT_YEARS = 2
# A row with one of these codes is a figure the publisher collected but does not show.
COLLECTED_CODES = (CONFIDENTIAL, LOW_RELIABILITY)


def _year_starting(year: int) -> date:
    """The first day of the financial year that starts in ``year`` (periods.py says when)."""
    return parse_period(f"{year}-{(year + 1) % 100:02d}").start


def recent_since(latest: Period, years: int = RECENT_YEARS) -> date:
    """The first day of the earliest of the ``years`` financial years that end with the one
    holding ``latest``: 1 April 2023 for a release whose latest period is 2024-11."""
    year = latest.start.year
    if _year_starting(year) > latest.start:
        year -= 1
    return _year_starting(year - years + 1)


def last_collected(last_figure: str | None, latest: str | None) -> str:
    """The period of a measure's last figure when it is no longer collected, else ``""``.

    ``last_figure`` is the measure's latest period with a figure (any area), ``latest``
    the latest period in the whole release. A measure with no figure at all is not yet
    collected rather than no longer, so it gets ``""`` too.
    """
    if not last_figure or not latest:
        return ""
    if parse_period(last_figure).start < recent_since(parse_period(latest)):
        return last_figure
    return ""


def _latest(periods: Iterable[str]) -> str | None:
    parsed = []
    for text in dict.fromkeys(periods):  # each period once: a release repeats a few
        try:
            parsed.append(parse_period(str(text)))
        except PeriodError:
            continue
    return max(parsed, key=lambda p: p.start).label if parsed else None


def no_longer_collected(values: pd.DataFrame, benchmarks: pd.DataFrame) -> dict[str, str]:
    """Measure id → the period of its last figure, for every measure no longer collected,
    from every area's values; the release's latest period counts benchmarks too."""
    latest = _latest([*values["period"], *benchmarks["period"]])
    codes = values["note"].fillna("").map(lambda n: leading_code(str(n)))
    figures = values[
        values["value"].notna() | values["numerator"].notna() | codes.isin(COLLECTED_CODES)
    ]
    found = {}
    for measure_id, rows in figures.groupby("measure_id"):
        last = last_collected(_latest(rows["period"]), latest)
        if last:
            found[str(measure_id)] = last
    return found
