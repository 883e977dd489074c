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


FEEDBACK = [{"type": "Complaint", "number": "32"}, {"type": "Compliment", "number": "20"}]
CATEGORIES = [{"category": "Decisions", "number": "30"}, {"category": "Staff", "number": "2"}]
ACROSS = {
    "column": "number",
    "total": {"resource": "feedback", "row": {"type": "Complaint"}, "column": "number"},
}


def complaints(
    release: Path, totals: list[dict[str, object]], categories: list[dict[str, str]]
) -> None:
    """A package of two tables: feedback by type, and complaints (one type) by category."""
    folder = release / "complaints"
    write_package(
        folder,
        "complaints",
        {"feedback.csv": (FEEDBACK, ["type"]), "categories.csv": (categories, ["category"])},
    )
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            if field["name"] == "number":
                field.update(type="integer", unit="count")
        if resource["name"] == "categories":
            resource["schema"]["totals"] = totals
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


def test_a_total_across_two_tables_that_adds_up_is_valid(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    complaints(release, [ACROSS], CATEGORIES)
    assert validate(release, capsys) == (0, "")


def test_a_total_across_two_tables_that_does_not_add_up_names_the_total(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    complaints(release, [ACROSS], [CATEGORIES[0], {**CATEGORIES[1], "number": "3"}])
    problem = problem_at(release, "total-does-not-add-up", "complaints/feedback.csv", 2, "number")
    assert "make 33" in problem.message


@pytest.mark.parametrize(
    ("total", "code"),
    [
        ({**ACROSS["total"], "resource": "types"}, "total-names-no-table"),  # type: ignore[dict-item]
        ({**ACROSS["total"], "column": "count"}, "total-names-no-column"),  # type: ignore[dict-item]
        ({**ACROSS["total"], "row": {"type": "Complaints"}}, "total-names-no-row"),  # type: ignore[dict-item]
    ],
    ids=["no such table", "no such column", "no such row"],
)
def test_a_total_across_two_tables_naming_what_is_not_there_is_an_error(
    release: Path, capsys: pytest.CaptureFixture[str], total: dict[str, object], code: str
) -> None:
    complaints(release, [{**ACROSS, "total": total}], CATEGORIES)
    assert validate(release, capsys)[0] == 1
    assert any(p.code == code for p in validate_problems(release))


def validate_problems(release: Path) -> list:  # type: ignore[type-arg]
    from lantern.data.validation import validate_release

    return list(validate_release(release).problems)
