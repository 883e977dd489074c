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
import gzip
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
LEFT_OUT = {".git", ".venv", "node_modules", "output", "cache", ".pytest_cache", ".mypy_cache"}
# Runs a command and reports its wall time and the peak memory of what it ran.
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=False)\n"
    "took = time.perf_counter() - start\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(f'{took} {peak}')\n"
    "sys.stderr.write(code.stdout[-2000:] + code.stderr[-2000:])\n"
    "sys.exit(code.returncode)\n"
)
PLAIN_PELICAN = """\
PATH = "plain-content"
OUTPUT_PATH = {output!r}
SITENAME = "Plain Pelican"
TIMEZONE = "Europe/London"
PLUGINS = []
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = True
# Updates share a slug across years, as on Lantern's site: the month keeps them apart.
ARTICLE_URL = ARTICLE_SAVE_AS = "{{date:%Y-%m}}-{{slug}}.html"
"""


def run(command: list[str], folder: Path) -> tuple[float, int, str]:
    """(seconds, peak KiB, what it printed) for ``command`` run in ``folder``."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        check=False,
        cwd=folder,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    took, peak = done.stdout.split()
    return float(took), int(peak), done.stderr


def timed(command: list[str], folder: Path, runs: int, before: object = None) -> dict[str, float]:
    """Median seconds and the largest peak memory (MiB) over ``runs`` runs."""
    times, peaks = [], []
    for _ in range(runs):
        if callable(before):
            before()
        took, peak, _ = run(command, folder)
        times.append(took)
        peaks.append(peak)
    return {"seconds": statistics.median(times), "mib": max(peaks) / 1024}


def copy_project(into: Path) -> Path:
    """The example project without its build output, caches or virtual environment."""
    shutil.copytree(PROJECT, into, ignore=lambda _, names: [n for n in names if n in LEFT_OUT])
    return into


def plain_project(folder: Path, output: Path) -> Path:
    """Settings for Pelican alone over a copy of the Markdown: Lantern's templates named
    in the pages' metadata are left out, so Pelican's own theme can build them."""
    content = folder / "plain-content"
    shutil.copytree(folder / "content", content)
    for page in content.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r"(?m)^Template:.*\n", "", text), encoding="utf-8")
    settings = folder / "plain.py"
    settings.write_text(PLAIN_PELICAN.format(output=str(output)), encoding="utf-8")
    return settings


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


NATIONAL = Path("examples") / "national"
NATIONAL_SIZES = (10, 40, None)


def national_settings(folder: Path, size: int | None) -> Path:
    """The national example's settings for its first ``size`` areas (None: every area)."""
    with (folder / "data" / "reference" / "areas.csv").open(encoding="utf-8") as handle:
        codes = [row["area_code"] for row in csv.DictReader(handle)]
    text = (folder / NATIONAL / "pelicanconf.py").read_text(encoding="utf-8")
    if size is not None:
        text = text.replace('LANTERN_AREAS = "all"', f"LANTERN_AREAS = {codes[:size]!r}")
    settings = folder / NATIONAL / f"bench-{size or 'all'}.py"
    settings.write_text(text, encoding="utf-8")
    return settings


def national_rows(folder: Path, floor: float) -> list[tuple[str, dict[str, float], float, str]]:
    """Cold and warm national builds of 10, 40 and every area, once each."""
    lantern = str(Path(sys.executable).with_name("lantern"))
    cache = folder / NATIONAL / "cache"
    rows = []
    for size in NATIONAL_SIZES:
        settings = national_settings(folder, size)
        command = [lantern, "build", "--settings", str(settings)]
        areas = f"{size} areas" if size else "every area"
        cold = timed(command, folder, 1, lambda: shutil.rmtree(cache, True))
        warm = timed(command, folder, 1)
        rows.append((f"National site, {areas}, cold", cold, floor, "floor"))
        rows.append((f"National site, {areas}, warm", warm, floor, "floor"))
    return rows + parallel_rows(folder, command, cache, warm["seconds"])


SHARDS = 4


