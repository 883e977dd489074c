"""The benchmark's measuring: a command timed as a whole process with its peak memory, the
copies of the project it runs in, and what the built site weighs.

Used by ``bench.py`` and ``bench_national.py``.
"""

from __future__ import annotations

import gzip
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
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


def machine() -> str:
    """The machine in a few words: processor count, system and Python."""
    return (
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}"
    )
