"""Periods and dates in words, the form a resident reads, and the form <time> keeps."""

from __future__ import annotations

import pytest

from lantern.vocab.periods import in_words, machine_date


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
        # A run of months, as a report states a figure for them.
        ("2022-10 to 2022-11", "October to November 2022", ""),
        ("2024-11 to 2025-01", "November 2024 to January 2025", ""),
        # A release tag or a note is not a period, so it is left as it is.
        ("v2", "v2", ""),
    ],
)
def test_a_period_in_words_and_in_the_form_datetime_takes(
    period: str, words: str, machine: str
) -> None:
    assert (in_words(period), machine_date(period)) == (words, machine)


def test_the_periods_between_two_reported_ones_are_filled_in_and_snapshots_kept() -> None:
    from lantern.vocab.periods import every_period

    assert every_period(["2018-19", "2021-22"]) == ["2018-19", "2019-20", "2020-21", "2021-22"]
    assert every_period(["2023-24 Q3", "2024-25 Q2"]) == [
        "2023-24 Q3", "2023-24 Q4", "2024-25 Q1", "2024-25 Q2"
    ]  # fmt: skip
    assert every_period(["2023-11", "2024-02"]) == ["2023-11", "2023-12", "2024-01", "2024-02"]
    snapshots = ["2023-11-29", "2024-10-29", "2024-11-22", "2024-11-29"]
    assert every_period(snapshots) == snapshots


@pytest.mark.parametrize(
    "period", ["2024-11-29", "2024-01-05", "2023-12", "2023-24 Q1", "2023-24 Q4", "2023-24"]
)
def test_a_period_written_in_words_is_read_back_and_dated_ones_are_on_a_day(period: str) -> None:
    from lantern.vocab.periods import periods_named, when_words

    assert periods_named(f"Referrals {when_words(period)}: the week's figure") == {period}
    assert when_words(period).startswith("on " if period.count("-") == 2 else "in ")


def test_only_periods_either_side_of_a_series_break_cross_it() -> None:
    from lantern.vocab.periods import crosses_break

    assert crosses_break("2023-24", "2024-25", "2024-25")
    assert crosses_break("2023-24", "2024-06", "2024-25")  # a month of the new series
    assert not crosses_break("2024-25", "2025-26", "2024-25")
    assert not crosses_break("2022-23", "2023-24", "2024-25")
    assert not crosses_break("2023-24", "2024-25", None)
