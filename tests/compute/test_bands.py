"""Quartile bands worked by hand, from the cases in docs/methodology.md."""

from __future__ import annotations

import pytest

from lantern.compute.bands import (
    band_from_thresholds,
    band_from_values,
    cut_points,
    too_few_reason,
)

ONE_TO_TEN = [float(v) for v in range(1, 11)]
TIES = [1.0, 2.0, 3.0, 3.0, 3.0, 3.0, 7.0, 8.0, 9.0, 10.0]


def test_cut_points_of_one_to_ten_are_interpolated_like_excel_quartile_inc() -> None:
    # h = (10 - 1) × p + 1: Q1 at 3.25 → 3 + 0.25 × (4 - 3); median at 5.5; Q3 at 7.75.
    assert cut_points(ONE_TO_TEN) == (1.0, 3.25, 5.5, 7.75, 10.0)


@pytest.mark.parametrize("method", ["inclusive-better", "fingertips-legacy"])
def test_one_to_ten_high_is_good_bands_every_value(method: str) -> None:
    bands = [band_from_values(v, ONE_TO_TEN, "high", method)[0] for v in ONE_TO_TEN]
    assert bands == ["bottom"] * 3 + ["middle"] * 4 + ["top"] * 3


@pytest.mark.parametrize("method", ["inclusive-better", "fingertips-legacy"])
def test_one_to_ten_quartiles_by_value_match_fingertips(method: str) -> None:
    quartiles = [band_from_values(v, ONE_TO_TEN, "high", method)[1] for v in ONE_TO_TEN]
    assert quartiles == [1, 1, 1, 2, 2, 3, 3, 4, 4, 4]


def test_one_to_ten_low_is_good_mirrors_the_bands() -> None:
    bands = [band_from_values(v, ONE_TO_TEN, "low", "inclusive-better")[0] for v in ONE_TO_TEN]
    assert bands == ["top"] * 3 + ["middle"] * 4 + ["bottom"] * 3


def test_ties_on_the_cut_points_share_a_band() -> None:
    # Q1 = median = 3 and Q3 = 7.75: the four areas at 3 are all on two cut-points.
    assert cut_points(TIES) == (1.0, 3.0, 3.0, 7.75, 10.0)
    high = {v: band_from_values(v, TIES, "high", "inclusive-better")[0] for v in TIES}
    assert high == {
        1.0: "bottom",
        2.0: "bottom",
        3.0: "middle",
        7.0: "middle",
        8.0: "top",
        9.0: "top",
        10.0: "top",
    }
    low = {v: band_from_values(v, TIES, "low", "inclusive-better")[0] for v in TIES}
    assert low[3.0] == "top" and low[7.0] == "middle" and low[8.0] == "bottom"


def test_legacy_rule_puts_a_value_on_a_cut_point_in_the_lower_quartile() -> None:
    # Fingertips' legacy rule: 3 ≤ Q1 → quartile 1, so bottom when high is good.
    assert band_from_values(3.0, TIES, "high", "fingertips-legacy")[:2] == ("bottom", 1)
    assert band_from_values(3.0, TIES, "high", "inclusive-better")[:2] == ("middle", 3)


@pytest.mark.parametrize(
    ("value", "high", "low"),
    [
        (3.25, "middle", "top"),  # exactly Q1
        (5.5, "middle", "middle"),  # exactly the median
        (7.75, "top", "middle"),  # exactly Q3
        (3.2499, "bottom", "top"),
        (7.7501, "top", "bottom"),
    ],
)
def test_a_value_exactly_on_a_cut_point_gets_the_better_band(
    value: float, high: str, low: str
) -> None:
    cuts = cut_points(ONE_TO_TEN)
    assert band_from_thresholds(value, cuts[1], cuts[3], "high") == high
    assert band_from_thresholds(value, cuts[1], cuts[3], "low") == low


def test_a_member_exactly_on_a_cut_point_gets_the_better_band() -> None:
    members = [float(v) for v in range(1, 10)]  # Q1 is 3 and Q3 is 7: members on both
    assert cut_points(members)[1::2] == (3.0, 7.0)
    assert band_from_values(7.0, members, "high", "inclusive-better")[0] == "top"
    assert band_from_values(3.0, members, "high", "inclusive-better")[0] == "middle"
    assert band_from_values(3.0, members, "low", "inclusive-better")[0] == "top"
    assert band_from_values(7.0, members, "low", "inclusive-better")[0] == "middle"


def test_council_tied_at_100_percent_with_many_others_is_top_quartile() -> None:
    values = [80.0, 85.0, 90.0, 95.0, 99.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]
    band, quartile, cuts = band_from_values(100.0, values, "high", "inclusive-better")
    assert cuts[3] == 100.0 and (band, quartile) == ("top", 4)
    # Fingertips' legacy rule would call the best possible value middle.
    assert band_from_values(100.0, values, "high", "fingertips-legacy")[0] == "middle"


def test_four_values_are_enough_and_the_reason_for_three_is_given() -> None:
    assert band_from_values(4.0, [1.0, 2.0, 3.0, 4.0], "high", "inclusive-better")[0] == "top"
    assert too_few_reason(3) == "not compared: only 3 areas have a value (at least 4 are needed)"
    assert too_few_reason(1) == "not compared: only 1 area has a value (at least 4 are needed)"


def test_all_equal_values_are_top_quartile_for_both_polarities() -> None:
    values = [50.0] * 6
    assert cut_points(values) == (50.0, 50.0, 50.0, 50.0, 50.0)
    assert band_from_values(50.0, values, "high", "inclusive-better")[0] == "top"
    assert band_from_values(50.0, values, "low", "inclusive-better")[0] == "top"


def test_an_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown band method 'deciles'"):
        band_from_values(1.0, ONE_TO_TEN, "high", "deciles")
