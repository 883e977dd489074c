"""Comparing by confidence interval (Fingertips style): the words for an interval that
overlaps England's, lies above it and lies below it, by polarity; and intervals are never
kept beside a suppressed value."""

from __future__ import annotations

import pytest

from lantern.compute import Benchmark, Group, Measure, Observation, compute_area
from lantern.compute.intervals import NO_INTERVAL, side, verdict
from lantern.compute.model import Interval

ENGLAND = Group("england", "England", ())
PERIOD = "2023-24"


def measure(polarity: str) -> Measure:
    return Measure("S", "A survey share", "percent", polarity, 1, comparison="interval")  # type: ignore[arg-type]


def home(value: float, lower: float | None, upper: float | None) -> Observation:
    return Observation("A", "S", PERIOD, value=value, lower=lower, upper=upper, confidence_level=95)


def england(value: float, lower: float | None = None, upper: float | None = None) -> Benchmark:
    return Benchmark(
        "england", "S", PERIOD, value=value, lower=lower, upper=upper, confidence_level=95
    )


def compared(polarity: str, observation: Observation, benchmark: Benchmark):  # type: ignore[no-untyped-def]
    [result] = compute_area("A", [measure(polarity)], [observation], [benchmark], [ENGLAND])
    [period] = result.periods
    [comparison] = period.comparisons
    return period, comparison


# England 64.0% (62.5 to 65.5): an interval overlapping it, wholly above it and wholly below.
OVERLAPS = home(63.6, 61.2, 66.0)
ABOVE = home(70.0, 67.0, 73.0)
BELOW = home(58.0, 55.0, 61.0)


@pytest.mark.parametrize(
    ("observation", "polarity", "expected"),
    [
        (OVERLAPS, "high", "similar"),
        (ABOVE, "high", "better"),
        (BELOW, "high", "worse"),
        (OVERLAPS, "low", "similar"),
        (ABOVE, "low", "worse"),
        (BELOW, "low", "better"),
        (OVERLAPS, "none", "similar"),
        (ABOVE, "none", "higher"),
        (BELOW, "none", "lower"),
    ],
)
def test_the_verdict_against_englands_interval(
    observation: Observation, polarity: str, expected: str
) -> None:
    period, comparison = compared(polarity, observation, england(64.0, 62.5, 65.5))
    assert comparison.verdict == expected
    assert comparison.band is None  # no quartile band for a measure compared by interval
    assert comparison.group_interval == Interval(62.5, 65.5, 95)
    assert period.interval == Interval(observation.lower, observation.upper, 95)  # type: ignore[arg-type]


def test_intervals_that_only_overlap_englands_are_similar_though_its_value_is_outside() -> None:
    # 66.0 to 70.0 does not hold England's 64.0, but overlaps England's 62.5 to 66.5.
    _, comparison = compared("high", home(68.0, 66.0, 70.0), england(64.0, 62.5, 66.5))
    assert comparison.verdict == "similar"
    _, without = compared("high", home(68.0, 66.0, 70.0), england(64.0))
    assert without.verdict == "better"  # against England's value alone, Fingertips style


def test_touching_ends_overlap() -> None:
    assert side(Interval(65.5, 70.0, 95), 64.0, Interval(62.5, 65.5, 95)) == "similar"
    assert side(Interval(65.6, 70.0, 95), 64.0, Interval(62.5, 65.5, 95)) == "higher"
    assert verdict(Interval(1.0, 2.0, 95), 3.0, None, "low") == "better"


def test_no_interval_no_verdict_and_the_reason() -> None:
    _, comparison = compared("high", home(63.6, None, None), england(64.0, 62.5, 65.5))
    assert (comparison.verdict, comparison.reason) == (None, NO_INTERVAL)


def test_a_quartile_measure_is_not_compared_by_interval() -> None:
    quartile = Measure("S", "A survey share", "percent", "high", 1)
    [result] = compute_area("A", [quartile], [OVERLAPS], [england(64.0, 62.5, 65.5)], [ENGLAND])
    assert result.periods[0].comparisons[0].verdict is None


def test_a_suppressed_value_keeps_no_interval() -> None:
    hidden = Observation(
        "A", "S", PERIOD, numerator=3, denominator=50, value=6.0, lower=1.0, upper=12.0,
        confidence_level=95,
    )  # fmt: skip
    period, comparison = compared("high", hidden, england(64.0, 62.5, 65.5))
    assert (period.shorthand, period.interval, comparison.verdict) == ("[c]", None, None)
