"""Importing ONS Explore Local Statistics files: periods as public health names them, the
shorthand for unreliable and missing figures, and every row placed or named."""

from __future__ import annotations

import csv
import gzip
import subprocess
import sys
from pathlib import Path

import pytest
from support import load_script, read_csv, write_csv

PROJECT = Path(__file__).resolve().parents[2]
SCRIPT = PROJECT / "scripts" / "import_els.py"
# The ELS files the public health example was imported from (sources/README.md).
SOURCES = PROJECT / "sources" / "els"
EXAMPLE = PROJECT / "examples" / "public-health"
HEADER = ["areacd", "areanm", "geography", "indicator", "period", "observation", "measure",
          "unit", "lci_95", "uci_95", "status", "notes"]  # fmt: skip
HLE = {"measure": "Years", "unit": "yrs"}
MALE, FEMALE = "Male healthy life expectancy", "Female healthy life expectancy"


def els_row(code: str, name: str, geography: str, indicator: str, period: str,
            value: str, lower: str = "", upper: str = "", status: str = "",
            notes: str = "") -> dict[str, str]:  # fmt: skip
    return {"areacd": code, "areanm": name, "geography": geography, "indicator": indicator,
            "period": period, "observation": value, **HLE, "lci_95": lower, "uci_95": upper,
            "status": status, "notes": notes}  # fmt: skip


def reference(folder: Path) -> Path:
    """Two councils in the North West, England and the region as groups, two measures."""
    areas = [("E08000010", "Wigan"), ("E08000016", "Barnsley")]
    write_csv(folder / "areas.csv", [
        {"area_code": code, "area_name": name, "region_code": "E12000002",
         "region_name": "North West"} for code, name in areas
    ])  # fmt: skip
    write_csv(folder / "groups.csv", [
        {"group_id": gid, "group_name": gname, "area_code": code, "for_area": ""}
        for gid, gname in (("england", "England"), ("north-west", "North West"))
        for code, _ in areas
    ])  # fmt: skip
    write_csv(folder / "measures.csv", [
        {"measure_id": mid, "title": mid, "description": "", "theme": "Healthy life",
         "unit": "years", "polarity": "high", "decimals": "1", "source": "ONS"}
        for mid in ("HLE-M", "HLE-F")
    ])  # fmt: skip
    return folder


def write_els(path: Path, rows: list[dict[str, str]]) -> Path:
    """An ELS file as ONS writes it: UTF-8 with a byte-order mark, gzipped here."""
    text = ",".join(HEADER) + "\n"
    with_lines = [",".join(f'"{r[c]}"' if "," in r[c] else r[c] for c in HEADER) for r in rows]
    path.write_bytes(gzip.compress(("\ufeff" + text + "\n".join(with_lines) + "\n").encode()))
    return path


MEASURES = ["--measure", f"{MALE}=HLE-M", "--measure", f"{FEMALE}=HLE-F"]


def run_import(tmp_path: Path, rows: list[dict[str, str]]) -> tuple[int, str, Path]:
    module = load_script("import_els")
    source = write_els(tmp_path / "els.csv.gz", rows)
    out = tmp_path / "els"
    argv = [str(source), "--reference", str(reference(tmp_path / "reference")), "--out",
            str(out), *MEASURES]  # fmt: skip
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = module.main(argv)
    return code, err.getvalue(), out


def test_a_file_of_two_indicators_becomes_two_measures_over_pooled_periods(
    tmp_path: Path,
) -> None:
    la = "Local Authority District"  # ELS files metropolitan boroughs at this level
    code, _, out = run_import(tmp_path, [
        els_row("E08000010", "Wigan", la, MALE, "2022-01-01/P3Y", "54.6", "50.3", "58.9"),
        els_row("E08000010", "Wigan", la, FEMALE, "2022-01-01/P3Y", "58.10000000000001",
                "54.2", "62"),
        els_row("E92000001", "England", "Nation", MALE, "2022-01-01/P3Y", "60.9", "60.7",
                "61.2"),
        els_row("E12000002", "North West", "Region", MALE, "2021-01-01/P3Y", "59.3"),
    ])  # fmt: skip
    assert code == 0
    values = {(r["measure_id"], r["period"]): r for r in read_csv(out / "values.csv")}
    assert values[("HLE-M", "2022 to 2024")]["value"] == "54.6"
    assert (values[("HLE-M", "2022 to 2024")]["lower"], values[("HLE-M", "2022 to 2024")]
            ["upper"]) == ("50.3", "58.9")  # fmt: skip
    assert values[("HLE-F", "2022 to 2024")]["value"] == "58.1", "no floating-point noise"
    benchmarks = {(r["group_id"], r["period"]): r for r in read_csv(out / "benchmarks.csv")}
    assert benchmarks[("england", "2022 to 2024")]["value"] == "60.9"
    assert benchmarks[("north-west", "2021 to 2023")]["lower"] == ""


