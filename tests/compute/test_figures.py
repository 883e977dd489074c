"""Values, ranks, group figures, direction, targets, snapshot changes and suppression."""

from __future__ import annotations

from datetime import date

import pytest

from lantern.compute.direction import direction
from lantern.compute.group_figures import group_value
from lantern.compute.model import Benchmark, Figure, Measure, Observation
from lantern.compute.ranks import ordinal, rank, rank_label, rank_words
from lantern.compute.rounding import ratio, round_half_away
from lantern.compute.snapshots import months_before, snapshot_changes
from lantern.compute.suppression import resolve
from lantern.compute.targets import against_target

RATE = Measure("R", "A rate", "per_100k", "low", 1)
SHARE = Measure("S", "A share", "percent", "high", 1)
COUNT = Measure("C", "A count", "count", "none", 0)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(0.05, 1, 0.1), (2.25, 1, 2.3), (-2.25, 1, -2.3), (0.0005, 3, 0.001), (12.5, 0, 13.0)],
)
def test_rounding_is_half_away_from_zero_as_nhs_england_publishes(
    value: float, decimals: int, expected: float
) -> None:
    assert round_half_away(value, decimals) == expected


def test_a_rate_is_numerator_over_denominator_times_100000() -> None:
    # Sefton's older people's care home admissions in 2020-21 as published.
    assert ratio(433, 65463, "per_100k", 1) == 661.4
    assert resolve(Observation("A", "R", "2020-21", 433, 65463, None), RATE, 5).value == 661.4


def test_ranks_share_the_best_position_when_tied() -> None:
    values = [10.0, 9.0, 8.0, 8.0, 8.0, 5.0]
    assert rank(8.0, values, "high") == (3, True)
    assert rank(10.0, values, "high") == (1, False)
    assert rank(5.0, values, "low") == (1, False)
    assert rank_label(3, True) == "3=" and rank_label(12, False) == "12"
    assert rank_words(12, False, 16) == "12th of 16"
    assert rank_words(3, True, 16) == "joint 3rd of 16"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
        "111th",
    ]


def test_group_figure_is_sum_of_numerators_over_sum_of_denominators() -> None:
    members = [Figure(10.0, numerator=1, denominator=10), Figure(50.0, numerator=9, denominator=18)]
    # (1 + 9) / (10 + 18) × 100 = 35.7%, not the average of 10% and 50%.
    assert group_value(members, SHARE, None) == (35.7, "sum of numerators over sum of denominators")


def test_a_group_figure_that_would_give_a_suppressed_member_back_is_not_shown() -> None:
    hidden = Figure(None, "[c]", "suppressed")
    total = Benchmark("pair", "C", "2023-24", value=290.0)
    # A group of two: its figure and the other member's give the hidden one back.
    assert group_value([Figure(287.0), hidden], COUNT, total) == (None, None)
    assert group_value([Figure(30.0), hidden], SHARE, Benchmark("pair", "S", "x", 31.0)) == (
        None,
        None,
    )
    # A count's total less the other members' gives back the one hidden member.
    assert group_value([Figure(100.0), Figure(187.0), hidden], COUNT, total) == (None, None)
    # Two hidden members of a bigger group are not given back one by one.
    assert group_value([Figure(100.0), hidden, hidden], COUNT, total) == (290.0, "published")
    # A share of a bigger group is not a total: its published figure stands.
    shares = [Figure(10.0), Figure(20.0), hidden]
    assert group_value(shares, SHARE, Benchmark("g", "S", "x", 26.2)) == (26.2, "published")


def test_a_rate_beside_its_denominator_is_suppressed_when_it_gives_a_small_count_back() -> None:
    def figure(value: float, denominator: float) -> Figure:
        row = Observation("X", "S", "2023-24", None, denominator, value)
        return resolve(row, SHARE, 5)

    assert figure(5.0, 60).shorthand == "[c]"  # 5.0% of 60 is 3 people
    assert figure(50.0, 60).value == 50.0
    assert figure(0.0, 60).value == 0.0  # none is not a small count


