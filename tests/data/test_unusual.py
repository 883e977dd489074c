"""Unusual figures are listed to check, never refused: a jump, or outside a measure's hint."""

from __future__ import annotations

from lantern.data.plausibility import unusual


def test_a_tenfold_jump_either_way_is_listed_with_the_period_before() -> None:
    figures = {("M", "2024-10"): 40.0, ("M", "2024-11"): 400.0, ("M", "2024-12"): 39.0}
    assert unusual(figures, {}) == [
        ("M", "2024-11", "10 or more times the October 2024 figure"),
        ("M", "2024-12", "a 10th or less of the November 2024 figure"),
    ]


def test_ordinary_changes_and_different_kinds_of_period_are_not_compared() -> None:
    figures = {("M", "2023-24"): 5.0, ("M", "2024-10"): 400.0, ("M", "2024-11"): 300.0}
    assert unusual(figures, {}) == []


def test_a_figure_outside_the_measure_s_hint_is_listed() -> None:
    figures = {("M", "2023-24"): 5.0, ("N", "2023-24"): 50.0}
    hints = {"M": (10.0, None), "N": (None, 60.0)}
    assert unusual(figures, hints) == [("M", "2023-24", "outside the range measures.csv expects")]
