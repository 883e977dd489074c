"""``lantern build --jobs N``: one site built as N shards at once, on N cores, then merged.

The shared work (checking the data, computing every area) is done once first
(``lantern prepare``, skipped when an earlier build kept it) and kept in the
cache folder, where every shard finds it. Each shard is joined into the site
as soon as it is built, while the others still run. Every shard gets the same
``SOURCE_DATE_EPOCH``, so the merged site is the one a single build writes.
Each shard runs as its own process, so a national site uses every core it is
given.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from lantern.build.build_time import SOURCE_DATE_EPOCH, build_time
from lantern.build.checked import release_prepared
from lantern.build.merge import merge_shards
from lantern.build.swap import build_lock, building_prefix
from lantern.cli.build import read_site_settings
from lantern.config.settings import read_settings
from lantern.data.problems import LanternError

COMMAND = [sys.executable, "-m", "lantern.cli"]


def _start(command: list[str], environ: dict[str, str]) -> subprocess.Popen[str]:
    """A Lantern process whose output is kept, to be shown only if it fails."""
    return subprocess.Popen(
        command, env=environ, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


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
    site_settings = read_settings(read_site_settings(settings_file))
    # Told here without reading the kept areas: on a rebuild of the same data, starting
    # ``prepare`` only for it to say "nothing to do" costs a second and a half before any
    # shard starts. Computing them is left to a process of its own, whose memory is given
    # back before the shards start.
    if not release_prepared(site_settings):
        _finish([_start([*COMMAND, "prepare", *settings], environ)], ["Checking the data"])
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
            folders = [scratch / str(number) for number in range(1, jobs + 1)]
            shards = ShardProcesses([*COMMAND, "build", *settings], folders, environ)
            merged = merge_shards(shards.finished(), target, site_settings.cache_path)
            return merged, shards.summaries
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


class ShardProcesses:
    """The shards of one build, each its own process, started at once and handed on one by
    one as each finishes, so that the merge joins the first while the others still run."""

    def __init__(self, build: list[str], folders: list[Path], environ: dict[str, str]) -> None:
        count = len(folders)
        self.folders = folders
        self.summaries = [""] * count
        self._done: queue.Queue[tuple[int, str, str, int]] = queue.Queue()
        self.processes = [
            _start([*build, "--shard", f"{n}/{count}", "--output", str(folder)], environ)
            for n, folder in enumerate(folders, start=1)
        ]
        # A thread for each reads its output as it comes (a full pipe would stop the shard).
        for index, process in enumerate(self.processes):
            threading.Thread(target=self._wait, args=(index, process), daemon=True).start()

    def _wait(self, index: int, process: subprocess.Popen[str]) -> None:
        out, err = process.communicate()
        self._done.put((index, out, err, process.returncode))

    def finished(self) -> Iterator[Path]:
        """Each shard's folder as soon as it is built; LanternError with what every shard
        that failed printed, once all have stopped. Stopped early (the merge failed), the
        shards still running are stopped and waited for, so none writes afterwards."""
        failed: dict[int, list[str]] = {}
        remaining = len(self.processes)
        count = remaining
        try:
            while remaining:
                index, out, err, code = self._done.get()
                remaining -= 1
                if code != 0:
                    failed[index] = [
                        f"Shard {index + 1}/{count} stopped:",
                        *err.strip().splitlines(),
                    ]
                    continue
                self.summaries[index] = out.strip()
                if not failed:
                    yield self.folders[index]
            if failed:
                raise LanternError([line for index in sorted(failed) for line in failed[index]])
        finally:
            if remaining:
                for process in self.processes:
                    process.terminate()
                for _ in range(remaining):
                    self._done.get()
