"""`lantern validate`: a good release passes with a summary; a bad one names file, row, column."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from support import AREAS, GROUPS, MEASURES, VALUES, problem_at, write_release

from lantern.cli.command import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def edit_csv(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell; ``row`` counts the header as row 1, as messages do."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[row - 2][column] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_example_release_is_valid_and_summarised(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(project / "data"))
    assert (code, err) == (0, "")
    assert (
        "packages" in out
        and "measures" in out
        and "areas" in out
        and out.rstrip().endswith("valid.")
    )


def test_small_release_summary_counts_packages_rows_measures_and_areas(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, str(release))
    rows = len(AREAS) + len(GROUPS) + len(MEASURES) + len(VALUES)
    assert code == 0
    assert f"2 packages, {rows} rows, {len(MEASURES)} measures, 5 areas: valid." in out


def test_missing_column_is_named(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{k: v for k, v in row.items() if k != "status"} for row in VALUES]
    write_release(release, values=rows)
    problem = problem_at(release, "missing-column", "housing/values.csv", 1, "status")
    assert "'status'" in problem.message


def test_unknown_measure_id_names_file_row_and_column(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "housing" / "values.csv", 3, "measure_id", "H9")
    problem = problem_at(release, "unknown-measure", "housing/values.csv", 3, "measure_id")
    assert "'H9'" in problem.message


def test_unknown_measure_id_in_wrong_case_gets_a_hint(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "housing" / "values.csv", 2, "measure_id", "h1")
    problem = problem_at(release, "unknown-measure", "housing/values.csv", 2, "measure_id")
    assert "did you mean 'H1'?" in problem.hint


def test_bad_period_is_explained_with_the_formats(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "housing" / "values.csv", 4, "period", "2023/24")
    problem = problem_at(release, "not-a-period", "housing/values.csv", 4, "period")
    assert "'2023/24'" in problem.message
    assert "2023-24 for a financial year" in problem.hint


def test_financial_year_that_does_not_follow_on_is_explained(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "housing" / "values.csv", 2, "period", "2022-25")
    problem = problem_at(release, "not-a-period", "housing/values.csv", 2, "period")
    assert "neither a financial year" in problem.message


def test_years_counted_together_over_another_number_of_years_are_refused(
    release: Path,
) -> None:
    values = release / "housing" / "values.csv"
    for row, period in ((2, "2018 to 2020"), (3, "2019 to 2021"), (4, "2016 to 2020")):
        edit_csv(values, row, "period", period)
    problem = problem_at(release, "pooled-lengths-differ", "housing/values.csv", 4, "period")
    assert "'2016 to 2020' counts 5 years together" in problem.message
    assert "'2018 to 2020' (row 2) counts 3" in problem.message
    assert "give every period of H1 3 years" in problem.hint


def test_non_numeric_value_is_reported_once_with_a_hint(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "housing" / "values.csv", 2, "value", "50,0")
    code, _, err = run(capsys, str(release))
    assert code == 1
    lines = [line for line in err.splitlines() if "row 2, column value" in line]
    expected = (
        f"{lines[0].split(' row ')[0]} row 2, column value: Expected a number, got '50,0'. "
        "Hint: write numbers without commas, currency signs or % (e.g. 1234.5)."
    )
    assert lines == [expected]


def test_a_row_after_a_blank_line_is_named_by_its_own_number(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    values = release / "housing" / "values.csv"
    edit_csv(values, 3, "value", "50,0")
    lines = values.read_text(encoding="utf-8").splitlines(keepends=True)
    values.write_text("".join([*lines[:2], ",,,,,,,\n", *lines[2:]]), encoding="utf-8")
    code, _, err = run(capsys, str(release))
    assert code == 1
    assert "row 4, column value: Expected a number, got '50,0'." in err
    assert "row 3, column value" not in err


def test_value_disagreeing_with_numerator_and_denominator_is_an_error(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "housing" / "values.csv", 3, "value", "75.2")
    kind = "value-not-numerator-ratio"
    problem = problem_at(release, kind, "housing/values.csv", 3, "value")
    assert "57 / 76 = 75.000" in problem.message


def test_value_within_rounding_of_numerator_and_denominator_is_accepted(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "housing" / "values.csv", 3, "numerator", "57.03")  # 75.039… rounds to 75.0
    code, _, _ = run(capsys, str(release))
    assert code == 0


@pytest.mark.parametrize(
    ("column", "value", "kind", "words"),
    [
        ("unit", "percentage", "unknown-unit", "Allowed: percent, per_100k"),
        ("polarity", "up", "unknown-polarity", "Allowed: high, low, none"),
        ("decimals", "one", "bad-decimals", "got 'one'"),
    ],
)
def test_measure_definitions_use_the_allowed_lists(
    release: Path, column: str, value: str, kind: str, words: str
) -> None:
    edit_csv(release / "reference" / "measures.csv", 2, column, value)
    problem = problem_at(release, kind, "reference/measures.csv", 2, column)
    assert words in problem.message


@pytest.mark.parametrize(
    ("words", "value", "kind"),
    [
        ("Counted a new way.", "2024-13", "not-a-period"),
        ("", "2024-25", "series-break-without-reason"),
    ],
)
def test_a_series_break_names_a_real_period_and_says_why(
    release: Path, words: str, value: str, kind: str
) -> None:
    measures = release / "reference" / "measures.csv"
    edit_csv(measures, 2, "series_break", words)
    edit_csv(measures, 2, "series_break_from", value)
    problem = problem_at(release, kind, "reference/measures.csv", 2, "series_break_from")
    assert value in problem.message


def test_duplicate_value_rows_point_at_the_first(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_release(release, values=[*VALUES, VALUES[0]])
    row = len(VALUES) + 2
    problem = problem_at(release, "duplicate-row", "housing/values.csv", row, "period")
    assert "already appears in row 2." in problem.message


def test_unknown_area_in_a_comparator_group_is_reported(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(release / "reference" / "groups.csv", 2, "area_code", "X99")
    problem = problem_at(release, "unknown-area", "reference/groups.csv", 2, "area_code")
    assert "'X99'" in problem.message


def test_row_with_no_value_must_say_why(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_csv(release / "housing" / "values.csv", 5, "note", "")
    problem_at(release, "value-without-reason", "housing/values.csv", 5, "value")


def test_folder_without_datapackage_is_reported(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (release / "stray").mkdir()
    (release / "stray" / "values.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    problem_at(release, "missing-descriptor", "stray/datapackage.json", None, None)


def test_file_that_is_not_utf8_is_reported_not_crashed(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = release / "housing" / "values.csv"
    path.write_bytes(path.read_bytes().replace(b"Month end", b"Month\x96end"))
    code, _, err = run(capsys, str(release))
    assert code == 1
    assert "Traceback" not in err
    # The row, not a byte offset: the spreadsheet row an analyst can find.
    row = 1 + path.read_bytes().split(b"\n").index(
        next(line for line in path.read_bytes().split(b"\n") if b"\x96" in line)
    )
    problem = problem_at(release, "not-utf8", "housing/values.csv", row, None)
    assert "(byte 0x96)" in problem.message


def test_missing_data_folder_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, str(tmp_path / "nowhere"))
    assert code == 1
    assert "does not exist" in err
    nowhere = str(tmp_path / "nowhere")
    problem_at(tmp_path / "nowhere", "missing-data-folder", nowhere, None, None)


def test_bad_cell_in_the_example_release_is_found(
    example_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_csv(example_copy / "ascof" / "values.csv", 10, "period", "2020/21")
    code, _, err = run(capsys, str(example_copy))
    assert code == 1
    assert "ascof/values.csv row 10, column period: '2020/21' is not a period." in err
    problem_at(example_copy, "not-a-period", "ascof/values.csv", 10, "period")


@pytest.mark.parametrize("small", [0, 10**9], ids=["in other processes", "in the build's own"])
def test_frictionless_is_asked_again_only_when_a_package_changes(
    release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small: int
) -> None:
    """A rebuild reuses Frictionless's verdict on unchanged packages; an edit is read, whether
    the packages are checked in other processes (large ones) or in the build's own (small)."""
    from concurrent.futures import ThreadPoolExecutor

    from lantern.data import frictionless_check
    from lantern.data.validation import validate_release

    asked: list[str] = []
    real = frictionless_check._frictionless_problems

    def counted(folder: Path, label: str) -> list:  # type: ignore[type-arg]
        asked.append(folder.name)
        return real(folder, label)

    monkeypatch.setattr(frictionless_check, "_frictionless_problems", counted)
    # Threads in place of processes, so the calls are counted here.
    monkeypatch.setattr(frictionless_check, "ProcessPoolExecutor", ThreadPoolExecutor)
    monkeypatch.setattr(frictionless_check, "CHECK_HERE_BELOW_BYTES", small)
    cache = tmp_path / "cache"
    assert validate_release(release, cache=cache).problems == []
    first = sorted(asked)
    asked.clear()
    assert validate_release(release, cache=cache).problems == []
    assert asked == []
    edit_csv(release / "housing" / "values.csv", 2, "value", "fifty")
    problems = validate_release(release, cache=cache).problems
    assert asked == ["housing"] and len(first) == 2
    assert any(p.file.endswith("values.csv") and p.field == "value" for p in problems)


