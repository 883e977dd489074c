"""Import ONS Explore Local Statistics (ELS) tidy files into a Lantern data package.

    python scripts/import_els.py ELS_CSV [ELS_CSV ...] --reference data/reference \
        --measure "Male healthy life expectancy=HLE-M" ... --out data/els

Each ``--measure`` names an ELS ``indicator`` and the ``measure_id`` it becomes;
the measure itself (its title, polarity, how it is compared) is the site's, in
``reference/measures.csv``. One file may hold several indicators (healthy life
expectancy holds a male and a female one), so each gets its own ``--measure``.

The importer keeps the level the site compares at: every upper-tier council of
``reference/areas.csv`` (a metropolitan or London borough is one even though ELS
files it under "Local Authority District"), and England and the regions as
published figures in ``benchmarks.csv``. Rows for districts, combined
authorities and places outside England are counted and left out. A council row
it cannot place (a combined area such as "Isles of Scilly, Cornwall", a code the
reference does not know) is named. A code ONS replaced in 2025 is read as the
code the reference uses, when ONS's own note links the two.

See docs/public-health.md for the rules: periods, ``[u]``, ``[x]`` and intervals.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ascof_descriptor import BENCHMARK_COLUMNS, VALUE_COLUMNS, with_intervals
from els_rows import UNITS, RowError, figure_of, level_of, successors
from package_files import (
    ENGLAND_CODE,
    OGL,
    read_csv,
    release_resources,
    write_csv,
    write_descriptor,
)

from lantern.vocab.periods import in_words, parse_period

# The periods ELS files hold, as Lantern writes them (docs/data.md, Periods).
PERIOD_DESCRIPTION = (
    "A calendar year (2022), calendar years counted together (2020 to 2022), a financial "
    "year (2023-24) or a month (2024-11)."
)


class ImportProblem(Exception):
    """Input the importer cannot turn into a package; nothing is written."""


def read_rows(path: Path) -> list[dict[str, str]]:
    """An ELS CSV (``.csv`` or ``.csv.gz``, with or without a byte-order mark)."""
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def benchmark_groups(reference: Path) -> dict[str, str]:
    """England's and each region's code → the id of its shared group in the reference."""
    areas = read_csv(reference / "areas.csv")
    shared = {g["group_name"]: g["group_id"] for g in read_csv(reference / "groups.csv")}
    groups = {ENGLAND_CODE: shared["England"]} if "England" in shared else {}
    for area in areas:
        if area.get("region_code") and area.get("region_name") in shared:
            groups[area["region_code"]] = shared[area["region_name"]]
    return groups


def parse_measures(pairs: list[str], reference: Path) -> dict[str, dict[str, str]]:
    """``"INDICATOR=ID"`` pairs → indicator → the reference's measure row."""
    measures = {m["measure_id"]: m for m in read_csv(reference / "measures.csv")}
    chosen = {}
    for pair in pairs:
        indicator, _, measure_id = pair.rpartition("=")
        if not indicator or measure_id not in measures:
            raise ImportProblem(
                f"--measure {pair!r}: give INDICATOR=MEASURE_ID, with the measure in "
                f"{reference / 'measures.csv'}."
            )
        chosen[indicator] = measures[measure_id]
    return chosen


def _place(code: str, areas: set[str], renamed: dict[str, str]) -> str | None:
    return code if code in areas else (renamed.get(code) if renamed.get(code) in areas else None)


def measure_problem(row: dict[str, str], measure: dict[str, str] | None) -> str:
    """What is wrong with a row's indicator or unit (``field …: …``), or ``""``."""
    if measure is None:
        return f"field indicator: '{row.get('indicator')}' has no --measure."
    if UNITS.get(row.get("unit", "")) != measure["unit"]:
        return (
            f"field unit: '{row.get('unit')}' is not the unit of measure "
            f"{measure['measure_id']} ({measure['unit']})."
        )
    return ""


Kept = dict[tuple[str, str, str], tuple[bool, dict[str, str]]]


def keep(values: Kept, key: tuple[str, str, str], own: bool, line: dict[str, str]) -> bool:
    """Keep a council's row under (area, measure, period); False for a second row.

    ``own`` is whether the row has the reference's own code: it wins over a row under a
    code ONS replaced, which is kept only where the council has no row of its own.
    """
    if key in values and values[key][0] == own:
        return False
    if key not in values or own:
        values[key] = (own, line)
    return True


