"""Periods and dates in words, the form a resident reads, and the form <time> keeps."""

from __future__ import annotations

import pytest

from lantern.data.periods import in_words, machine_date


@pytest.mark.parametrize(
    ("period", "words", "machine"),
    [
        ("2024-11-29", "29 November 2024", "2024-11-29"),
        ("2024-01-05", "5 January 2024", "2024-01-05"),
        ("2023-12", "December 2023", "2023-12"),
        # A quarter is its months: "Q4" alone does not say which year it belongs to.
        ("2023-24 Q1", "April to June 2023", ""),
        ("2023-24 Q4", "January to March 2024", ""),
        # A financial year keeps the name ASCOF and the council's reports give it.
        ("2023-24", "2023-24", ""),
        # A release tag or a note is not a period, so it is left as it is.
        ("v2", "v2", ""),
    ],
)
def test_a_period_in_words_and_in_the_form_datetime_takes(
    period: str, words: str, machine: str
) -> None:
    assert (in_words(period), machine_date(period)) == (words, machine)


def test_the_periods_between_two_reported_ones_are_filled_in_and_snapshots_kept() -> None:
    from lantern.data.periods import every_period

    assert every_period(["2018-19", "2021-22"]) == ["2018-19", "2019-20", "2020-21", "2021-22"]
    assert every_period(["2023-24 Q3", "2024-25 Q2"]) == [
        "2023-24 Q3", "2023-24 Q4", "2024-25 Q1", "2024-25 Q2"
    ]  # fmt: skip
    assert every_period(["2023-11", "2024-02"]) == ["2023-11", "2023-12", "2024-01", "2024-02"]
    snapshots = ["2023-11-29", "2024-10-29", "2024-11-22", "2024-11-29"]
    assert every_period(snapshots) == snapshots
