"""Turning a row of data into a figure to show, with small counts suppressed.

A count below the threshold (default 5) could identify a person, so it is
shown as ``[c]``, and so is every value computed from it: a percentage of 3
people out of 40 reveals the 3. The reason travels with the figure so a page
can say why a cell is blank.
"""

from __future__ import annotations

from .model import Figure, Measure, Observation
from .rounding import ratio, round_half_away

SHORTHANDS = ("[c]", "[x]", "[z]", "[u]")
PUBLISHER_REASONS = {
    "[c]": "suppressed by the publisher",
    "[x]": "not available",
    "[z]": "not applicable",
    "[u]": "low reliability",
}


def small_count_reason(threshold: int, what: str) -> str:
    """The words shown for a suppressed figure (never the count itself)."""
    return f"suppressed: the {what} is below {threshold}, which could identify people"


def resolve(observation: Observation, measure: Measure, suppress_below: int) -> Figure:
    """The figure a page shows for one observation."""
    shorthand = observation.note[:3] if observation.note[:3] in SHORTHANDS else None
    if observation.value is None and observation.numerator is None:
        mark = shorthand or "[x]"
        return Figure(None, mark, PUBLISHER_REASONS[mark])
    numerator, denominator = observation.numerator, observation.denominator
    for count, what in ((numerator, "numerator"), (denominator, "denominator")):
        if count is not None and count < suppress_below:
            return Figure(None, "[c]", small_count_reason(suppress_below, what))
    value = observation.value
    if measure.unit == "count" and value is not None and value < suppress_below:
        return Figure(None, "[c]", small_count_reason(suppress_below, "count"))
    if numerator is not None and denominator:
        value = ratio(numerator, denominator, measure.unit, measure.decimals)
    elif observation.value is not None:
        value = round_half_away(observation.value, measure.decimals)
    else:
        return Figure(None, "[x]", "not available: no value and no denominator")
    if shorthand == "[u]":
        return Figure(value, None, PUBLISHER_REASONS["[u]"], numerator, denominator)
    return Figure(value, None, None, numerator, denominator)
