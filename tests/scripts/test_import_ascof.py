"""Importing NHS England's ASCOF files: the figures a council would check by hand come out right."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from support import load_script, write_csv

PROJECT = Path(__file__).resolve().parents[2]
# The national files the example was imported from, committed with it (sources/README.md).
SOURCES = PROJECT / "sources" / "ascof"
SCRIPT = PROJECT / "scripts" / "import_ascof.py"

OPEN_DATA_HEADER = [
    "Geographical Code",
    "Geographical Description",
    "Geographical Level",
    "ONS Code",
    "ASCOF Measure Code",
    "Disaggregation Level",
    "Measure Type",
    "Measure Value",
    "Measure Group",
    "Measure Group Description",
]
TREND_HEADER = [
    "Year",
    "Geographical Description",
    "ONS Code",
    "Measure Group",
    "Measure Group Description",
    "Measure_Value",
    "Geographical Level",
    "Disaggregation Level",
    "Measure Type",
]


def reference(folder: Path) -> Path:
    """Two councils in one region; 2A1 renumbered 2B and 1D renumbered 1C from 2023-24."""
    write_csv(
        folder / "areas.csv",
        [
            {
                "area_code": "E1",
                "area_name": "One",
                "region_code": "R1",
                "region_name": "North West",
            },
            {
                "area_code": "E2",
                "area_name": "Two",
                "region_code": "R1",
                "region_name": "North West",
            },
        ],
    )
    write_csv(
        folder / "groups.csv",
        [
            {"group_id": "england", "group_name": "England", "area_code": "E1"},
            {"group_id": "north-west", "group_name": "North West", "area_code": "E1"},
        ],
    )
    base = {
        "description": "",
        "theme": "T",
        "decimals": "1",
        "source": "",
        "target": "",
        "series_break": "",
    }
    write_csv(
        folder / "measures.csv",
        [
            {
                "measure_id": "2A1",
                "title": "Admissions",
                "unit": "per_100k",
                "polarity": "low",
                "renumbered_as": "2B",
                "renumbered_from": "2023-24",
                **base,
            },
            {
                "measure_id": "1D",
                "title": "Carer quality of life",
                "unit": "score",
                "polarity": "high",
                "renumbered_as": "1C",
                "renumbered_from": "2023-24",
                **base,
            },
            {
                "measure_id": "3A",
                "title": "Satisfaction",
                "unit": "percent",
                "polarity": "high",
                "renumbered_as": "1D",
                "renumbered_from": "2023-24",
                **base,
            },
        ],
    )
    return folder


def open_data_row(
    code: str,
    level: str,
    measure: str,
    kind: str,
    value: str,
    disaggregation: str = "Total",
    group: str | None = None,
) -> dict[str, str]:
    return dict(
        zip(
            OPEN_DATA_HEADER,
            [
                "1",
                "Area",
                level,
                code,
                measure,
                disaggregation,
                kind,
                value,
                group or measure,
                "Desc",
            ],
            strict=True,
        )
    )


def trend_line(
    year: str,
    code: str,
    measure: str,
    value: str,
    level: str = "Council",
    description: str = "Desc",
) -> str:
    return ",".join([year, "Area", code, measure, description, value, level, "Total", "Outcome"])


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def run_import(tmp_path: Path, *files: Path, period: str | None = None) -> tuple[int, str]:
    args = [
        sys.executable,
        str(SCRIPT),
        *map(str, files),
        "--reference",
        str(reference(tmp_path / "reference")),
        "--out",
        str(tmp_path / "out"),
    ]
    if period:
        args += ["--period", period]
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    return result.returncode, result.stdout + result.stderr


def test_open_data_file_gives_value_numerator_and_denominator(tmp_path: Path) -> None:
    source = tmp_path / "ascof-2020-21.csv"
    write_csv(
        source,
        [
            open_data_row("E1", "Council", "2A1", "Outcome", "12.5"),
            open_data_row("E1", "Council", "2A1", "Numerator", "25"),
            open_data_row("E1", "Council", "2A1", "Denominator", "200000"),
            open_data_row("E1", "Council", "2A165OV", "Outcome", "99.9", "65 and over", "2A1"),
            open_data_row("E2", "Council", "2A1", "Outcome", "[c]"),
            open_data_row("E2", "Council", "1D", "Outcome", "[x]"),
            open_data_row("R1", "Region", "2A1", "Outcome", "14.0"),
            open_data_row("E92000001", "England", "2A1", "Outcome", "13.2"),
            open_data_row("X", "Council Type", "2A1", "Outcome", "11.0"),
        ],
    )
    code, output = run_import(tmp_path, source)
    assert code == 0, output
    assert read(tmp_path / "out" / "values.csv") == [
        {
            "area_code": "E1",
            "measure_id": "2A1",
            "period": "2020-21",
            "numerator": "25",
            "denominator": "200000",
            "value": "12.5",
            "status": "final",
            "note": "",
        },
        {
            "area_code": "E2",
            "measure_id": "2A1",
            "period": "2020-21",
            "numerator": "",
            "denominator": "",
            "value": "",
            "status": "final",
            "note": "[c] Suppressed by NHS England to protect confidentiality.",
        },
    ]
    assert [(r["group_id"], r["value"]) for r in read(tmp_path / "out" / "benchmarks.csv")] == [
        ("england", "13.2"),
        ("north-west", "14.0"),
    ]


def test_trend_file_maps_renumbered_codes_to_one_measure(tmp_path: Path) -> None:
    source = tmp_path / "trend.csv"
    lines = [
        ",".join(TREND_HEADER),
        trend_line("2022-23", "E1", "2A1", "15.0"),
        trend_line("2023-24", "E1", "2B", "14.2"),
        trend_line("2022-23", "E1", "1D", "7.1"),  # old 1D: carers' quality of life
        trend_line("2023-24", "E1", "1C", "6.9"),  # its new code
        trend_line("2023-24", "E1", "1D", "68.8"),  # new 1D: satisfaction, old 3A
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, output = run_import(tmp_path, source)
    assert code == 0, output
    found = {
        (r["measure_id"], r["period"]): r["value"] for r in read(tmp_path / "out" / "values.csv")
    }
    assert found == {
        ("2A1", "2022-23"): "15.0",
        ("2A1", "2023-24"): "14.2",
        ("1D", "2022-23"): "7.1",
        ("1D", "2023-24"): "6.9",
        ("3A", "2023-24"): "68.8",
    }


def test_windows_1252_bytes_in_the_trend_file_are_read(tmp_path: Path) -> None:
    source = tmp_path / "trend.csv"
    header = ",".join(TREND_HEADER).encode()
    dash_line = trend_line("2022-23", "E1", "2A1", "15.0", description="A \x00 B").encode()
    utf8_line = trend_line("2023-24", "E1", "2B", "14.2", description="A \u2013 B").encode()
    source.write_bytes(b"\n".join([header, dash_line.replace(b"\x00", b"\x96"), utf8_line]))
    code, output = run_import(tmp_path, source)
    assert code == 0, output
    assert len(read(tmp_path / "out" / "values.csv")) == 2


def test_survey_counts_that_do_not_reproduce_the_value_are_left_out(tmp_path: Path) -> None:
    source = tmp_path / "ascof-2020-21.csv"
    write_csv(
        source,
        [
            open_data_row("E1", "Council", "3A", "Outcome", "72.3"),
            open_data_row("E1", "Council", "3A", "Numerator", "1470"),
            open_data_row("E1", "Council", "3A", "Denominator", "2035"),
        ],
    )
    code, output = run_import(tmp_path, source)
    assert code == 0, output
    [row] = read(tmp_path / "out" / "values.csv")
    assert (row["numerator"], row["denominator"], row["value"]) == ("", "", "72.3")
    assert "do not reproduce the value" in row["note"]


def test_file_without_a_year_needs_the_period(tmp_path: Path) -> None:
    source = tmp_path / "ascof.csv"
    write_csv(source, [open_data_row("E1", "Council", "2A1", "Outcome", "12.5")])
    code, output = run_import(tmp_path, source)
    assert code == 1
    assert "has no Year column; give the year with --period 2020-21" in output
    assert run_import(tmp_path, source, period="2020-21")[0] == 0


def test_missing_column_names_the_file_and_the_expected_columns(tmp_path: Path) -> None:
    source = tmp_path / "ascof-2020-21.csv"
    write_csv(source, [{"ONS Code": "E1", "Measure Value": "1"}])
    code, output = run_import(tmp_path, source)
    assert code == 1
    assert f"{source} row 1: not an NHS England ASCOF file; expected the columns" in output
    assert "Traceback" not in output


def test_missing_file_is_reported(tmp_path: Path) -> None:
    code, output = run_import(tmp_path, tmp_path / "nowhere.csv")
    assert code == 1
    assert "nowhere.csv: the file does not exist." in output


def test_unknown_code_is_reported_and_skipped(tmp_path: Path) -> None:
    source = tmp_path / "ascof-2020-21.csv"
    write_csv(source, [open_data_row("E1", "Council", "9Z", "Outcome", "1.0")])
    code, output = run_import(tmp_path, source)
    assert code == 0
    assert f"{source} row 2, column measure: code '9Z' in 2020-21 matches no measure" in output


def test_unreadable_number_names_the_row(tmp_path: Path) -> None:
    source = tmp_path / "ascof-2020-21.csv"
    write_csv(source, [open_data_row("E1", "Council", "2A1", "Outcome", "twelve")])
    code, output = run_import(tmp_path, source)
    assert code == 1
    assert f"{source} row 2, column value: expected a number, [x] or [c], got 'twelve'." in output


def test_the_official_2020_21_file_reproduces_seftons_care_home_admissions(tmp_path: Path) -> None:
    """Sefton's 2A2 in 2020-21: 433 admissions / 65,463 people aged 65+ × 100,000 = 661.4."""
    source = SOURCES / "ascof_2020-21_open_data_full.csv.gz"
    module = load_script("import_ascof")
    module.run([source], PROJECT / "data" / "reference", tmp_path, None)
    rows = {(r["area_code"], r["measure_id"]): r for r in read(tmp_path / "values.csv")}
    sefton = rows[("E08000014", "2A2")]
    assert (sefton["numerator"], sefton["denominator"], sefton["value"]) == (
        "433",
        "65463",
        "661.4",
    )
    assert round(433 / 65463 * 100_000, 1) == 661.4


