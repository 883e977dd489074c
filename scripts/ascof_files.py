"""Reading the importer's inputs: NHS England's ASCOF files (which layout, which year, the
headline cells) and the reference package's measures, areas and groups.

Used by ``import_ascof.py``.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from dataclasses import dataclass
from pathlib import Path

PERIOD = re.compile(r"(\d{4})-(\d{2})")

# The two layouts NHS England's long format comes in: column roles → header names.
LAYOUTS = {
    "open data": {
        "code": "ONS Code",
        "level": "Geographical Level",
        "measure": "ASCOF Measure Code",
        "group": "Measure Group",
        "disaggregation": "Disaggregation Level",
        "type": "Measure Type",
        "value": "Measure Value",
    },
    "trend": {
        "year": "Year",
        "code": "ONS Code",
        "level": "Geographical Level",
        "measure": "Measure Group",
        "group": "Measure Group",
        "disaggregation": "Disaggregation Level",
        "type": "Measure Type",
        "value": "Measure_Value",
    },
}
KEPT_TYPES = {
    "Outcome": "value",
    "Numerator": "numerator",
    "Denominator": "denominator",
    # A survey measure's margin of error: the value plus or minus it is its interval.
    "Margin Of Error": "margin",
    "": "value",
}


class ImportProblem(Exception):
    """Bad input: the message names the file, the row and what is wrong."""


@dataclass(frozen=True)
class Cell:
    """One kept figure of the NHS file, with where it came from."""

    file: str
    row: int
    level: str
    code: str
    period: str
    file_measure: str
    kind: str  # value, numerator, denominator or margin
    text: str


def decode_lines(data: bytes) -> str:
    """UTF-8 line by line, falling back to Windows-1252 for a line that is not UTF-8.

    NHS England's trend file mixes the two: some descriptions carry an en dash
    as the single byte 0x96.
    """
    lines = []
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
    return "".join(lines).lstrip("\ufeff")


def detect_layout(header: list[str], label: str) -> dict[str, str]:
    """Which of NHS England's layouts a header is, or a problem naming what is missing."""
    for columns in LAYOUTS.values():
        if all(column in header for column in columns.values()):
            return columns
    expected = " / ".join(", ".join(sorted(set(columns.values()))) for columns in LAYOUTS.values())
    raise ImportProblem(
        f"{label} row 1: not an NHS England ASCOF file; expected the columns {expected}."
    )


def period_from_name(path: Path) -> str | None:
    """``…2020-21…`` in a file name gives its financial year, if the file has no Year column."""
    match = PERIOD.search(path.name)
    if match and int(match.group(2)) == (int(match.group(1)) + 1) % 100:
        return match.group(0)
    return None


def read_cells(path: Path, period: str | None) -> list[Cell]:
    """The headline council, region and England figures of one NHS file."""
    label = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportProblem(f"{label}: the file does not exist.") from None
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as error:
            raise ImportProblem(f"{label}: not a complete gzip file ({error}).") from None
    text = decode_lines(raw)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    reader.fieldnames = header
    layout = detect_layout(header, label)
    file_period = period or period_from_name(path)
    if "year" not in layout and file_period is None:
        raise ImportProblem(
            f"{label}: the file has no Year column; give the year with --period 2020-21."
        )
    cells = []
    for number, row in enumerate(reader, start=2):
        level = (row[layout["level"]] or "").strip()
        kind = KEPT_TYPES.get((row[layout["type"]] or "").strip())
        disaggregation = (row[layout["disaggregation"]] or "").strip()
        code = (row[layout["measure"]] or "").strip()
        if (
            level not in ("Council", "Region", "England")
            or kind is None
            or disaggregation not in ("Total", "")
            or code != (row[layout["group"]] or "").strip()
        ):
            continue
        row_period = (row[layout["year"]] or "").strip() if "year" in layout else file_period
        cells.append(
            Cell(
                label,
                number,
                level,
                (row[layout["code"]] or "").strip(),
                str(row_period),
                code,
                kind,
                (row[layout["value"]] or "").strip(),
            )
        )
    return cells


def read_reference(folder: Path) -> tuple[list[dict[str, str]], set[str], dict[str, str]]:
    """Measures, area codes, and region code → group_id from the reference package."""

    def rows(name: str) -> list[dict[str, str]]:
        path = folder / name
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                return list(csv.DictReader(handle))
        except FileNotFoundError:
            raise ImportProblem(f"{path}: the file does not exist (see docs/data.md).") from None

    measures = rows("measures.csv")
    areas = rows("areas.csv")
    groups = {g["group_id"] for g in rows("groups.csv")}
    regions = {
        a["region_code"]: re.sub(r"[^a-z0-9]+", "-", a["region_name"].lower()).strip("-")
        for a in areas
        if a.get("region_code")
    }
    return (
        measures,
        {a["area_code"] for a in areas},
        {code: slug for code, slug in regions.items() if slug in groups},
    )