def own_groups(release: Path, rows: list[dict[str, str]]) -> None:
    """Rewrite groups.csv with a for_area column (and its schema) and the given own rows."""
    from support import write_package

    shared = [{**g, "for_area": ""} for g in GROUPS]
    write_package(
        release / "reference",
        "reference",
        {
            "areas.csv": (AREAS, ["area_code"]),
            "groups.csv": ([*shared, *rows], ["group_id", "for_area", "area_code"]),
            "measures.csv": (MEASURES, ["measure_id"]),
        },
    )


def test_each_areas_own_group_may_hold_the_same_areas(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two councils' neighbours overlap: the same member in two areas' own groups is fine,
    the same member twice in one area's group is not, and for_area must be an area."""
    near = {"group_id": "near", "group_name": "Neighbours"}
    own_groups(
        release,
        [
            {**near, "area_code": "X02", "for_area": "X01"},
            {**near, "area_code": "X02", "for_area": "X03"},
            {**near, "area_code": "X03", "for_area": "X03"},
        ],
    )
    code, _, _ = run(capsys, str(release))
    assert code == 0
    own_groups(
        release,
        [
            {**near, "area_code": "X02", "for_area": "X01"},
            {**near, "area_code": "X03", "for_area": "X99"},
            {**near, "area_code": "X02", "for_area": "X01"},
        ],
    )
    first = len(GROUPS) + 2
    groups = "reference/groups.csv"
    problem = problem_at(release, "unknown-area", groups, first + 1, "for_area")
    assert "'X99'" in problem.message
    problem = problem_at(release, "duplicate-row", groups, first + 2, "area_code")
    assert "for_area=X01, area_code=X02 already appears in row" in problem.message


def test_a_published_band_must_say_whose_it_is(
    release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from support import write_package

    row = {"group_id": "nation", "measure_id": "H1", "period": "2023-24", "value": "12.0"}
    write_package(
        release / "published",
        "published",
        {"benchmarks.csv": ([{**row, "band": "top", "for_area": ""}], [])},
    )
    problem_at(release, "band-without-area", "published/benchmarks.csv", 2, "for_area")
    write_package(
        release / "published",
        "published",
        {"benchmarks.csv": ([{**row, "band": "top", "for_area": "X01"}], [])},
    )
    code, _, err = run(capsys, str(release))
    assert code == 0, err