def test_unreliable_and_missing_figures_get_their_shorthand(tmp_path: Path) -> None:
    ua = "County or Unitary Authority"
    code, _, out = run_import(tmp_path, [
        els_row("E08000010", "Wigan", ua, MALE, "2019-01-01/P1Y", "55.0", "50", "60", "u"),
        els_row("E08000010", "Wigan", ua, MALE, "2020-01-01/P1Y", ""),
        els_row("E08000010", "Wigan", ua, MALE, "2021-01-01/P1Y", "", status="u"),
    ])  # fmt: skip
    assert code == 0
    rows = {r["period"]: r for r in read_csv(out / "values.csv")}
    assert rows["2019"]["note"].startswith("[u]") and rows["2019"]["value"] == "55"
    assert rows["2019"]["lower"] == "50", "the value and its interval are kept"
    assert rows["2020"]["note"].startswith("[x]") and rows["2020"]["value"] == ""
    assert rows["2021"]["note"].startswith("[u]") and rows["2021"]["value"] == ""


def test_rows_at_other_levels_are_counted_and_unplaceable_councils_named(
    tmp_path: Path,
) -> None:
    ua = "County or Unitary Authority"
    code, err, out = run_import(tmp_path, [
        els_row("E07000117", "Burnley", "Local Authority District", MALE, "2022-01-01/P3Y", "50"),
        els_row("W06000001", "Isle of Anglesey", "Local Authority District", MALE,
                "2022-01-01/P3Y", "60"),
        els_row("E67000002", "Isles of Scilly, Cornwall", ua, MALE, "2022-01-01/P3Y", "61"),
        # Barnsley's code changed in 2025; ONS's note links the two, the reference has the old.
        els_row("E08000016", "Barnsley", "Local Authority District", FEMALE, "2021-01-01/P3Y",
                "57", notes="Obsolete code since 2025 (replaced by E08000038 Barnsley)"),
        els_row("E08000038", "Barnsley", "Local Authority District", MALE, "2022-01-01/P3Y",
                "55.2"),
    ])  # fmt: skip
    assert code == 0
    assert "E67000002 Isles of Scilly, Cornwall" in err and "row 4" in err
    assert "Local Authority District (E07)" in err and "Local Authority District (W06)" in err
    placed = {(r["area_code"], r["measure_id"]) for r in read_csv(out / "values.csv")}
    assert placed == {("E08000016", "HLE-F"), ("E08000016", "HLE-M")}


@pytest.mark.parametrize(
    ("period", "expected"),
    [("2022-01-01/P1Y", "2022"), ("2001-01-01/P3Y", "2001 to 2003"),
     ("2023-04-01/P1Y", "2023-24"), ("2024-11-01/P1M", "2024-11")],
)  # fmt: skip
def test_iso_intervals_become_the_periods_their_publishers_name(period: str, expected: str) -> None:
    load_script("import_els")
    from els_rows import period_of

    assert period_of(period) == expected


def test_a_bad_row_is_named_by_file_row_and_field_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    code, err, out = run_import(tmp_path, [
        els_row("E08000010", "Wigan", "Local Authority District", MALE, "2022-07-01/P1Y", "5"),
        els_row("E08000010", "Wigan", "Local Authority District", "Life expectancy",
                "2022-01-01/P1Y", "80"),
    ])  # fmt: skip
    assert code == 1
    assert "els.csv.gz row 2, field period: '2022-07-01/P1Y'" in err
    assert "els.csv.gz row 3, field indicator: 'Life expectancy' has no --measure" in err
    assert not out.exists()


def test_the_committed_public_health_data_is_what_the_importer_makes(tmp_path: Path) -> None:
    out = tmp_path / "els"
    indicators = {
        "Female healthy life expectancy": "HLE-F",
        "Male healthy life expectancy": "HLE-M",
        "Cancer diagnosis at stage 1 and 2": "CAN-EARLY",
        "Preventable cardiovascular mortality (England)": "CVD-U75",
    }
    measures = [arg for pair in indicators.items() for arg in ("--measure", "=".join(pair))]
    subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, sorted(SOURCES.glob("*.csv.gz"))),
         "--reference", str(EXAMPLE / "data" / "reference"), "--out", str(out), *measures],
        check=True, capture_output=True,
    )  # fmt: skip
    for name in ("values.csv", "benchmarks.csv", "datapackage.json"):
        committed = (EXAMPLE / "data" / "els" / name).read_text(encoding="utf-8")
        assert (out / name).read_text(encoding="utf-8") == committed, name
    with (out / "values.csv").open(encoding="utf-8") as handle:
        periods = {row["period"] for row in csv.DictReader(handle)}
    assert {"2022", "2022 to 2024"} <= periods
