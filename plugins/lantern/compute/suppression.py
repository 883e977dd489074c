"""Turning a row of data into a figure to show, with small counts suppressed.

A count below the threshold (default 5) could identify a person, so it is
shown as ``[c]``, and so is every value computed from it: a percentage of 3
people out of 40 reveals the 3. The reason travels with the figure so a page
can say why a cell is blank.
"""

from __future__ import annotations

from lantern.vocab.language import N_, _
from lantern.vocab.shorthand import (
    CONFIDENTIAL,
    LOW_RELIABILITY,
    NOT_AVAILABLE,
    SHORTHANDS,
    leading_code,
)
from lantern.vocab.units import unit_of

from .model import Figure, Interval, Measure, Observation
from .rounding import ratio, round_half_away

# Why a figure is suppressed, by the small count that stops it being shown.
SMALL_COUNT_REASONS = {
    "numerator": N_(
        "suppressed: the numerator is below %(threshold)s, which could identify people"
    ),
    "denominator": N_(
        "suppressed: the denominator is below %(threshold)s, which could identify people"
    ),
    "count": N_("suppressed: the count is below %(threshold)s, which could identify people"),
}


def small_count_reason(threshold: int, what: str) -> str:
    """The words shown for a suppressed figure (never the count itself); ``what`` is the
    small count: ``numerator``, ``denominator`` or ``count``."""
    return _(SMALL_COUNT_REASONS[what]) % {"threshold": threshold}


def implied_count(rate: float | None, base: float | None, multiplier: float) -> float | None:
    """The count a rate gives back with the base it was worked out on, to the nearest whole
    one: 5.0% of 60 is 3 (``multiplier`` 100), 25.0 per 100,000 of 12,000 is 3."""
    if rate is None or not base:
        return None
    return round_half_away(rate * base / multiplier, 0)


def resolve(observation: Observation, measure: Measure, suppress_below: int) -> Figure:
    """The figure a page shows for one observation."""
    shorthand = leading_code(observation.note)
    if observation.value is None and observation.numerator is None:
        mark = shorthand or NOT_AVAILABLE
        return Figure(None, mark, SHORTHANDS[mark].reason)
    numerator, denominator = observation.numerator, observation.denominator
    for count, what in ((numerator, "numerator"), (denominator, "denominator")):
        if count is not None and count < suppress_below:
            return Figure(None, CONFIDENTIAL, small_count_reason(suppress_below, what))
    value = observation.value
    if measure.unit == "count" and value is not None and value < suppress_below:
        return Figure(None, CONFIDENTIAL, small_count_reason(suppress_below, "count"))
    multiplier = unit_of(measure.unit).multiplier
    if numerator is None and multiplier is not None:
        # A rate published beside its denominator gives its numerator back.
        implied = implied_count(observation.value, denominator, multiplier)
        if implied is not None and 0 < implied < suppress_below:
            return Figure(None, CONFIDENTIAL, small_count_reason(suppress_below, "numerator"))
    if numerator is not None and denominator:
        value = ratio(numerator, denominator, measure.unit, measure.decimals)
    elif observation.value is not None:
        value = round_half_away(observation.value, measure.decimals)
    else:
        return Figure(None, NOT_AVAILABLE, _("not available: no value and no denominator"))
    # The interval travels only with a value that is shown, so it never gives back a
    # suppressed one.
    interval = interval_of(observation.lower, observation.upper, observation.confidence_level)
    if interval is not None:
        # Rounded as the value is, so every page, chart and download shows the same ends.
        lower, upper = (
            round_half_away(e, measure.decimals) for e in (interval.lower, interval.upper)
        )
        interval = Interval(lower, upper, interval.level)
    reason = SHORTHANDS[LOW_RELIABILITY].reason if shorthand == LOW_RELIABILITY else None
    return Figure(value, None, reason, numerator, denominator, interval)


def interval_of(lower: float | None, upper: float | None, level: float | None) -> Interval | None:
    """The interval given by two ends at a level, or None when any of the three is missing."""
    if lower is None or upper is None or level is None:
        return None
    return Interval(lower, upper, level)
