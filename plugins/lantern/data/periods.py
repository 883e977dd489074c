"""Periods: the four kinds a value can belong to, and how to order and compare them.

``2023-24`` financial year, ``2023-24 Q4`` financial quarter, ``2024-11``
month, ``2024-11-29`` dated snapshot. Direction of travel only ever compares
a period with the previous period *of the same kind*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PeriodKind(StrEnum):
    """What a period string denotes."""

    YEAR = "financial year"
    QUARTER = "financial quarter"
    MONTH = "month"
    SNAPSHOT = "dated snapshot"


_YEAR = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-(\d{2}) Q([1-4])$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

PERIOD_HINT = (
    "use 2023-24 for a financial year, 2023-24 Q4 for a quarter, "
    "2024-11 for a month or 2024-11-29 for a dated snapshot."
)


@dataclass(frozen=True, order=True)
class Period:
    """A parsed period. Periods of one kind sort in time order by ``start``."""

    start: date
    kind: PeriodKind
    label: str

    def __str__(self) -> str:
        return self.label


class PeriodError(ValueError):
    """A string that is not one of the four period formats."""


def _year_or_month(text: str) -> Period:
    first, second = text.split("-")
    start_year, tail = int(first), int(second)
    if tail == (start_year + 1) % 100:
        return Period(date(start_year, 4, 1), PeriodKind.YEAR, text)
    if 1 <= tail <= 12:
        return Period(date(start_year, tail, 1), PeriodKind.MONTH, text)
    raise PeriodError(
        f"'{text}' is neither a financial year (the second part should be "
        f"{(start_year + 1) % 100:02d}) nor a month (01 to 12)"
    )


def parse_period(text: str) -> Period:
    """Parse a period string, or raise ``PeriodError`` saying what was expected.

    ``YYYY-NN`` is a financial year when NN is the next year's last two digits
    (``2024-25``) and a month otherwise (``2024-11``). The rare strings that
    could be both, such as ``2011-12``, are read as the financial year.
    """
    if _YEAR.match(text):
        return _year_or_month(text)
    if quarter := _QUARTER.match(text):
        start_year, tail, number = (int(g) for g in quarter.groups())
        if tail != (start_year + 1) % 100:
            raise PeriodError(f"'{text}' names a financial year that does not exist")
        month = 4 + 3 * (number - 1)
        year = start_year + (month - 1) // 12
        return Period(date(year, (month - 1) % 12 + 1, 1), PeriodKind.QUARTER, text)
    if day := _DAY.match(text):
        try:
            return Period(date(*(int(g) for g in day.groups())), PeriodKind.SNAPSHOT, text)
        except ValueError as error:
            raise PeriodError(f"'{text}' is not a real date ({error})") from None
    raise PeriodError(f"'{text}' is not a period")


def _shifted(period: Period) -> str:
    """The label of the period that follows ``period`` (years, quarters and months only)."""
    start = period.start
    if period.kind is PeriodKind.YEAR:
        return f"{start.year + 1}-{(start.year + 2) % 100:02d}"
    if period.kind is PeriodKind.QUARTER:
        year, number = (start.year if start.month >= 4 else start.year - 1), (
            (start.month - 4) % 12
        ) // 3 + 1
        year, number = (year + 1, 1) if number == 4 else (year, number + 1)
        return f"{year}-{(year + 1) % 100:02d} Q{number}"
    month = start.month % 12 + 1
    return f"{start.year + (start.month == 12)}-{month:02d}"


def every_period(labels: list[str]) -> list[str]:
    """``labels`` (periods of one kind, in order) with every period between them filled in.

    A chart draws a period nobody reported as a gap in the line, not as a join
    between its neighbours; this says which periods there should have been.
    Dated snapshots have no regular step, so they are returned as given.
    """
    if not labels or parse_period(labels[0]).kind is PeriodKind.SNAPSHOT:
        return list(labels)
    filled = [labels[0]]
    for label in labels[1:]:
        end = parse_period(label)
        while parse_period(filled[-1]) < end:
            filled.append(_shifted(parse_period(filled[-1])))
    return filled


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def in_words(text: str) -> str:
    """A period or date as a resident reads it: ``2024-11`` → ``November 2024``,
    ``2024-11-29`` → ``29 November 2024``, ``2023-24 Q4`` → ``January to March 2024``.

    A financial year stays ``2023-24``: it is how ASCOF, NHS England and the
    council's own reports name the year, so it is the name residents meet
    everywhere else. A quarter is written as its months, because "Q4" alone
    does not say whether the year is a financial or a calendar one. Anything
    that is not a period (a release tag, a note) is returned as it is. The
    machine form stays in the data, the downloads and ``datetime``; see
    ``machine_date``. Month names are written here, not by ``strftime``, so
    the words do not change with the computer's language.
    """
    try:
        period = parse_period(text)
    except PeriodError:
        return text
    start = period.start
    if period.kind is PeriodKind.QUARTER:
        return f"{MONTHS[start.month - 1]} to {MONTHS[start.month + 1]} {start.year}"
    if period.kind is PeriodKind.MONTH:
        return f"{MONTHS[start.month - 1]} {start.year}"
    if period.kind is PeriodKind.SNAPSHOT:
        return f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    return text


def machine_date(text: str) -> str:
    """What a ``<time datetime="…">`` holds for a period: a month or a date as written.

    A financial year or a quarter is a span HTML has no single form for, so
    it has none (an empty string), and the page shows it without ``<time>``.
    """
    try:
        period = parse_period(text)
    except PeriodError:
        return ""
    return text if period.kind in (PeriodKind.MONTH, PeriodKind.SNAPSHOT) else ""
