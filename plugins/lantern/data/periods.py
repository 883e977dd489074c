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
