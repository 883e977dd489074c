"""Rounding as NHS England publishes: halves away from zero, never to even.

Python's ``round(2.25, 1)`` gives 2.2 (binary floating point, then banker's
rounding); a published table says 2.3. Going through the shortest decimal
representation (``repr``) keeps what the data file wrote.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from lantern.vocab.units import unit_of


def round_half_away(value: float, decimals: int) -> float:
    """``value`` rounded to ``decimals`` places, halves away from zero (-2.25 → -2.3)."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def ratio(numerator: float, denominator: float, unit: str, decimals: int) -> float:
    """numerator / denominator × the unit's multiplier, rounded as published."""
    return round_half_away(numerator / denominator * unit_of(unit).ratio_multiplier, decimals)
