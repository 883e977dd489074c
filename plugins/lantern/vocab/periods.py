"""Periods: the six kinds a value can belong to, and how to order and compare them.

``2023-24`` financial year, ``2023-24 Q4`` financial quarter, ``2024-11``
month, ``2024-11-29`` dated snapshot, and as public health publishes: ``2022``
calendar year and ``2020 to 2022`` pooled calendar years (three years' figures
counted together, as ONS names them). Direction of travel only ever compares
a period with the previous period *of the same kind*. Pooled years are written with
"to", not ``2020-22``: ONS's ``2001 to 2003`` would read as March 2001 (``2001-03``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from itertools import pairwise

from lantern.vocab import months
from lantern.vocab.months import named_patterns


class PeriodKind(StrEnum):
    """What a period string denotes."""

    YEAR = "financial year"
    QUARTER = "financial quarter"
    MONTH = "month"
    SNAPSHOT = "dated snapshot"
    CALENDAR_YEAR = "calendar year"
    POOLED = "pooled calendar years"


_YEAR = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-(\d{2}) Q([1-4])$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CALENDAR = re.compile(r"^(\d{4})$")
_POOLED = re.compile(r"^(\d{4}) to (\d{4})$")

PERIOD_HINT = (
    "use 2023-24 for a financial year, 2023-24 Q4 for a quarter, "
    "2024-11 for a month, 2024-11-29 for a dated snapshot, 2022 for a calendar year "
    "or 2020 to 2022 for calendar years counted together."
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
    """A string that is not one of the six period formats."""


def _year_or_month(text: str) -> Period:
    first, second = text.split("-")
    start_year, tail = int(first), int(second)
    if tail == (start_year + 1) % 100:
        return Period(date(start_year, 4, 1), PeriodKind.YEAR, text)
    if 1 <= tail <= 12:
        return Period(date(start_year, tail, 1), PeriodKind.MONTH, text)
    raise PeriodError(
        f"'{text}' is neither a financial year (the second part should be "
        f"{(start_year + 1) % 100:02d}) nor a month (01 to 12); calendar years counted "
        f"together are written {start_year} to {start_year // 100 * 100 + tail}"
    )


@cache  # a release names a few hundred periods, read tens of thousands of times
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
    if calendar := _CALENDAR.match(text):
        return Period(date(int(calendar[1]), 1, 1), PeriodKind.CALENDAR_YEAR, text)
    if (pooled := _POOLED.match(text)) and int(pooled[2]) > int(pooled[1]):
        return Period(date(int(pooled[1]), 1, 1), PeriodKind.POOLED, text)
    if pooled:
        raise PeriodError(f"'{text}' ends before the year after it starts")
    if day := _DAY.match(text):
        try:
            return Period(date(*(int(g) for g in day.groups())), PeriodKind.SNAPSHOT, text)
        except ValueError as error:
            raise PeriodError(f"'{text}' is not a real date ({error})") from None
    raise PeriodError(f"'{text}' is not a period")


def _year_label(first: int) -> str:
    """``2023-24`` for the financial year starting in April ``first``."""
    return f"{first}-{(first + 1) % 100:02d}"


def _quarter_of(day: date) -> tuple[int, int]:
    """(the first calendar year of the financial year, the quarter 1 to 4) ``day`` is in."""
    return (day.year if day.month >= 4 else day.year - 1), ((day.month - 4) % 12) // 3 + 1


def years_of(period: Period) -> tuple[int, int]:
    """The first and last calendar year of a calendar year or pooled period."""
    first, _, last = period.label.partition(" to ")
    return int(first), int(last or first)


def _shifted(period: Period, step: int = 1) -> str:
    """The next period's label (not for snapshots); calendar years move ``step`` years."""
    start = period.start
    if period.kind is PeriodKind.YEAR:
        return _year_label(start.year + 1)
    if period.kind is PeriodKind.QUARTER:
        year, number = _quarter_of(start)
        year, number = (year + 1, 1) if number == 4 else (year, number + 1)
        return f"{_year_label(year)} Q{number}"
    if period.kind is PeriodKind.CALENDAR_YEAR:
        return str(start.year + step)
    if period.kind is PeriodKind.POOLED:
        first, last = years_of(period)
        return f"{first + step} to {last + step}"
    month = start.month % 12 + 1
    return f"{start.year + (start.month == 12)}-{month:02d}"


def _step(periods: list[Period]) -> int:
    """Years between pooled periods, from the labels: 1 for rolling ones, which overlap
    (2019 to 2021, 2020 to 2022), else the gap (2017 to 2019, 2020 to 2022). 1 otherwise."""
    if periods[0].kind is not PeriodKind.POOLED or len(periods) < 2:
        return 1
    first, last = years_of(periods[0])
    gaps = [b.start.year - a.start.year for a, b in pairwise(periods)]
    smallest = min(gaps)
    return 1 if smallest <= last - first else max(1, smallest)


