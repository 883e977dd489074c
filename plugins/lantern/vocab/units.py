"""Units: every fact about a unit in one record, from its multiplier to its axis title.

A maintainer adds a unit by adding one ``Unit`` to ``UNITS``: validation,
computation, formatting, charts and the measure page all read it from here.
A score with a maximum needs no new code: its unit names the maximum
(``score_out_of_24``), so the data say the scale and every page writes it.
This module imports nothing from Lantern but its language (``vocab.language``), so every
layer (``compute`` too) may use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from lantern.vocab.language import N_, _, ngettext


def _count(number: str) -> int:
    """The count a formatted number is for choosing a plural: a fraction (``1.5``) takes
    the form of ten, which is English's and most languages' plural."""
    digits = number.replace(",", "")
    return int(digits) if digits.lstrip("-").isdigit() else 10


def _per_100k(number: str) -> str:
    return _("%(n)s per 100,000") % {"n": number}


def _days(number: str) -> str:
    return ngettext("%(n)s day", "%(n)s days", _count(number)) % {"n": number}


def _hours(number: str) -> str:
    return ngettext("%(n)s hour", "%(n)s hours", _count(number)) % {"n": number}


def _months(number: str) -> str:
    return ngettext("%(n)s month", "%(n)s months", _count(number)) % {"n": number}


def _years(number: str) -> str:
    return ngettext("%(n)s year", "%(n)s years", _count(number)) % {"n": number}


def _out_of(most: str, number: str) -> str:
    return _("%(n)s out of %(most)s") % {"n": number, "most": most}


@dataclass(frozen=True)
class Unit:
    """What a ``unit`` in measures.csv (or a field's ``unit``) means.

    ``multiplier`` turns numerator / denominator into the value (× 100 for a
    percentage); ``None`` when the unit is not a ratio. ``pattern`` writes a
    formatted number (``{n}``) with the unit's symbol (``{n}%``, ``£{n}m``), the same
    in every language; a unit said in words has ``phrase`` instead, which writes the
    number in the site's language (``1 day``, ``25.0 per 100,000``). ``message`` and
    ``axis_message`` are the unit's name and its axis title as messages of the
    catalogue (a score's name its maximum, ``most``); ``words`` and ``axis`` are them
    in the site's language.
    """

    name: str
    multiplier: float | None
    message: str
    axis_message: str
    pattern: str = "{n}"
    phrase: Callable[[str], str] | None = None
    # What a value in this unit can be at all: below ``lowest``, above ``highest`` or,
    # for a ``whole`` unit, a fraction is a mistake in the data, not news.
    lowest: float | None = 0.0
    highest: float | None = None
    whole: bool = False
    # Counts, money and percentages are drawn from zero, so a bar's or line's height
    # is honest; a rate or a score may zoom in on its range, and its axis says so.
    zoom: bool = False
    most: str = ""

    @property
    def ratio_multiplier(self) -> float:
        """The factor for numerator / denominator (1 for a unit that is not a ratio)."""
        return self.multiplier or 1.0

    def _said(self, message: str) -> str:
        return _(message) % {"most": self.most} if self.most else _(message)

    @property
    def words(self) -> str:
        """The unit's name in the site's language: ``per cent``, ``score out of 24``."""
        return self._said(self.message)

    @property
    def axis(self) -> str:
        """A value axis's title in the site's language: ``Per cent``, ``Score (out of 24)``."""
        return self._said(self.axis_message)

    def write(self, number: str) -> str:
        """A formatted number in this unit: ``89.6%``, ``25.0 per 100,000``, ``-£1``."""
        if number.startswith("-") and self.pattern.startswith("£"):
            return "-" + self.pattern.format(n=number[1:])
        if self.phrase is not None:
            return self.phrase(number)
        return self.pattern.format(n=number)


UNITS: dict[str, Unit] = {
    unit.name: unit
    for unit in (
        Unit("percent", 100.0, N_("per cent"), N_("Per cent"), "{n}%", highest=100.0),
        Unit(
            "per_100k",
            100_000.0,
            N_("per 100,000 people"),
            N_("Per 100,000"),
            phrase=_per_100k,
            highest=100_000.0,
            zoom=True,
        ),
        Unit("count", None, N_("count"), N_("Count"), whole=True),
        Unit("currency", None, N_("pounds (£)"), N_("£"), "£{n}", lowest=None),
        # Budgets are reported in millions and thousands, and read as printed: £1.4m, £322k.
        Unit(
            "currency_millions",
            None,
            N_("millions of pounds (£m)"),
            N_("£ millions"),
            "£{n}m",
            lowest=None,
        ),
        Unit(
            "currency_thousands",
            None,
            N_("thousands of pounds (£k)"),
            N_("£ thousands"),
            "£{n}k",
            lowest=None,
        ),
        Unit("score", None, N_("score"), N_("Score"), lowest=None, zoom=True),
        Unit("days", None, N_("days"), N_("Days"), phrase=_days),
        Unit("hours", None, N_("hours"), N_("Hours"), phrase=_hours),
        Unit("months", None, N_("months"), N_("Months"), phrase=_months),
        Unit("years", None, N_("years"), N_("Years"), phrase=_years),
        # Things that are not people (posts, homes, concerns a person had): never suppressed.
        Unit("number", None, N_("a number of things, not people"), N_("Number"), whole=True),
    )
}

# A score with a fixed maximum is written with it: ``score_out_of_24`` for ASCOF 1A's 0 to 24.
SCALE_PREFIX = "score_out_of_"
_SCALE = re.compile(rf"^{SCALE_PREFIX}([1-9][0-9]{{0,5}})$")
SCALE_EXAMPLE = f"{SCALE_PREFIX}24"


@cache
def score_out_of(maximum: int) -> Unit:
    """A score from 0 to ``maximum``: ``18.7 out of 24`` in words, ``Score (out of 24)`` on an
    axis, and a value above the maximum is a mistake in the data."""
    most = f"{maximum:,}"
    return Unit(
        f"{SCALE_PREFIX}{maximum}",
        None,
        N_("score out of %(most)s"),
        N_("Score (out of %(most)s)"),
        phrase=partial(_out_of, most),
        lowest=0.0,
        highest=float(maximum),
        zoom=True,
        most=most,
    )


@cache
def find_unit(name: str | None) -> Unit | None:
    """The unit called ``name`` (one of ``UNITS``, or ``score_out_of_`` and a whole number),
    or ``None`` when there is no such unit."""
    text = name or ""
    if text in UNITS:
        return UNITS[text]
    scale = _SCALE.match(text)
    return score_out_of(int(scale[1])) if scale else None


def unit_names() -> str:
    """Every allowed unit name, for messages and documentation."""
    return f"{', '.join(UNITS)} or {SCALE_PREFIX}N for a score out of N (e.g. {SCALE_EXAMPLE})"


COUNT = UNITS["count"]
# No figure a council publishes is this large; 1e15 in a cell is a slipped paste.
LARGEST = 1e12


def unit_of(name: str | None) -> Unit:
    """The unit called ``name``; an unknown or empty name is a plain count.

    Validation has already rejected unknown units in measures.csv, so this
    fallback only serves free-form resources whose fields name no unit.
    """
    return find_unit(name) or COUNT
