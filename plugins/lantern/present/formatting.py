"""Transitional: formatting now lives in ``lantern.present.gate``."""

from __future__ import annotations

from lantern.data.polarity import POLARITY_WORDS
from lantern.data.shorthand import NOT_AVAILABLE, SHORTHANDS
from lantern.data.units import UNITS
from lantern.present.gate import Gate

SHORTHAND_MEANING = {code: s.meaning for code, s in SHORTHANDS.items()}
UNIT_NAMES = {name: unit.words for name, unit in UNITS.items()}
_GATE = Gate()

__all__ = ["POLARITY_WORDS", "SHORTHAND_MEANING", "UNIT_NAMES", "format_number", "format_value"]


def format_number(value: float, decimals: int) -> str:
    """A number with thousands separators and a fixed number of decimals."""
    return _GATE.text(value, None, decimals)


def format_value(
    value: float | None, unit: str, decimals: int, shorthand: str = NOT_AVAILABLE
) -> str:
    """A value as a resident reads it (see ``Gate.text``)."""
    return _GATE.text(value, unit, decimals, shorthand=shorthand)
