"""The benchmark's national builds: the national example for 10, 40 and every area, cold
and warm, every area on both cores, and as shards one after the other with their merge.

Used by ``bench.py`` (left out with ``--no-national``).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_runs import run, timed

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


def national_rows(
    folder: Path, floor: float, sizes: tuple[int | None, ...] = NATIONAL_SIZES
) -> list[tuple[str, dict[str, float], float, str]]:
    """Cold and warm national builds of 10, 40 and every area (``sizes``; None is every
    area, which comes last), once each."""
    lantern = str(Path(sys.executable).with_name("lantern"))
    cache = folder / NATIONAL / "cache"
    rows = []
    for size in sizes:
        settings = national_settings(folder, size)
        command = [lantern, "build", "--settings", str(settings)]
        areas = f"{size} areas" if size else "every area"
        cold = timed(command, folder, 1, lambda: shutil.rmtree(cache, True))
        warm = timed(command, folder, 1)
        rows.append((f"National site, {areas}, cold", cold, floor, "floor"))
        rows.append((f"National site, {areas}, warm", warm, floor, "floor"))
    rows += page_writing_rows(folder, command)
    return rows + parallel_rows(folder, command, cache, cold["seconds"], warm["seconds"])


# What a warm build prints for the stage that writes every area's pages.
AREA_PAGES_STAGE = re.compile(r"area pages (?:(\d+) min )?(\d+(?:\.\d+)?) s\b")
# Plain Jinja writing ``count`` pages of ``size`` bytes from a layout and a page template,
# as Lantern's pages are (a base template extended, a loop of table rows), and nothing else.
PLAIN_JINJA = """\
import sys, time, pathlib, jinja2
count, size, out = int(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
env = jinja2.Environment(autoescape=True, loader=jinja2.DictLoader({
    "base.html": "<!doctype html><html lang=en><title>{{ title }}</title>"
                 "<main>{% block main %}{% endblock %}</main></html>",
    "page.html": "{% extends 'base.html' %}{% block main %}<h1>{{ title }}</h1><table>"
                 "{% for row in rows %}<tr><th>{{ row[0] }}</th><td>{{ row[1] }}</td></tr>"
                 "{% endfor %}</table>{% endblock %}",
}))
template = env.get_template("page.html")
rows = [(f"Row {n}", f"{n * 1.5:.1f}") for n in range(max(1, size // 40))]
start = time.perf_counter()
for n in range(count):
    folder = out / str(n)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(template.render(title=f"Page {n}", rows=rows), "utf-8")
print(time.perf_counter() - start)
"""


def page_writing_rows(
    folder: Path, command: list[str]
) -> list[tuple[str, dict[str, float], float, str]]:
    """The warm build's stage that writes every area's pages, against plain Jinja writing
    the same number of pages of the same average size in the same run."""
    *_, said = run(command, folder)
    found = AREA_PAGES_STAGE.search(said)
    if found is None:
        raise SystemExit("the national build did not print its area pages stage")
    stage = 60 * int(found[1] or 0) + float(found[2])
    written = list((folder / NATIONAL / "output" / "areas").rglob("*.html"))
    size = sum(p.stat().st_size for p in written) // len(written)
    scratch = folder / "plain-jinja"
    script = [sys.executable, "-c", PLAIN_JINJA, str(len(written)), str(size), str(scratch)]
    plain = float(subprocess.run(script, check=True, capture_output=True, text=True).stdout)
    shutil.rmtree(scratch, True)
    label = f"{len(written):,} pages of {size / 1024:.0f} KiB"
    return [
        (f"Plain Jinja writing {label}", {"seconds": plain, "mib": 0}, plain, "plain Jinja"),
        (
            f"Lantern's area pages stage, {label}, warm",
            {"seconds": stage, "mib": 0},
            plain,
            "plain Jinja",
        ),
    ]


SHARDS = 4


def parallel_rows(
    folder: Path, command: list[str], cache: Path, single_cold: float, single: float
) -> list[tuple[str, dict[str, float], float, str]]:
    """Every area on both cores (``--jobs 2``), cold and warm, each against the same build
    on one core; then ``SHARDS`` shards one after the other (after ``lantern prepare``),
    each against the warm single build, and their merge. Peak memory is the largest
    single process's."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
    jobs = [*command, "--jobs", "2"]
    cold = timed(jobs, folder, 1, lambda: shutil.rmtree(cache, True))
    warm = timed(jobs, folder, 1)
    rows = [
        ("National site, every area, 2 cores, cold", cold, single_cold, "one core cold"),
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
