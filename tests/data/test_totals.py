"""Declared totals: disclosure control relies on them, so a wrong one stops the release."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import problem_at, write_csv, write_package

from lantern.cli.command import main

STAFF = [
    {"course": "First aid", "done": "37", "not_done": "3", "staff": "40"},
    {"course": "Fire safety", "done": "30", "not_done": "10", "staff": "40"},
    {"course": "All courses", "done": "67", "not_done": "13", "staff": "80"},
]


def training(release: Path, totals: list[dict[str, object]], rows: list[dict[str, str]]) -> None:
    folder = release / "training"
    write_package(folder, "training", {"courses.csv": (rows, ["course"])})
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    schema = descriptor["resources"][0]["schema"]
    for field in schema["fields"]:
        if field["name"] != "course":
            field.update(type="integer", unit="count")
    schema["totals"] = totals
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    write_csv(folder / "courses.csv", rows)


ROW_TOTAL = {"total": "staff", "parts": ["done", "not_done"]}
COLUMN_TOTAL = {"field": "course", "total": "All courses", "parts": ["First aid", "Fire safety"]}


def validate(release: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["validate", str(release)])
    return code, capsys.readouterr().err


def test_totals_that_add_up_are_valid(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    training(release, [ROW_TOTAL, COLUMN_TOTAL], STAFF)
    assert validate(release, capsys) == (0, "")


def test_a_row_total_that_does_not_add_up_names_the_row_and_column(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [dict(r) for r in STAFF]
    rows[1]["staff"] = "41"
    training(release, [ROW_TOTAL], rows)
    problem = problem_at(release, "total-does-not-add-up", "training/courses.csv", 3, "staff")
    assert "done + not_done make 40" in problem.message


def test_a_total_row_that_does_not_add_up_is_an_error(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [dict(r) for r in STAFF]
    rows[2]["done"] = "66"
    training(release, [COLUMN_TOTAL], rows)
    problem = problem_at(release, "total-does-not-add-up", "training/courses.csv", 4, "done")
    assert "parts make 67" in problem.message


def test_a_total_naming_a_missing_column_or_row_is_an_error(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    training(
        release,
        [{"total": "everyone", "parts": ["done"]}, {**COLUMN_TOTAL, "total": "Every course"}],
        STAFF,
    )
    code, _ = validate(release, capsys)
    assert code == 1
    courses = "training/courses.csv"
    problem = problem_at(release, "total-names-no-column", courses, None, None)
    assert "no column everyone" in problem.message
    problem = problem_at(release, "total-names-no-row", courses, None, "course")
    assert "Every course" in problem.message