def test_the_committed_example_data_is_what_the_importer_makes(tmp_path: Path) -> None:
    """Re-running the documented import command reproduces data/ascof exactly."""
    files = [
        SOURCES / "ascof_trend_2017-18_to_2023-24_outcomes.csv.gz",
        SOURCES / "ascof_2020-21_open_data_full.csv.gz",
    ]
    load_script("import_ascof").run(files, PROJECT / "data" / "reference", tmp_path, None)
    for name in ("values.csv", "benchmarks.csv", "datapackage.json"):
        assert (tmp_path / name).read_bytes() == (PROJECT / "data" / "ascof" / name).read_bytes()


def test_a_gzipped_file_is_read_and_a_cut_short_one_is_named(tmp_path: Path) -> None:
    """NHS England's files can be kept compressed; a download cut short says so."""
    whole = tmp_path / "ascof_2020-21_open_data_full.csv.gz"
    whole.write_bytes((SOURCES / whole.name).read_bytes())
    assert run_import(tmp_path / "whole", whole)[0] == 0
    cut = tmp_path / "cut" / whole.name
    cut.parent.mkdir()
    cut.write_bytes(whole.read_bytes()[:5000])
    code, output = run_import(tmp_path / "cut", cut)
    assert code == 1 and f"{cut}: not a complete gzip file" in output


