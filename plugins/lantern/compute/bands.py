"""Quartile cut-points and bands: where a value sits among its comparators.

Cut-points are by linear interpolation between sorted values, as Excel's
PERCENTILE.INC / QUARTILE.INC, R's type 7, numpy's "linear" and Fingertips
do. Two rules place a value that falls exactly on a cut-point:

``inclusive-better`` (Lantern's default)
    the value gets the better band. For high-is-good: top if value ≥ Q3,
    bottom if value < Q1. For low-is-good: top if value ≤ Q1, bottom if
    value > Q3. Tied values always share a band, and a council tied with many
    others at the best possible value (100%) is in the top quartile.
``fingertips-legacy``
    the value goes to the lower quartile by value (Fingertips' legacy
    ``QuartilesComparer``); for high-is-good that is the worse band.

References: Public Health England, Fingertips ``ValueCategoriesCalculator``
and ``QuartilesComparer``; Hyndman & Fan (1996) type 7.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from lantern.vocab.language import _, ngettext

from .model import Band, Polarity

MIN_VALUES = 4
METHODS = ("inclusive-better", "fingertips-legacy")
CutPoints = tuple[float, float, float, float, float]


def percentile(ordered: Sequence[float], fraction: float) -> float:
    """The value at ``fraction`` of sorted ``ordered`` by linear interpolation (type 7)."""
    position = (len(ordered) - 1) * fraction
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    result = ordered[lower] + (position - lower) * (ordered[upper] - ordered[lower])
    return round(result, 10)


def cut_points(values: Sequence[float]) -> CutPoints:
    """Minimum, Q1, median, Q3 and maximum of at least one value."""
    ordered = sorted(values)
    return (
        ordered[0],
        percentile(ordered, 0.25),
        percentile(ordered, 0.5),
        percentile(ordered, 0.75),
        ordered[-1],
    )


def quartile_by_value(value: float, cuts: CutPoints, polarity: Polarity, method: str) -> int:
    """1 (lowest values) to 4 (highest values), with ties resolved by ``method``."""
    _, q1, median, q3, _ = cuts
    if method == "fingertips-legacy" or polarity == "low":
        # A value on a cut-point belongs to the quartile below it.
        return 1 if value <= q1 else 2 if value <= median else 3 if value <= q3 else 4
    # High is good and ties go to the better (higher) quartile.
    return 4 if value >= q3 else 3 if value >= median else 2 if value >= q1 else 1


def band_of_quartile(quartile: int, polarity: Polarity) -> Band:
    """Quartile by value → band by polarity: the best quartile is the top band."""
    best, worst = (4, 1) if polarity == "high" else (1, 4)
    return "top" if quartile == best else "bottom" if quartile == worst else "middle"


def band_from_values(
    value: float, values: Sequence[float], polarity: Polarity, method: str
) -> tuple[Band, int, CutPoints]:
    """The band, the quartile by value and the cut-points, from every member's value."""
    if method not in METHODS:
        message = f"Unknown band method {method!r}; expected one of {', '.join(METHODS)}."
        raise ValueError(message)
    cuts = cut_points(values)
    quartile = quartile_by_value(value, cuts, polarity, method)
    return band_of_quartile(quartile, polarity), quartile, cuts


def band_from_thresholds(value: float, q1: float, q3: float, polarity: Polarity) -> Band:
    """The band from published Q1 and Q3 only (a value on a threshold gets the better band)."""
    if polarity == "high":
        return "top" if value >= q3 else "bottom" if value < q1 else "middle"
    return "top" if value <= q1 else "bottom" if value > q3 else "middle"


def too_few_reason(count: int) -> str:
    """Why a group with fewer than four values gets no band."""
    return ngettext(
        "not compared: only %(count)s area has a value (at least %(needed)s are needed)",
        "not compared: only %(count)s areas have a value (at least %(needed)s are needed)",
        count,
    ) % {"count": count, "needed": MIN_VALUES}


def tie_rule(method: str, polarity: Polarity) -> str:
    """How ``method`` bands a value exactly on a cut-point, in words for the page."""
    if method == "fingertips-legacy":
        if polarity == "high":
            return _("a value on a cut-point goes to the quartile below it, the worse band")
        return _("a value on a cut-point goes to the quartile below it, the better band")
    return _("a value on a cut-point gets the better band")