def test_group_figure_falls_back_to_published_then_median() -> None:
    members = [Figure(10.0), Figure(20.0), Figure(40.0)]
    published = Benchmark("england", "S", "2023-24", value=26.2)
    assert group_value(members, SHARE, published) == (26.2, "published")
    assert group_value(members, SHARE, None) == (20.0, "median of members")
    assert group_value([], SHARE, None) == (None, None)


@pytest.mark.parametrize(
    ("current", "previous", "polarity", "tolerance", "expected"),
    [
        (27.0, 35.1, "low", 0.0, "improving"),
        (35.1, 27.0, "low", 0.0, "worsening"),
        (90.0, 88.0, "high", 0.0, "improving"),
        (88.0, 90.0, "high", 0.0, "worsening"),
        (88.0, 90.0, "none", 0.0, "decreasing"),
        (90.0, 88.0, "none", 0.0, "increasing"),
        (88.3, 88.0, "high", 0.5, "no change"),
        (88.5, 88.0, "high", 0.5, "no change"),
        (88.6, 88.0, "high", 0.5, "improving"),
        (88.0, 88.0, "high", 0.0, "no change"),
    ],
)
def test_direction_of_travel_follows_polarity_and_tolerance(
    current: float, previous: float, polarity: str, tolerance: float, expected: str
) -> None:
    assert direction(current, previous, polarity, tolerance) == expected  # type: ignore[arg-type]


def test_target_met_and_distance_follow_polarity() -> None:
    assert against_target(12.0, 15.0, "low", 1).met is True
    assert against_target(12.0, 15.0, "high", 1).met is False
    assert against_target(12.0, 15.0, "high", 1).distance == -3.0
    assert against_target(15.0, 15.0, "high", 1).met is True
    assert against_target(15.0, 15.0, "none", 1).met is None


def test_snapshot_changes_against_a_week_month_quarter_and_year() -> None:
    series = [
        (date(2023, 11, 24), 2_432_333.0),
        (date(2024, 8, 23), 2_667_155.0),
        (date(2024, 10, 25), 2_678_980.0),
        (date(2024, 11, 22), 2_697_229.0),
        (date(2024, 11, 29), 2_703_204.0),
    ]
    changes = {c.label: c for c in snapshot_changes(series, date(2024, 11, 29), "none")}
    assert changes["week"].since == "2024-11-22" and changes["week"].change == 5_975.0
    assert round(changes["week"].percent_change or 0, 1) == 0.2
    assert changes["month"].since == "2024-10-25"  # nearest on or before 29 October
    assert changes["quarter"].since == "2024-08-23"  # nearest on or before 29 August
    assert changes["year"].since == "2023-11-24"
    assert changes["year"].direction == "increasing"


def test_no_snapshot_that_far_back_means_no_card() -> None:
    series = [(date(2024, 11, 22), 10.0), (date(2024, 11, 29), 12.0)]
    assert [c.label for c in snapshot_changes(series, date(2024, 11, 29), "high")] == ["week"]


def test_month_arithmetic_clamps_to_the_end_of_the_month() -> None:
    assert months_before(date(2024, 5, 31), 1) == date(2024, 4, 30)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2024, 1, 15), 12) == date(2023, 1, 15)


def test_small_counts_are_suppressed_with_everything_derived_from_them() -> None:
    small = resolve(Observation("A", "S", "2023-24", 3, 40, 7.5), SHARE, 5)
    assert (small.value, small.shorthand) == (None, "[c]")
    assert "numerator is below 5" in (small.reason or "")
    assert resolve(Observation("A", "C", "2024-11", value=4), COUNT, 5).shorthand == "[c]"
    assert resolve(Observation("A", "C", "2024-11", value=5), COUNT, 5).value == 5.0
    assert resolve(Observation("A", "S", "2023-24", 3, 40, 7.5), SHARE, 0).value == 7.5


def test_publisher_shorthand_is_kept_with_its_reason() -> None:
    figure = resolve(
        Observation("A", "S", "2023-24", note="[c] Suppressed by NHS England."), SHARE, 5
    )
    assert (figure.shorthand, figure.reason) == ("[c]", "suppressed by the publisher")
    missing = resolve(Observation("A", "S", "2023-24", note="[x] Not collected."), SHARE, 5)
    assert missing.shorthand == "[x]"
