"""Units: every fact about a unit in one record, from its multiplier to its axis title.

A maintainer adds a unit by adding one ``Unit`` to ``UNITS``: validation,
computation, formatting, charts and the measure page all read it from here.
A score with a maximum needs no new code: its unit names the maximum
(``score_out_of_24``), so the data say the scale and every page writes it.
This module imports nothing from Lantern, so every layer (``compute`` too)
may use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Unit:
    """What a ``unit`` in measures.csv (or a field's ``unit``) means.

    ``multiplier`` turns numerator / denominator into the value (× 100 for a
    percentage); ``None`` when the unit is not a ratio. ``pattern`` writes a
    formatted number (``{n}``) as a resident reads it; ``singular`` is used
    when the number is exactly 1 (``1 day``).
    """

    name: str
    multiplier: float | None
    words: str
    axis: str
    pattern: str = "{n}"
    singular: str | None = None
    # What a value in this unit can be at all: below ``lowest``, above ``highest`` or,
    # for a ``whole`` unit, a fraction is a mistake in the data, not news.
    lowest: float | None = 0.0
    highest: float | None = None
    whole: bool = False
    # Counts, money and percentages are drawn from zero, so a bar's or line's height
    # is honest; a rate or a score may zoom in on its range, and its axis says so.
    zoom: bool = False

    @property
    def ratio_multiplier(self) -> float:
        """The factor for numerator / denominator (1 for a unit that is not a ratio)."""
        return self.multiplier or 1.0

    def write(self, number: str) -> str:
        """A formatted number in this unit: ``89.6%``, ``25.0 per 100,000``, ``-£1``."""
        if number.startswith("-") and self.pattern.startswith("£"):
            return "-" + self.pattern.format(n=number[1:])
        if number == "1" and self.singular is not None:
            return self.singular.format(n=number)
        return self.pattern.format(n=number)


UNITS: dict[str, Unit] = {
    unit.name: unit
    for unit in (
        Unit("percent", 100.0, "per cent", "Per cent", "{n}%", highest=100.0),
        Unit(
            "per_100k",
            100_000.0,
            "per 100,000 people",
            "Per 100,000",
            "{n} per 100,000",
            highest=100_000.0,
            zoom=True,
        ),
        Unit("count", None, "count", "Count", whole=True),
        Unit("currency", None, "pounds (£)", "£", "£{n}", lowest=None),
        # Budgets are reported in millions and thousands, and read as printed: £1.4m, £322k.
        Unit(
            "currency_millions", None, "millions of pounds (£m)", "£ millions", "£{n}m", lowest=None
        ),
        Unit(
            "currency_thousands",
            None,
            "thousands of pounds (£k)",
            "£ thousands",
            "£{n}k",
            lowest=None,
        ),
        Unit("score", None, "score", "Score", lowest=None, zoom=True),
        Unit("days", None, "days", "Days", "{n} days", "{n} day"),
        Unit("hours", None, "hours", "Hours", "{n} hours", "{n} hour"),
        Unit("months", None, "months", "Months", "{n} months", "{n} month"),
        Unit("years", None, "years", "Years", "{n} years", "{n} year"),
        # Things that are not people (posts, homes, concerns a person had): never suppressed.
        Unit("number", None, "a number of things, not people", "Number", whole=True),
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
        f"score out of {most}",
        f"Score (out of {most})",
        "{n} out of " + most,
        lowest=0.0,
        highest=float(maximum),
        zoom=True,
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
