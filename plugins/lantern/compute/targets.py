"""Distance to target, respecting which way is better."""

from __future__ import annotations

from .model import Polarity, TargetResult


def against_target(value: float, target: float, polarity: Polarity, decimals: int) -> TargetResult:
    """Met when at or beyond the target in the good direction; distance is value − target."""
    distance = round(value - target, decimals + 2)
    if polarity == "high":
        met: bool | None = value >= target
    elif polarity == "low":
        met = value <= target
    else:
        met = None
    return TargetResult(target=target, met=met, distance=distance)
