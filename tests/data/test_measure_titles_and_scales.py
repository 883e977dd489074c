"""Measures readers can tell apart: one title each, and a score that says its scale."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from support import MEASURES, VALUES, problem_at, write_release

from lantern.data.problems import Problem
from lantern.data.validation import validate_release


def problems_of(release: Path) -> list[Problem]:
    return validate_release(release, with_schemas=False).problems


def test_two_measures_with_one_title_are_refused_naming_both_rows(tmp_path: Path) -> None:
    """Capitals and spaces do not make two titles different."""
    measures = [MEASURES[0], {**MEASURES[1], "title": "  households PREVENTED from  becoming "
                              "homeless "}]  # fmt: skip
    release = write_release(tmp_path / "data", measures=measures)
    assert len(problems_of(release)) == 1
    problem = problem_at(
        release, "duplicate-title", "reference/measures.csv", 3, "title", with_schemas=False
    )
    assert "H2 has the same title as H1 in row 2" in problem.message


def test_measures_with_different_titles_pass(tmp_path: Path) -> None:
    assert problems_of(write_release(tmp_path / "data")) == []


def test_the_example_measures_each_have_their_own_title(project: Path) -> None:
    with (project / "data" / "reference" / "measures.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    titles = [" ".join(r["title"].casefold().split()) for r in rows]
    assert len(set(titles)) == len(titles)
    by_id = {r["measure_id"]: r["title"] for r in rows}
    # Two satisfaction measures, counting different answers, say so.
    assert "extremely or very" in by_id["3A"]
    assert "extremely, very or quite" in by_id["ASCS-SATISFIED"]


def scored(tmp_path: Path, unit: str, value: str) -> list[Problem]:
    measures = [{**MEASURES[0], "unit": unit}, MEASURES[1]]
    values = [{**VALUES[0], "numerator": "", "denominator": "", "value": value}, *VALUES[1:]]
    values = [v for v in values if v["measure_id"] != "H1" or v is values[0]]
    return problems_of(write_release(tmp_path / "data", values=values, measures=measures))


def test_a_score_out_of_24_is_a_unit(tmp_path: Path) -> None:
    assert scored(tmp_path, "score_out_of_24", "18.7") == []


def test_a_score_above_its_maximum_is_impossible(tmp_path: Path) -> None:
    (problem,) = scored(tmp_path, "score_out_of_24", "24.5")
    assert (problem.code, problem.row, problem.field) == ("impossible-value", 2, "value")
    assert "it must be from 0 to 24" in problem.message


@pytest.mark.parametrize("unit", ["score_out_of_", "score_out_of_0", "score_out_of_x", "score24"])
def test_a_scale_must_be_a_whole_number_above_0(tmp_path: Path, unit: str) -> None:
    problems = scored(tmp_path, unit, "18.7")
    assert any(
        (p.code, p.field) == ("unknown-unit", "unit")
        and "score_out_of_N for a score out of N" in p.message
        for p in problems
    ), problems
