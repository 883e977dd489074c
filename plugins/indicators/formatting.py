"""How numbers are written on the page: units, decimals and statistical shorthand."""

from __future__ import annotations

import math

from .compute.rounding import round_half_away

SHORTHAND_MEANING = {
    "[c]": "confidential (suppressed to protect people's identity)",
    "[x]": "not available",
    "[z]": "not applicable",
    "[u]": "low reliability",
    "[p]": "provisional",
    "[e]": "estimate",
}


def format_number(value: float, decimals: int) -> str:
    """A number with thousands separators and a fixed number of decimals."""
    return f"{round_half_away(value, decimals):,.{decimals}f}"


def format_value(value: float | None, unit: str, decimals: int, shorthand: str = "[x]") -> str:
    """A value as a resident reads it: ``25.0 per 100,000``, ``89.6%``, ``£2,703,204``.

    A missing value is shown as its shorthand (``[x]`` unless told otherwise).
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return shorthand
    number = format_number(value, decimals)
    if unit == "percent":
        return f"{number}%"
    if unit == "per_100k":
        return f"{number} per 100,000"
    if unit == "currency":
        return f"-£{number[1:]}" if number.startswith("-") else f"£{number}"
    if unit in ("days", "hours"):
        return f"{number} {unit[:-1] if number == '1' else unit}"
    return number


UNIT_NAMES = {
    "percent": "per cent",
    "per_100k": "per 100,000 people",
    "count": "count",
    "currency": "pounds (£)",
    "score": "score",
    "days": "days",
    "hours": "hours",
}

POLARITY_WORDS = {
    "high": "Good is high",
    "low": "Good is low",
    "none": "Neither high nor low is better",
}
