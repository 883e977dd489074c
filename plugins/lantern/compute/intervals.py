"""Comparing by confidence interval, as Fingertips compares an area with England.

A measure with ``comparison: interval`` is not banded by quartile. Its value's confidence
interval is set against the group's figure:

- when the group's figure is published with an interval of its own, the two intervals are
  compared: if they overlap, the area is *similar*; if the area's lies wholly above or
  below the group's, it is *higher* or *lower*;
- otherwise the area's interval is compared with the group's figure itself, as Fingertips
  compares with England's value: similar if the interval contains it.

Higher or lower becomes *better* or *worse* by the measure's polarity; a measure with
neither keeps *higher*, *similar*, *lower*. Comparing whether two intervals overlap is
conservative: two values whose intervals overlap slightly can still differ significantly,
so "similar" is not a finding that they are the same, and this is not a test of the
difference. References: Public Health England, *Technical Guide: Confidence Intervals*
and Fingertips' "compared with benchmark" significance categories.
"""

from __future__ import annotations

from dataclasses import replace

from lantern.vocab.language import N_, _
from lantern.vocab.polarity import Polarity, Verdict

from .group_figures import PUBLISHED
from .model import Benchmark, Comparison, Figure, Interval
from .suppression import interval_of

NO_INTERVAL = N_("not compared: the value has no confidence interval")
NO_GROUP_FIGURE = N_("not compared: the group has no figure for this period")


def side(interval: Interval, figure: float, figure_interval: Interval | None) -> str:
    """``higher``, ``lower`` or ``similar``: where ``interval`` lies against the group's
    figure, or against the group's own interval when it has one (touching ends overlap)."""
    low, high = (
        (figure_interval.lower, figure_interval.upper) if figure_interval else (figure, figure)
    )
    if interval.lower > high:
        return "higher"
    if interval.upper < low:
        return "lower"
    return "similar"


def verdict(
    interval: Interval, figure: float, figure_interval: Interval | None, polarity: Polarity
) -> Verdict:
    """Better, similar or worse by polarity; higher, similar or lower when neither is better."""
    found = side(interval, figure, figure_interval)
    if found == "similar":
        return "similar"
    if polarity == "none":
        return "higher" if found == "higher" else "lower"
    return "better" if (found == "higher") == (polarity == "high") else "worse"


def by_interval(
    base: Comparison, home: Figure, benchmark: Benchmark | None, polarity: Polarity
) -> Comparison:
    """The comparison of ``home`` with the group figure already on ``base``, by interval."""
    if home.interval is None:
        return replace(base, reason=_(NO_INTERVAL))
    if base.group_value is None or base.group_value_period != base.compared_period:
        return replace(base, reason=_(NO_GROUP_FIGURE))
    group_interval = None
    if benchmark is not None and base.group_value_method == PUBLISHED:
        group_interval = interval_of(benchmark.lower, benchmark.upper, benchmark.confidence_level)
    found = verdict(home.interval, base.group_value, group_interval, polarity)
    return replace(base, verdict=found, group_interval=group_interval)
