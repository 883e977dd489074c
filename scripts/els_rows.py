"""Reading ONS Explore Local Statistics (ELS) tidy files into Lantern's rows: pure rules.

Used by ``import_els.py``. One ELS row is one area, indicator and period, with its
observation, its 95% interval (``lci_95``, ``uci_95``) and a ``status``. Each rule
here says what Lantern makes of one column, so the importer itself only reads and
writes files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from package_files import ENGLAND_CODE

from lantern.vocab.periods import PeriodError, parse_period
from lantern.vocab.shorthand import LOW_RELIABILITY, NOT_AVAILABLE

REGION_PREFIX = "E12"
# Upper-tier councils, the level an English council's site compares at: unitary
# authorities (E06), metropolitan boroughs (E08) and London boroughs (E09), which ELS
# files under "Local Authority District", and counties (E10). Lower-tier districts (E07)
# and combined authorities (E47) are other levels.
UPPER_TIER_PREFIXES = ("E06", "E08", "E09", "E10")
# ELS's mark for an estimate of low reliability.
LOW_RELIABILITY_STATUS = "u"
LOW_RELIABILITY_NOTE = f"{LOW_RELIABILITY} Low reliability: ONS marks this estimate as unreliable."
NOT_AVAILABLE_NOTE = f"{NOT_AVAILABLE} Not available: ONS gives no figure."
# "Obsolete code since 2025 (replaced by E08000038 Barnsley)".
_REPLACED = re.compile(r"replaced by (E\d{8})")
_INTERVAL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})/P(\d+)([YM])$")
# ELS's ``unit`` → Lantern's unit (docs/data.md, measures.csv).
UNITS = {"%": "percent", "yrs": "years", "Rate per 100,000 population": "per_100k"}


class RowError(ValueError):
    """A field of a row the importer cannot read, and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


@dataclass(frozen=True)
class Figure:
    """One ELS row in Lantern's terms."""

    area_code: str
    period: str
    value: str
    note: str
    lower: str
    upper: str


def period_of(interval: str) -> str:
    """An ISO 8601 interval as ELS writes it → Lantern's period.

    ``2022-01-01/P1Y`` → ``2022`` (a calendar year), ``2020-01-01/P3Y`` → ``2020 to
    2022`` (three years counted together), ``2023-04-01/P1Y`` → ``2023-24`` (a
    financial year), ``2024-11-01/P1M`` → ``2024-11`` (a month).
    """
    match = _INTERVAL.match(interval)
    if not match:
        raise RowError("period", f"'{interval}' is not an interval such as 2022-01-01/P1Y")
    year, month, day, length = (int(g) for g in match.groups()[:4])
    unit = match[5]
    try:
        date(year, month, day)
    except ValueError as error:
        raise RowError("period", f"'{interval}' does not start on a real date ({error})") from None
    label = None
    if unit == "M" and length == 1 and day == 1:
        label = f"{year}-{month:02d}"
    elif unit == "Y" and (month, day) == (1, 1):
        label = str(year) if length == 1 else f"{year} to {year + length - 1}"
    elif unit == "Y" and (month, day) == (4, 1) and length == 1:
        label = f"{year}-{(year + 1) % 100:02d}"
    if label is None:
        raise RowError(
            "period",
            f"'{interval}' is not a calendar year, a run of calendar years, a financial year "
            "or a month, the periods Lantern compares",
        )
    try:
        return parse_period(label).label
    except PeriodError as error:
        raise RowError("period", f"'{interval}': {error}") from None


def number(text: str, field: str) -> str:
    """A number as ELS writes it, without floating-point noise (``54.80778000000001`` →
    ``54.80778``); empty stays empty. Ten significant figures keep every published digit."""
    text = text.strip()
    if not text:
        return ""
    try:
        return f"{float(text):.10g}"
    except ValueError:
        raise RowError(field, f"'{text}' is not a number") from None


def figure_of(row: dict[str, str], area_code: str) -> Figure:
    """One ELS row as a value of ``area_code``: ``u`` → ``[u]`` with the value kept, an
    empty observation → ``[x]``, any other status (ONS's own words) kept as the note."""
    value = number(row.get("observation", ""), "observation")
    status = row.get("status", "").strip()
    if status == LOW_RELIABILITY_STATUS:
        note = LOW_RELIABILITY_NOTE
    elif not value:
        note = f"{NOT_AVAILABLE_NOTE} {status}".strip()
    else:
        note = status
    lower, upper = number(row.get("lci_95", ""), "lci_95"), number(row.get("uci_95", ""), "uci_95")
    if not (value and lower and upper):
        lower = upper = ""  # an interval only beside its value, and only with both ends
    return Figure(area_code, period_of(row.get("period", "")), value, note, lower, upper)


def successors(rows: list[dict[str, str]]) -> dict[str, str]:
    """New code → the obsolete code it replaced, from ELS's notes ("Obsolete code since 2025
    (replaced by E08000038 Barnsley)" on the old code's rows)."""
    found = {}
    for row in rows:
        match = _REPLACED.search(row.get("notes", ""))
        if match:
            found[match[1]] = row["areacd"]
    return found


# ELS's name for the upper tier's level; a row there with another code (a combined area
# such as "Isles of Scilly, Cornwall", E67) is one the importer must name, not count.
UPPER_TIER_GEOGRAPHY = "County or Unitary Authority"


def level_of(code: str, geography: str = "") -> str:
    """Where a row sits: ``area`` (an upper-tier council, or a row ELS files at that level),
    ``england``, ``region`` or ``other`` (a district, a combined authority, a place outside
    England)."""
    if code == ENGLAND_CODE:
        return "england"
    if code.startswith(REGION_PREFIX):
        return "region"
    if code.startswith(UPPER_TIER_PREFIXES) or geography == UPPER_TIER_GEOGRAPHY:
        return "area"
    return "other"
