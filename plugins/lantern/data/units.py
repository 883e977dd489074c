"""Units: every fact about a unit in one record, from its multiplier to its axis title.

A maintainer adds a unit by adding one ``Unit`` to ``UNITS``: validation,
computation, formatting, charts and the measure page all read it from here.
This module imports nothing from Lantern, so every layer (``compute`` too)
may use it.
"""

from __future__ import annotations

from dataclasses import dataclass


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
        ),
        Unit("count", None, "count", "Count", whole=True),
        Unit("currency", None, "pounds (£)", "£", "£{n}", lowest=None),
        Unit("score", None, "score", "Score", lowest=None),
        Unit("days", None, "days", "Days", "{n} days", "{n} day"),
        Unit("hours", None, "hours", "Hours", "{n} hours", "{n} hour"),
    )
}

COUNT = UNITS["count"]
# No figure a council publishes is this large; 1e15 in a cell is a slipped paste.
LARGEST = 1e12


def unit_of(name: str | None) -> Unit:
    """The unit called ``name``; an unknown or empty name is a plain count.

    Validation has already rejected unknown units in measures.csv, so this
    fallback only serves free-form resources whose fields name no unit.
    """
    return UNITS.get(name or "", COUNT)
