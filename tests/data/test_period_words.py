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
        # Public health's periods, named as ONS names them; a year is HTML's year.
        ("2022", "2022", "2022"),
        ("2020 to 2022", "2020 to 2022", ""),
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
    assert every_period(["2019", "2022"]) == ["2019", "2020", "2021", "2022"]
    # Rolling three-year periods step a year; a missing one is a gap, not a join.
    rolling = ["2018 to 2020", "2020 to 2022"]
    assert every_period(rolling) == ["2018 to 2020", "2019 to 2021", "2020 to 2022"]
    # Periods side by side step their span, so no period is invented between them.
    side_by_side = ["2014 to 2016", "2017 to 2019", "2023 to 2025"]
    assert every_period(side_by_side) == [
        "2014 to 2016", "2017 to 2019", "2020 to 2022", "2023 to 2025"
    ]  # fmt: skip
    snapshots = ["2023-11-29", "2024-10-29", "2024-11-22", "2024-11-29"]
    assert every_period(snapshots) == snapshots


@pytest.mark.parametrize(
    "period",
    [
        *("2024-11-29", "2024-01-05", "2023-12", "2023-24 Q1", "2023-24 Q4", "2023-24"),
        *("2022", "2020 to 2022"),
    ],
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


def test_public_healths_periods_are_kinds_of_their_own_compared_only_with_their_kind() -> None:
    from lantern.vocab.periods import PeriodError, PeriodKind, parse_period

    assert parse_period("2022").kind is PeriodKind.CALENDAR_YEAR
    assert parse_period("2020 to 2022").kind is PeriodKind.POOLED
    # A calendar year is not the financial year that starts in it.
    assert parse_period("2022").kind is not parse_period("2022-23").kind
    # 2001-03 would be March 2001, so pooled years are written with "to"; the error says so.
    with pytest.raises(PeriodError, match="written 2020 to 2022"):
        parse_period("2020-22")
    with pytest.raises(PeriodError, match="ends before"):
        parse_period("2022 to 2020")
    assert parse_period("2001-03").kind is PeriodKind.MONTH