def parallel_rows(
    folder: Path, command: list[str], cache: Path, single: float
) -> list[tuple[str, dict[str, float], float, str]]:
    """Every area on both cores (``--jobs 2``), cold and warm; then ``SHARDS`` shards one
    after the other (after ``lantern prepare``), each against the warm single build, and
    their merge. Peak memory is the largest single process's."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
    jobs = [*command, "--jobs", "2"]
    cold = timed(jobs, folder, 1, lambda: shutil.rmtree(cache, True))
    warm = timed(jobs, folder, 1)
    rows = [
        ("National site, every area, 2 cores, cold", cold, single, "single warm"),
        ("National site, every area, 2 cores, warm", warm, single, "single warm"),
    ]
    settings = command[command.index("--settings") + 1]
    prepared = timed([command[0], "prepare", "--settings", settings], folder, 1)
    rows.append(("lantern prepare (shared work, kept)", prepared, single, "single warm"))
    parts = [str(folder / f"shard-{k}") for k in range(1, SHARDS + 1)]
    for number, part in enumerate(parts, start=1):
        shard = [*command, "--shard", f"{number}/{SHARDS}", "--output", part]
        rows.append((f"Shard {number}/{SHARDS}", timed(shard, folder, 1), single, "single warm"))
    merged = timed([command[0], "merge", *parts, "--output", str(folder / "merged")], folder, 1)
    rows.append((f"lantern merge of {SHARDS} shards", merged, single, "single warm"))
    return rows


def pages(output: Path) -> tuple[int, int, int, str]:
    """(pages, largest page's bytes, its gzipped bytes, its path)."""
    found = []
    for page in output.rglob("*.html"):
        raw = page.read_bytes()
        found.append((len(raw), len(gzip.compress(raw)), page.relative_to(output).as_posix()))
    largest = max(found)
    return len(found), largest[0], largest[1], largest[2]


def measure_page_weight(output: Path) -> tuple[int, str]:
    """The largest measure page with the stylesheets it loads, gzipped: what a reader
    downloads to see it (its charts are drawn inside it; it loads no script)."""
    styles = sum(len(gzip.compress(p.read_bytes())) for p in output.glob("theme/css/*.css"))
    page = max(output.glob("measures/*/index.html"), key=lambda p: len(p.read_bytes()))
    return len(gzip.compress(page.read_bytes())) + styles, page.relative_to(output).as_posix()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (median)")
    parser.add_argument("--no-national", action="store_true", help="leave out the national site")
    args = parser.parse_args(argv)
    lantern = str(Path(sys.executable).with_name("lantern"))
    pelican = str(Path(sys.executable).with_name("pelican"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = copy_project(Path(scratch) / "project")
        plain = plain_project(folder, Path(scratch) / "plain")
        floor = timed([pelican, "-s", str(plain), "-q"], folder, args.runs)
        cache = folder / "cache"
        cold = timed([lantern, "build"], folder, args.runs, lambda: shutil.rmtree(cache, True))
        warm = timed([lantern, "build"], folder, args.runs)
        page = sorted((folder / "content" / "pages").glob("*.md"))[0]
        edit = timed(
            [lantern, "build"],
            folder,
            args.runs,
            lambda: page.write_text(page.read_text("utf-8") + "\nOne more sentence.\n", "utf-8"),
        )
        *_, said = run([lantern, "build"], folder)
        charts = re.search(r"(\d+) charts drawn, (\d+) reused", said)
        count, size, zipped, largest = pages(folder / "output")
        weight, heaviest = measure_page_weight(folder / "output")
        one = timed([lantern, "validate", "data"], folder, args.runs)
        national = [] if args.no_national else national_rows(folder, floor["seconds"])
        ten_times(folder / "data")
        ten = timed([lantern, "validate", "data"], folder, args.runs)
        million_rows(PROJECT / "data", folder / "data")
        million = timed([lantern, "validate", "data"], folder, 1)
    rows = [
        ("Plain Pelican build of the same Markdown (floor)", floor, floor["seconds"], "floor"),
        ("Lantern build, cold (no chart cache)", cold, floor["seconds"], "floor"),
        ("Lantern build, warm (nothing changed)", warm, floor["seconds"], "floor"),
        ("Lantern build after a one-sentence edit", edit, floor["seconds"], "floor"),
        ("lantern validate, 1× rows", one, one["seconds"], "1×"),
        ("lantern validate, 10× rows", ten, one["seconds"], "1×"),
        ("lantern validate, a 1,000,000-row values.csv", million, one["seconds"], "1×"),
        *national,
    ]
    print(f"Lantern benchmark, {time.strftime('%Y-%m-%d')}, {machine()}, median of {args.runs}")
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
    return 0


def machine() -> str:
    """The machine in a few words: processor count, system and Python."""
    return (
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
