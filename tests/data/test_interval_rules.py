"""Intervals in values.csv: both ends or neither, numbers, around the value, only beside a
value, at a confidence level the Table Schema declares; and they load with their level."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import VALUES, problem_at, write_release

from lantern.data.validation import validate_release

# Riverside's 2023-24 figure (57 of 76, 75.0%) with a 95% interval.
ROWS = [{**row, "lower": "", "upper": ""} for row in VALUES]
WITH = 3  # the spreadsheet row of Riverside's 2023-24 figure (row 1 is the header)


def with_intervals(
    release: Path, lower: str = "70.1", upper: str = "79.2", level: object = 95
) -> Path:
    """The fixture release with one interval, and ``level`` (None: none) in the schema."""
    rows = [dict(row) for row in ROWS]
    rows[WITH - 2].update(lower=lower, upper=upper)
    write_release(release, values=rows)
    path = release / "housing" / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for field in descriptor["resources"][0]["schema"]["fields"]:
        if field["name"] in ("lower", "upper"):
            field["type"] = "number"
            if level is not None:
                field["confidenceLevel"] = level
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    return release


def test_a_good_interval_passes_frictionless_and_lantern(release: Path) -> None:
    assert validate_release(with_intervals(release)).problems == []


def test_an_interval_loads_with_its_level(release: Path) -> None:
    from lantern.data import records
    from lantern.data.loading import to_dataset

    dataset = to_dataset(validate_release(with_intervals(release), with_schemas=False))
    (found,) = [o for o in records.observations(dataset) if o.lower is not None]
    assert (found.period, found.lower, found.upper, found.confidence_level) == (
        "2023-24",
        70.1,
        79.2,
        95.0,
    )


@pytest.mark.parametrize(
    ("lower", "upper", "column"),
    [("70.1", "", "upper"), ("", "79.2", "lower")],
)
def test_half_an_interval_is_a_problem(release: Path, lower: str, upper: str, column: str) -> None:
    with_intervals(release, lower, upper)
    problem_at(
        release, "interval-one-sided", "housing/values.csv", WITH, column, with_schemas=False
    )


@pytest.mark.parametrize(
    ("lower", "upper", "column"),
    [("76.0", "79.2", "lower"), ("70.1", "74.0", "upper"), ("79.2", "70.1", "lower")],
)
def test_a_value_outside_its_interval_is_a_problem(
    release: Path, lower: str, upper: str, column: str
) -> None:
    with_intervals(release, lower, upper)
    problem = problem_at(
        release, "value-outside-interval", "housing/values.csv", WITH, column, with_schemas=False
    )
    assert "75" in problem.message


def test_an_end_on_the_rounded_value_is_inside(release: Path) -> None:
    # 57 / 76 is 75.0 to one decimal place; an interval ending at 75.0 holds it.
    with_intervals(release, "70.1", "75.0")
    assert validate_release(release, with_schemas=False).problems == []


def test_an_end_that_is_not_a_number_is_a_problem(release: Path) -> None:
    with_intervals(release, "70,1", "79.2")
    problem_at(release, "not-a-number", "housing/values.csv", WITH, "lower", with_schemas=False)


def test_an_interval_beside_a_suppressed_value_is_a_problem(release: Path) -> None:
    rows = [dict(row) for row in ROWS]
    rows[3].update(lower="10.0", upper="20.0")  # Marshby's [c]
    write_release(release, values=rows)
    problem_at(
        release, "interval-without-value", "housing/values.csv", 5, "lower", with_schemas=False
    )


@pytest.mark.parametrize("level", [None, "95", 0.95, 100, True])
def test_an_interval_needs_a_confidence_level_in_the_schema(release: Path, level: object) -> None:
    with_intervals(release, level=level)
    problem_at(
        release,
        "bad-confidence-level",
        "housing/datapackage.json",
        None,
        "lower",
        with_schemas=False,
    )


def test_a_measure_compares_by_quartile_or_interval_only(release: Path) -> None:
    from support import MEASURES

    measures = [{**m, "comparison": ""} for m in MEASURES]
    measures[0]["comparison"] = "interval"
    write_release(release, measures=measures)
    assert validate_release(release, with_schemas=False).problems == []
    measures[1]["comparison"] = "overlap"
    write_release(release, measures=measures)
    problem_at(
        release, "unknown-comparison", "reference/measures.csv", 3, "comparison", with_schemas=False
    )
