"""The rules behind a measure page's notes, and a score written with its scale."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pytest

from lantern.present.code_notes import ALWAYS, FORMERLY, FROM, UNTIL, code_notes
from lantern.present.collection import last_collected, no_longer_collected
from lantern.present.gate import Gate
from lantern.vocab.units import unit_of


@dataclass(frozen=True)
class Coded:
    measure_id: str
    title: str
    renumbered_as: str = ""
    renumbered_from: str = ""

    @property
    def url(self) -> str:
        return f"measures/{self.measure_id.lower()}/"


# ASCOF's renumbering in 2023-24, cut down: 1D went to 1C and 3A took its old code.
CARERS = Coded("1D", "Quality of life of carers", "1C", "2023-24")
SATISFIED = Coded("3A", "People extremely or very satisfied", "1D", "2023-24")
SAME = Coded("1A", "Quality of life of people who use care", "1A", "2023-24")
KEPT = Coded("2A1", "Younger adults moving into care homes", "2B", "2023-24")


def test_a_reused_code_points_each_measure_to_the_other() -> None:
    notes = code_notes([CARERS, SATISFIED, SAME, KEPT])
    (to_satisfied,) = notes["1D"]
    assert (to_satisfied.code, to_satisfied.use, to_satisfied.period) == ("1D", FROM, "2023-24")
    assert (to_satisfied.measure_id, to_satisfied.url) == ("3A", "measures/3a/")
    (to_carers,) = notes["3A"]
    assert (to_carers.code, to_carers.use, to_carers.period) == ("1D", UNTIL, "2023-24")
    assert to_carers.title == CARERS.title


def test_a_measure_that_keeps_its_code_or_takes_a_free_one_gets_no_note() -> None:
    notes = code_notes([CARERS, SATISFIED, SAME, KEPT])
    assert "1A" not in notes and "2A1" not in notes


def test_codes_match_as_web_addresses_do_ignoring_case() -> None:
    notes = code_notes([CARERS, Coded("3A", "Satisfaction", "1d", "2023-24")])
    assert [n.measure_id for n in notes["1D"]] == ["3A"]


def test_an_old_code_from_the_settings_is_a_code_too() -> None:
    renamed = Coded("2A1", "Younger adults moving into care homes")
    notes = code_notes([renamed, Coded("2B", "Another 2B")], {"2B": "2A1"})
    assert [(n.code, n.use, n.measure_id) for n in notes["2B"]] == [("2B", FORMERLY, "2A1")]
    assert [(n.code, n.use, n.measure_id) for n in notes["2A1"]] == [("2B", ALWAYS, "2B")]


@pytest.mark.parametrize(
    ("last_figure", "latest", "expected"),
    [
        ("2019-20", "2024-11", "2019-20"),  # delayed transfers of care
        ("2022-23", "2024-11", "2022-23"),  # nothing in 2023-24 or 2024-25
        ("2023-24", "2024-11", ""),  # the carers' survey, every two years
        ("2023-24 Q4", "2024-25", ""),
        ("2023-03", "2024-25", "2023-03"),
        # The two years follow the release: with 2023-24 the latest, 2022-23 is recent.
        ("2022-23", "2024-03", ""),
        ("2021-22", "2024-03", "2021-22"),
        (None, "2024-25", ""),
    ],
)
def test_no_longer_collected_means_no_figure_in_the_releases_last_two_years(
    last_figure: str | None, latest: str, expected: str
) -> None:
    assert last_collected(last_figure, latest) == expected


def test_a_suppressed_figure_was_collected_but_a_missing_one_was_not() -> None:
    rows = [
        ("OLD", "2019-20", 13.1, ""),
        ("OLD", "2024-25", None, "[x] No longer collected."),
        ("HIDDEN", "2024-25", None, "[c] Fewer than 5."),
        ("NEW", "2024-11", 40.0, ""),
    ]
    values = pd.DataFrame(rows, columns=["measure_id", "period", "value", "note"])
    values["numerator"] = None
    benchmarks = pd.DataFrame({"period": pd.Series(dtype="string")})
    assert no_longer_collected(values, benchmarks) == {"OLD": "2019-20"}


def test_a_score_is_written_with_its_scale_in_words_and_on_an_axis() -> None:
    assert Gate().text(18.74, "score_out_of_24", 1) == "18.7 out of 24"
    assert unit_of("score_out_of_24").axis == "Score (out of 24)"
    assert unit_of("score_out_of_24").words == "score out of 24"
    assert Gate().text(0.386, "score", 3) == "0.386"
