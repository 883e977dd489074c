"""Import NHS England's ASCOF open data into a Lantern data package.

    python scripts/import_ascof.py NHS_FILE [NHS_FILE ...] \
        --reference data/reference --out data/ascof

Reads NHS England's long-format ASCOF CSV (the official yearly open-data file,
or the multi-year trend file derived from it), keeps each council's headline
figure, and writes ``values.csv`` (councils) and ``benchmarks.csv`` (the
published England and regional figures) with a ``datapackage.json``.

Codes: ASCOF was renumbered in 2023-24 and old and new codes collide (the old
1D is not the new 1D). Each measure keeps one stable ``measure_id``; for a
period on or after its ``renumbered_from`` the file's code is matched against
``renumbered_as`` in the reference package's ``measures.csv``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ascof_descriptor import BENCHMARK_COLUMNS, VALUE_COLUMNS, describe, with_intervals
from ascof_files import Cell, ImportProblem, read_cells, read_reference
from package_files import ENGLAND_CODE, write_csv, write_descriptor

from lantern.vocab.units import unit_of

SUPPRESSED_NOTE = "[c] Suppressed by NHS England to protect confidentiality."
ZERO_DENOMINATOR_NOTE = "[z] Not applicable: the denominator is 0."
WEIGHTED_NOTE = (
    "Numerator and denominator not shown: NHS England publishes them rounded (weighted survey "
    "counts), so they do not reproduce the value."
)


def code_map(measures: list[dict[str, str]]) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Old code → measure_id, and new code → (measure_id, first period of the new code)."""
    old = {m["measure_id"]: m["measure_id"] for m in measures}
    new = {
        m["renumbered_as"]: (m["measure_id"], m["renumbered_from"])
        for m in measures
        if m.get("renumbered_as") and m.get("renumbered_from")
    }
    return old, new


def measure_for(
    cell: Cell, old: dict[str, str], new: dict[str, tuple[str, str]], first_new: str | None
) -> str | None:
    """The stable measure_id of a file code in a period, or None if no measure has it."""
    if first_new is not None and cell.period >= first_new:
        match = new.get(cell.file_measure)
        return match[0] if match and cell.period >= match[1] else None
    return old.get(cell.file_measure)


def number_text(text: str, cell: Cell) -> str:
    """A published number as written, whole numbers without a trailing .0."""
    try:
        number = float(text)
    except ValueError:
        raise ImportProblem(
            f"{cell.file} row {cell.row}, column value: expected a number, [x] or [c], "
            f"got '{text}'."
        ) from None
    counted = cell.kind in ("numerator", "denominator")
    return str(int(number)) if number.is_integer() and counted else text


@dataclass
class Figures:
    """The kept figures for one area or group, measure and period."""

    value: str = ""
    numerator: str = ""
    denominator: str = ""
    suppressed: bool = False
    source: str = ""
    margin: str = ""
    """A survey figure's margin of error (95%), as published."""


def collect(
    cells: Iterable[Cell], measures: list[dict[str, str]], group_of_region: dict[str, str]
) -> tuple[dict[tuple[str, str, str], Figures], dict[tuple[str, str, str], Figures], list[str]]:
    """Council figures and group figures keyed by (area or group, measure, period)."""
    old, new = code_map(measures)
    first_new = min((p for _, p in new.values()), default=None)
    councils: dict[tuple[str, str, str], Figures] = {}
    groups: dict[tuple[str, str, str], Figures] = {}
    warnings: list[str] = []
    unknown: set[tuple[str, str]] = set()
    for cell in cells:
        measure_id = measure_for(cell, old, new, first_new)
        if measure_id is None:
            if (cell.file_measure, cell.period) not in unknown:
                unknown.add((cell.file_measure, cell.period))
                warnings.append(
                    f"{cell.file} row {cell.row}, column measure: code '{cell.file_measure}' "
                    f"in {cell.period} matches no measure in measures.csv; skipped."
                )
            continue
        if cell.level == "Council":
            key, target = (cell.code, measure_id, cell.period), councils
        else:
            group_id = "england" if cell.code == ENGLAND_CODE else group_of_region.get(cell.code)
            if group_id is None:
                warnings.append(f"{cell.file} row {cell.row}: unknown region code '{cell.code}'.")
                continue
            key, target = (group_id, measure_id, cell.period), groups
        figures = target.setdefault(key, Figures(source=cell.file))
        if cell.text == "[x]" or (cell.kind == "margin" and cell.text == "[c]"):
            continue
        if cell.text == "[c]":
            figures.suppressed = True
            continue
        setattr(figures, cell.kind, number_text(cell.text, cell))
    return councils, groups, warnings


def merge(
    first: dict[tuple[str, str, str], Figures], second: dict[tuple[str, str, str], Figures]
) -> tuple[dict[tuple[str, str, str], Figures], list[str]]:
    """Combine two files' figures, preferring the one with numerator and denominator."""
    merged = dict(first)
    conflicts = []
    for key, figures in second.items():
        other = merged.get(key)
        if other is None or not _has_data(other):
            merged[key] = figures
            continue
        if not _has_data(figures):
            continue
        if other.value and figures.value and float(other.value) != float(figures.value):
            conflicts.append(
                f"{' '.join(key)}: {other.source} gives {other.value}, "
                f"{figures.source} gives {figures.value}; kept the file with numerator and "
                "denominator."
            )
        kept = (
            figures if figures.numerator and figures.denominator and not other.numerator else other
        )
        dropped = other if kept is figures else figures
        if not kept.margin and dropped.margin and _same_value(kept, dropped):
            kept = replace(kept, margin=dropped.margin)
        merged[key] = kept
    return merged, conflicts