def every_period(labels: list[str]) -> list[str]:
    """``labels`` (periods of one kind, in order) with every period between them filled in.

    A chart draws a period nobody reported as a gap in the line, not as a join
    between its neighbours; this says which periods there should have been.
    Dated snapshots have no regular step, so they are returned as given.
    """
    if not labels or parse_period(labels[0]).kind is PeriodKind.SNAPSHOT:
        return list(labels)
    step = _step([parse_period(label) for label in labels])
    filled = [labels[0]]
    for label in labels[1:]:
        end = parse_period(label)
        while parse_period(filled[-1]) < end:
            filled.append(_shifted(parse_period(filled[-1]), step))
    return filled


def crosses_break(earlier: str, later: str, new_series_from: str | None) -> bool:
    """Whether ``earlier`` and ``later`` sit on either side of a series break.

    ``new_series_from`` is the first period of the new series (a measure's
    ``series_break_from``). Figures either side of it were counted in different
    ways, so no change, direction or line may join them. Compared by start
    date, so a month after a new financial-year series is on the new side.
    """
    if not new_series_from:
        return False
    start = parse_period(new_series_from).start
    return parse_period(earlier).start < start <= parse_period(later).start


def _is_month(text: str) -> bool:
    """Whether ``text`` is a month as the data write it (``2022-10``)."""
    try:
        return parse_period(text).kind is PeriodKind.MONTH
    except PeriodError:
        return False


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
    the words do not change with the computer's language. A run of months
    (``2022-10 to 2022-11``, as a report states a figure) reads ``October to
    November 2022``.
    """
    first, joined, last = text.partition(" to ")
    if joined and _is_month(first) and _is_month(last):
        opening, closing = parse_period(first).start, parse_period(last).start
        if opening.year == closing.year:
            return months.months_in_year(opening.month, closing.month, closing.year)
        return months.span(in_words(first), in_words(last))
    try:
        period = parse_period(text)
    except PeriodError:
        return text
    start = period.start
    if period.kind is PeriodKind.QUARTER:
        return months.months_in_year(start.month, start.month + 2, start.year)
    if period.kind is PeriodKind.MONTH:
        return months.month_year(start.month, start.year)
    if period.kind is PeriodKind.SNAPSHOT:
        return months.day_month_year(start.day, start.month, start.year)
    return text


def when_words(text: str) -> str:
    """``in 2023-24``, ``in November 2024``, ``on 29 November 2024``: a period with the
    preposition a sentence needs (a dated snapshot is *on* a day)."""
    try:
        dated = parse_period(text).kind is PeriodKind.SNAPSHOT
    except PeriodError:
        dated = False
    return months.when(in_words(text), dated)


def periods_named(text: str) -> set[str]:
    """The periods a sentence names, as labels: ``2023-24``, and ``November 2024`` read
    back as ``2024-11`` (the words ``in_words`` writes). Used to check that a chart's
    title names only periods the chart draws."""
    found = set()
    for pattern, names in named_patterns():
        for match in pattern.finditer(text):
            try:
                found.add(parse_period(_label(match, names)).label)
            except PeriodError:
                continue
        text = pattern.sub(" ", text)  # what one language's words named is read once
    return found


def _label(match: re.Match[str], names: tuple[str, ...]) -> str:
    """The label of a period ``periods_named`` found, its months among ``names``."""
    found = match.groupdict()
    if found.get("pooled") or found.get("calendar"):
        return match["pooled"] or match["calendar"]
    if found.get("quarter"):
        last = date(int(match["q_year"]), names.index(match["q_last"]) + 1, 1)
        year, number = _quarter_of(last)
        return f"{_year_label(year)} Q{number}"
    if found.get("day"):
        month = names.index(match["d_month"]) + 1
        return f"{match['d_year']}-{month:02d}-{int(match['day']):02d}"
    if found.get("month"):
        return f"{match['m_year']}-{names.index(match['month']) + 1:02d}"
    return match["label"]


def machine_date(text: str) -> str:
    """What a ``<time datetime="…">`` holds for a period: a month or a date as written.

    A calendar year is HTML's year (``2022``). Other spans have no single HTML form, so
    they get ``""`` and the page shows them without ``<time>``.
    """
    try:
        period = parse_period(text)
    except PeriodError:
        return ""
    shown = (PeriodKind.MONTH, PeriodKind.SNAPSHOT, PeriodKind.CALENDAR_YEAR)
    return text if period.kind in shown else ""