def test_a_survey_margin_of_error_becomes_the_values_interval(tmp_path: Path) -> None:
    import json

    source = tmp_path / "ascof-2020-21.csv"
    write_csv(
        source,
        [
            open_data_row("E1", "Council", "1D", "Outcome", "7.6"),
            open_data_row("E1", "Council", "1D", "Margin Of Error", "0.3"),
            open_data_row("E2", "Council", "1D", "Outcome", "7.0"),
            open_data_row("E2", "Council", "1D", "Margin Of Error", "[x]"),
            open_data_row("E1", "Council", "2A1", "Outcome", "[c]"),
            open_data_row("E1", "Council", "2A1", "Margin Of Error", "[c]"),
            open_data_row("E92000001", "England", "1D", "Outcome", "7.3"),
            open_data_row("E92000001", "England", "1D", "Margin Of Error", "0.1"),
        ],
    )
    code, output = run_import(tmp_path, source)
    assert code == 0, output
    values = read(tmp_path / "out" / "values.csv")
    assert [
        (r["area_code"], r["measure_id"], r["value"], r["lower"], r["upper"]) for r in values
    ] == [
        ("E1", "1D", "7.6", "7.3", "7.9"),
        ("E2", "1D", "7.0", "", ""),
        ("E1", "2A1", "", "", ""),  # a suppressed value has no interval
    ]
    (england,) = read(tmp_path / "out" / "benchmarks.csv")
    assert (england["lower"], england["upper"]) == ("7.2", "7.4")
    descriptor = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    fields = {f["name"]: f for f in descriptor["resources"][0]["schema"]["fields"]}
    assert fields["lower"]["confidenceLevel"] == fields["upper"]["confidenceLevel"] == 95


def test_a_file_without_margins_writes_no_interval_columns(tmp_path: Path) -> None:
    source = tmp_path / "ascof-2020-21.csv"
    write_csv(source, [open_data_row("E1", "Council", "2A1", "Outcome", "12.5")])
    code, output = run_import(tmp_path, source)
    assert code == 0, output
    assert "lower" not in read(tmp_path / "out" / "values.csv")[0]
