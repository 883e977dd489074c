"""The benchmark's national builds: the national example for 10, 40 and every area, cold
and warm, every area on both cores, and as shards one after the other with their merge.

Used by ``bench.py`` (left out with ``--no-national``).
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_runs import timed

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