def convert(
    files: dict[str, list[dict[str, str]]],
    measures: dict[str, dict[str, str]],
    areas: set[str],
    groups: dict[str, str],
) -> tuple[list[dict[str, str]], list[dict[str, str]], list[str]]:
    """Every file's rows → (values, benchmarks, notes naming what was left out).

    Raises ImportProblem naming the file, row and field of every row that is wrong.
    """
    renamed = successors([row for rows in files.values() for row in rows])
    values: Kept = {}
    benchmarks, problems, notes, other = [], [], [], Counter[str]()
    for name, rows in files.items():
        for number, row in enumerate(rows, start=2):
            where = f"{name} row {number}"
            measure = measures.get(row.get("indicator", ""))
            wrong = measure_problem(row, measure)
            if wrong or measure is None:
                problems.append(f"{where}, {wrong}")
                continue
            code, geography = row.get("areacd", ""), row.get("geography", "")
            level = level_of(code, geography)
            if level == "other":
                other[f"{geography or 'no geography'} ({code[:3]})"] += 1
                continue
            place = groups.get(code) if level != "area" else _place(code, areas, renamed)
            if place is None:
                notes.append(
                    f"{where}: {code} {row.get('areanm')} ({row.get('period')}) is not an area "
                    "or group of the reference, so it is left out."
                )
                continue
            try:
                figure = figure_of(row, place)
            except RowError as error:
                problems.append(f"{where}, field {error.field}: {error.message}.")
                continue
            line = {"measure_id": measure["measure_id"], **asdict(figure)}
            if level != "area":
                line = {"group_id": line.pop("area_code"), **line}
                benchmarks.append(line)
                continue
            if not keep(values, (place, measure["measure_id"], figure.period), place == code, line):
                problems.append(f"{where}: a second row for {code} in {figure.period}.")
    if problems:
        raise ImportProblem("\n".join(problems))
    for geography, count in sorted(other.items()):
        notes.append(f"{count} rows for {geography} left out: not the level this site compares.")
    return [line for _, line in values.values()], benchmarks, notes


def ordered(rows: list[dict[str, str]], key: str) -> list[dict[str, str]]:
    """Rows by measure, area or group, then period in time order, as a reader scans them."""
    return sorted(rows, key=lambda r: (r["measure_id"], r[key], parse_period(r["period"])))


def descriptor(
    name: str, sources: list[dict[str, str]], value_columns: list[str], benchmark_columns: list[str]
) -> dict[str, Any]:
    """The package's ``datapackage.json``, naming each indicator's source."""
    return {
        "name": name,
        "title": "Public health indicators, from ONS Explore Local Statistics",
        "description": (
            "Indicators for every upper-tier council in England, with England's and each "
            "region's figures and ONS's 95% confidence intervals. Estimates ONS marks as "
            "unreliable are marked [u]; figures ONS does not give are marked [x]."
        ),
        "licenses": [OGL],
        "attribution": (
            "Contains public sector information licensed under the Open Government Licence "
            "v3.0. Source: Office for National Statistics, Explore Local Statistics."
        ),
        "sources": sources or [{"title": "Office for National Statistics"}],
        "resources": release_resources(value_columns, benchmark_columns),
    }


def source_of(csv_path: Path) -> dict[str, str] | None:
    """The source ELS names in the ``.meta.json`` beside a file, if there is one."""
    meta = csv_path.with_name(csv_path.name.split(".csv")[0] + ".meta.json")
    if not meta.is_file():
        return None
    about = json.loads(meta.read_text(encoding="utf-8")).get("ess-beta-metadata", {})
    shared = about.get("shared", about)  # a file of several indicators shares its source
    labels = [about["label"]] if "label" in about else [k for k in about if k != "shared"]
    title = f"{shared.get('sourceOrg') or 'Office for National Statistics'}: "
    title += " and ".join(labels)
    day, _, rest = (shared.get("sourceDate") or "").partition("/")
    month, _, year = rest.partition("/")
    if day and month and year:
        title += f", published {in_words(f'{year}-{month}-{day}')}"
    return {"title": title, "path": shared.get("sourceURL") or ""}


def run(files: list[Path], reference: Path, out: Path, pairs: list[str], name: str) -> list[str]:
    """Read, convert and write the package; the notes on what was left out."""
    measures = parse_measures(pairs, reference)
    areas = {a["area_code"] for a in read_csv(reference / "areas.csv")}
    read = {path.name: read_rows(path) for path in files}
    values, benchmarks, notes = convert(read, measures, areas, benchmark_groups(reference))
    value_columns = with_intervals(VALUE_COLUMNS, values)
    benchmark_columns = with_intervals(BENCHMARK_COLUMNS, benchmarks)
    status = {"status": "final", "numerator": "", "denominator": ""}
    write_csv(
        out / "values.csv",
        value_columns,
        [
            {k: {**status, **r}.get(k, "") for k in value_columns}
            for r in ordered(values, "area_code")
        ],
    )
    write_csv(
        out / "benchmarks.csv",
        benchmark_columns,
        [{k: r.get(k, "") for k in benchmark_columns} for r in ordered(benchmarks, "group_id")],
    )
    sources = [s for s in (source_of(p) for p in files) if s]
    package = descriptor(name, sources, value_columns, benchmark_columns)
    for table in package["resources"]:
        for field in table["schema"]["fields"]:
            if field["name"] == "period":
                field["description"] = PERIOD_DESCRIPTION
    write_descriptor(out, package)
    return notes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="ELS tidy CSV files")
    parser.add_argument("--reference", type=Path, default=Path("data/reference"))
    parser.add_argument("--out", type=Path, default=Path("data/els"))
    parser.add_argument("--name", default="els", help="the package's name (default: els)")
    parser.add_argument(
        "--measure",
        action="append",
        default=[],
        metavar="INDICATOR=ID",
        help="an ELS indicator and the measure_id it becomes (once for each indicator)",
    )
    args = parser.parse_args(argv)
    try:
        notes = run(args.files, args.reference, args.out, args.measure, args.name)
    except (ImportProblem, OSError) as problem:
        print(f"import_els: {problem}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"Note: {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
