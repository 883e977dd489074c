"""How fast Lantern builds, as ratios to a plain Pelican build of the same Markdown.

    .venv/bin/python scripts/bench.py [--runs 3]      (or: make bench)

Copies the example project to a temporary folder and times, each as a whole
process, the median of ``--runs`` runs of:

- a plain Pelican build of the same Markdown (no Lantern, Pelican's own theme):
  the floor every other figure is divided by;
- a cold Lantern build (no chart cache), a warm one (nothing changed) and one
  after a sentence is added to a Markdown page;
- ``lantern validate`` on the example's data and on ten times its rows;
- validation of a release whose largest values.csv has a million rows (run once);
- the national example (``examples/national/``) for 10, 40 and every area, cold and
  warm, every area on both cores (``--jobs 2``), and as four shards one after the
  other with their merge, run once each (each takes minutes; ``--no-national``
  leaves them out).

It prints one table with each time, its ratio to the floor (or to validation
at 1×), the peak memory of each command, the number of pages, the largest page
before and after gzip, and the charts drawn and reused by the last build. The
figures are for this machine only; record them in docs/performance.md with the
date and the machine when they change.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_national import NATIONAL, NATIONAL_SIZES, national_rows
from bench_runs import (
    PROJECT,
    copy_project,
    machine,
    measure_page_weight,
    pages,
    plain_project,
    run,
    timed,
)


def ten_times(data: Path) -> None:
    """Every values.csv under ``data`` with its rows repeated for nine earlier decades,
    so the release is ten times as long and still valid."""
    for values in data.glob("*/values.csv"):
        rows = _rows(values)
        if rows:
            _write_rows(values, _earlier_copies(rows, 10 * len(rows)))


MILLION = 1_000_000


def million_rows(source: Path, data: Path) -> None:
    """The largest values.csv of ``source`` grown to a million rows (its rows repeated for
    earlier decades) in place of its copy under ``data``: the size a release must still be
    checked in under 1 GB."""
    values = max(source.glob("*/values.csv"), key=lambda path: path.stat().st_size)
    grown = _earlier_copies(_rows(values), MILLION)
    _write_rows(data / values.relative_to(source), grown)


def _rows(values: Path) -> list[dict[str, str]]:
    with values.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _write_rows(values: Path, rows: list[dict[str, str]]) -> None:
    with values.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _earlier_copies(rows: list[dict[str, str]], count: int) -> list[dict[str, str]]:
    """``rows``, then copies a decade earlier, two decades earlier… up to ``count`` rows."""
    grown, step = list(rows), 1
    while len(grown) < count:
        grown += [{**row, "period": _earlier(row["period"], step)} for row in rows]
        step += 1
    return grown[:count]


def _earlier(period: str, step: int) -> str:
    """``2023-24`` → ``2013-14`` for ``step=1``: a period ``step`` decades earlier (a dated
    snapshot 28 years a step, so 29 February stays a real day)."""
    rest = period[4:]
    dated = re.fullmatch(r"-\d{2}-\d{2}", rest) is not None
    year = int(period[:4]) - (28 if dated else 10) * step
    if re.fullmatch(r"-\d{2}(?: Q[1-4])?", rest) and int(rest[1:3]) == (int(period[:4]) + 1) % 100:
        return f"{year}-{(year + 1) % 100:02d}{rest[3:]}"
    return f"{year}{rest}"


Row = tuple[str, dict[str, float], float, str]


def floor_row(folder: Path, runs: int) -> Row:
    """Plain Pelican building the same Markdown: the floor every ratio is against."""
    pelican = str(Path(sys.executable).with_name("pelican"))
    plain = plain_project(folder, folder.parent / "plain")
    floor = timed([pelican, "-s", str(plain), "-q"], folder, runs)
    return ("Plain Pelican build of the same Markdown (floor)", floor, floor["seconds"], "floor")


def build_rows(folder: Path, runs: int) -> tuple[list[Row], str]:
    """Plain Pelican (the floor), then Lantern cold, warm and after a one-sentence edit; and
    what one more build printed."""
    lantern = str(Path(sys.executable).with_name("lantern"))
    floor_run = floor_row(folder, runs)
    floor = floor_run[1]
    cache = folder / "cache"
    cold = timed([lantern, "build"], folder, runs, lambda: shutil.rmtree(cache, True))
    warm = timed([lantern, "build"], folder, runs)
    page = sorted((folder / "content" / "pages").glob("*.md"))[0]
    edit = timed(
        [lantern, "build"],
        folder,
        runs,
        lambda: page.write_text(page.read_text("utf-8") + "\nOne more sentence.\n", "utf-8"),
    )
    *_, said = run([lantern, "build"], folder)
    seconds = floor["seconds"]
    return [
        floor_run,
        ("Lantern build, cold (no chart cache)", cold, seconds, "floor"),
        ("Lantern build, warm (nothing changed)", warm, seconds, "floor"),
        ("Lantern build after a one-sentence edit", edit, seconds, "floor"),
    ], said


def validation_rows(folder: Path, runs: int) -> list[Row]:
    """``lantern validate`` at 1x and 10x the rows, and with a million-row values.csv."""
    lantern = str(Path(sys.executable).with_name("lantern"))
    one = timed([lantern, "validate", "data"], folder, runs)
    ten_times(folder / "data")
    ten = timed([lantern, "validate", "data"], folder, runs)
    million_rows(PROJECT / "data", folder / "data")
    million = timed([lantern, "validate", "data"], folder, 1)
    return [
        ("lantern validate, 1× rows", one, one["seconds"], "1×"),
        ("lantern validate, 10× rows", ten, one["seconds"], "1×"),
        ("lantern validate, a 1,000,000-row values.csv", million, one["seconds"], "1×"),
    ]


def report(rows: list[Row], output: Path, said: str, runs: int) -> None:
    """The table of times and ratios, then the site's pages and weight."""
    count, size, zipped, largest = pages(output)
    weight, heaviest = measure_page_weight(output)
    charts = re.search(r"(\d+) charts drawn, (\d+) reused", said)
    print(f"Lantern benchmark, {time.strftime('%Y-%m-%d')}, {machine()}, median of {runs}")
    print()
    print("| Run | Seconds | Ratio | Peak memory |")
    print("|---|---:|---:|---:|")
    for name, figures, base, against in rows:
        ratio = figures["seconds"] / base
        print(f"| {name} | {figures['seconds']:.2f} | {ratio:.1f}× {against} | "
              f"{figures['mib']:.0f} MiB |")  # fmt: skip
    print()
    print(f"Pages: {count}. Largest page: {largest}, {size / 1024:.0f} KiB, "
          f"{zipped / 1024:.0f} KiB gzipped.")  # fmt: skip
    print(f"Largest measure page with its stylesheets: {heaviest}, "
          f"{weight / 1024:.0f} KiB gzipped, no script.")  # fmt: skip
    if charts:
        print(f"Charts in an unchanged rebuild: {charts[1]} drawn, {charts[2]} reused.")


def sizes(args: argparse.Namespace) -> tuple[int | None, ...]:
    """The national builds' numbers of areas (None: every area)."""
    return (None,) if args.every_area_only else NATIONAL_SIZES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (median)")
    parser.add_argument("--no-national", action="store_true", help="leave out the national site")
    parser.add_argument(
        "--national-only", action="store_true", help="the floor and the national site alone"
    )
    parser.add_argument(
        "--every-area-only",
        action="store_true",
        help="of the national builds, only every area's (not 10 and 40 areas)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = copy_project(Path(scratch) / "project")
        if args.national_only:
            floor_run = floor_row(folder, args.runs)
            national = national_rows(folder, floor_run[1]["seconds"], sizes(args))
            report([floor_run, *national], folder / NATIONAL / "output", "", args.runs)
            return 0
        builds, said = build_rows(folder, args.runs)
        floor = builds[0][1]["seconds"]
        # Before validation grows the data to ten times its rows.
        national = [] if args.no_national else national_rows(folder, floor, sizes(args))
        validation = validation_rows(folder, args.runs)
        report([*builds, *validation, *national], folder / "output", said, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
