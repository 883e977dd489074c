"""``lantern build --jobs N``: one site built as N shards at once, on N cores, then merged.

The shared work (checking the data, computing every area) is done once first
(``lantern prepare``) and kept in the cache folder, where every shard finds
it. Every shard gets the same ``SOURCE_DATE_EPOCH``, so the merged site is the
one a single build writes. Each shard runs as its own process, so a national
site uses every core it is given.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lantern.build.build_time import SOURCE_DATE_EPOCH, build_time
from lantern.build.merge import merge_shards
from lantern.build.swap import build_lock, building_prefix
from lantern.cli.build import read_site_settings
from lantern.config.settings import read_settings
from lantern.data.problems import LanternError

COMMAND = [sys.executable, "-m", "lantern.cli"]


def _finish(processes: list[subprocess.Popen[str]], labels: list[str]) -> list[str]:
    """Wait for every process; their closing lines, or LanternError with what each that
    failed printed (all are waited for first, so none is still writing afterwards)."""
    results = [(p.communicate(), p.returncode) for p in processes]
    problems = []
    for label, ((_, err), code) in zip(labels, results, strict=True):
        if code != 0:
            problems += [f"{label} stopped:", *err.strip().splitlines()]
    if problems:
        raise LanternError(problems)
    return [out.strip() for (out, _), _ in results]


def build_in_parallel(settings_file: Path, output: Path, jobs: int) -> tuple[Path, list[str]]:
    """Prepare once, build ``jobs`` shards at once and merge them into ``output``.

    Returns the site's folder and each shard's closing summary.
    """
    environ = dict(os.environ)
    environ.setdefault(SOURCE_DATE_EPOCH, str(int(build_time().timestamp())))
    settings = ["--settings", str(settings_file)]
    prepare = subprocess.Popen(
        [*COMMAND, "prepare", *settings],
        env=environ,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _finish([prepare], ["Checking the data"])
    cache = read_settings(read_site_settings(settings_file)).cache_path
    target = output.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    # The shards' folders sit beside the output under their own lock, so the merge (which
    # clears what killed builds of the output left) never takes them for leftovers.
    scratch_name = target.with_name(f"{target.name}-shards")
    with build_lock(scratch_name):
        for stale in target.parent.glob(building_prefix(scratch_name) + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        scratch = Path(tempfile.mkdtemp(prefix=building_prefix(scratch_name), dir=target.parent))
        try:
            build = [*COMMAND, "build", *settings]
            return _build_shards(build, scratch, target, jobs, environ, cache)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


def _build_shards(
    build: list[str],
    scratch: Path,
    target: Path,
    jobs: int,
    environ: dict[str, str],
    cache: Path | None,
) -> tuple[Path, list[str]]:
    folders = [scratch / str(number) for number in range(1, jobs + 1)]
    shards = [
        subprocess.Popen(
            [*build, "--shard", f"{n}/{jobs}", "--output", str(folder)],
            env=environ,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n, folder in enumerate(folders, start=1)
    ]
    summaries = _finish(shards, [f"Shard {n}/{jobs}" for n in range(1, jobs + 1)])
    return merge_shards(folders, target, cache), summaries