def _same_value(one: Figures, other: Figures) -> bool:
    return bool(one.value and other.value) and float(one.value) == float(other.value)


def interval(f: Figures) -> tuple[str, str]:
    """``lower`` and ``upper``: the published value minus and plus its margin of error,
    written to the decimals of the two (Decimal, so 63.6 - 2.4 is 61.2, not 61.199…)."""
    if not (f.value and f.margin):
        return "", ""
    value, margin = Decimal(f.value), Decimal(f.margin)
    return str(value - margin), str(value + margin)


def _has_data(figures: Figures) -> bool:
    return bool(figures.value or figures.numerator or figures.suppressed)


def reconcile(f: Figures, unit: str, decimals: int) -> tuple[str, str, str, str]:
    """Numerator, denominator, value and note for one council figure.

    NHS England's numerators and denominators reproduce the value for counts
    from councils' returns, but survey measures publish weighted counts rounded
    to 5, which do not. Those are left out with a note rather than published
    beside a value they contradict.
    """
    if f.suppressed and not f.value:
        return "", "", "", SUPPRESSED_NOTE
    if f.denominator and float(f.denominator) == 0:
        return "", "", f.value, "" if f.value else ZERO_DENOMINATOR_NOTE
    if f.value and f.numerator and f.denominator:
        computed = float(f.numerator) / float(f.denominator) * unit_of(unit).ratio_multiplier
        if abs(computed - float(f.value)) > 0.5 * 10**-decimals + 1e-9:
            return "", "", f.value, WEIGHTED_NOTE
    return f.numerator, f.denominator, f.value, ""


def value_rows(
    councils: dict[tuple[str, str, str], Figures],
    known_areas: set[str],
    measures: dict[str, dict[str, str]],
) -> list[dict[str, str]]:
    """values.csv rows: published figures, and suppressed cells marked [c]."""
    rows = []
    for (area, measure_id, period), f in councils.items():
        if area not in known_areas or not _has_data(f):
            continue
        measure = measures[measure_id]
        numerator, denominator, value, note = reconcile(
            f, measure["unit"], int(measure["decimals"])
        )
        lower, upper = interval(f) if value else ("", "")
        rows.append(
            {
                "area_code": area,
                "measure_id": measure_id,
                "period": period,
                "numerator": numerator,
                "denominator": denominator,
                "value": value,
                "status": "final",
                "note": note,
                "lower": lower,
                "upper": upper,
            }
        )
    return sorted(rows, key=lambda r: (r["measure_id"], r["area_code"], r["period"]))


def benchmark_rows(groups: dict[tuple[str, str, str], Figures]) -> list[dict[str, str]]:
    """benchmarks.csv rows: the published England and regional figures."""
    rows = [
        {
            "group_id": g,
            "measure_id": m,
            "period": p,
            "value": f.value,
            "q1": "",
            "median": "",
            "q3": "",
            "band": "",
            **dict(zip(("lower", "upper"), interval(f), strict=True)),
        }
        for (g, m, p), f in groups.items()
        if f.value
    ]
    return sorted(rows, key=lambda r: (r["measure_id"], r["group_id"], r["period"]))


def run(files: list[Path], reference: Path, out: Path, period: str | None) -> list[str]:
    """Import ``files`` into ``out``; returns warnings. Raises ImportProblem on bad input."""
    measures, known_areas, group_of_region = read_reference(reference)
    councils: dict[tuple[str, str, str], Figures] = {}
    groups: dict[tuple[str, str, str], Figures] = {}
    warnings: list[str] = []
    for path in files:
        file_councils, file_groups, file_warnings = collect(
            read_cells(path, period), measures, group_of_region
        )
        warnings.extend(file_warnings)
        councils, conflicts = merge(councils, file_councils)
        groups, _ = merge(groups, file_groups)
        warnings.extend(conflicts)
    values = value_rows(councils, known_areas, {m["measure_id"]: m for m in measures})
    missing_areas = sorted({a for a, _, _ in councils} - known_areas)
    if missing_areas:
        warnings.append(f"Areas not in areas.csv, skipped: {', '.join(missing_areas)}.")
    benchmarks = benchmark_rows(groups)
    periods = sorted({r["period"] for r in values})
    value_columns = with_intervals(VALUE_COLUMNS, values)
    benchmark_columns = with_intervals(BENCHMARK_COLUMNS, benchmarks)
    write_csv(out / "values.csv", value_columns, _only(values, value_columns))
    write_csv(out / "benchmarks.csv", benchmark_columns, _only(benchmarks, benchmark_columns))
    write_descriptor(out, describe(periods, value_columns, benchmark_columns))
    print(
        f"Wrote {out}: {len(values):,} values and {len(benchmarks):,} group figures, "
        f"{len({r['measure_id'] for r in values})} measures, "
        f"{len({r['area_code'] for r in values})} areas, {', '.join(periods)}."
    )
    return warnings


def _only(rows: list[dict[str, str]], columns: list[str]) -> list[dict[str, str]]:
    return [{c: r.get(c, "") for c in columns} for r in rows]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="NHS England ASCOF CSV files")
    parser.add_argument("--reference", type=Path, default=Path("data/reference"))
    parser.add_argument("--out", type=Path, default=Path("data/ascof"))
    parser.add_argument("--period", help="the year of a file with no Year column, e.g. 2020-21")
    args = parser.parse_args(argv)
    try:
        warnings = run(args.files, args.reference, args.out, args.period)
    except ImportProblem as problem:
        print(problem, file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"Note: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
