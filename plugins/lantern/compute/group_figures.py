"""The figure shown for a whole comparator group beside the home area's value.

NHS England computes England's and each region's figure as the sum of the
councils' numerators over the sum of their denominators, not as an average
of council values. Lantern does the same when every member with a value has
both and none is suppressed (a sum missing a member would not be the group's
figure); otherwise it shows the group's published figure, or failing that the
median of members' values, and says which.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from lantern.vocab.shorthand import CONFIDENTIAL
from lantern.vocab.units import COUNT

from .model import Benchmark, Figure, Measure
from .rounding import ratio, round_half_away

SUM_OF_RATIOS = "sum of numerators over sum of denominators"
PUBLISHED = "published"
MEDIAN = "median of members"


def gives_a_member_back(members: Sequence[Figure], measure: Measure) -> bool:
    """Whether a figure for the whole group, beside its members' published figures, would
    give back a suppressed member's: in a group of two, the group's figure and the other
    member's give the hidden one; for a count, the group's total less the other members'
    gives it while only one member is hidden."""
    hidden = sum(1 for f in members if f.shorthand == CONFIDENTIAL)
    return hidden > 0 and (len(members) == 2 or (measure.unit == COUNT.name and hidden == 1))


def group_value(
    members: Sequence[Figure], measure: Measure, benchmark: Benchmark | None
) -> tuple[float | None, str | None]:
    """The group's figure and how it was obtained, or (None, None): none when it would give
    a suppressed member's figure back."""
    if gives_a_member_back(members, measure):
        return None, None
    usable = [f for f in members if f.usable]
    complete = all(f.usable and f.numerator is not None and f.denominator for f in members)
    if usable and complete:
        numerator = sum(f.numerator or 0.0 for f in usable)
        denominator = sum(f.denominator or 0.0 for f in usable)
        return ratio(numerator, denominator, measure.unit, measure.decimals), SUM_OF_RATIOS
    if benchmark is not None and benchmark.value is not None:
        return benchmark.value, PUBLISHED
    if usable:
        middle = float(median(f.value for f in usable if f.value is not None))
        return round_half_away(middle, measure.decimals), MEDIAN
    return None, None
