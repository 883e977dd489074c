"""``lantern build --jobs``: each shard is handed to the merge as soon as it is built, a
shard that fails is named with what it said, and a merge that stops stops the shards."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from lantern.cli.parallel import ShardProcesses
from lantern.data.problems import LanternError

# A stand-in for ``lantern build``: reads ``--shard K/N --output DIR`` as the real one does,
# makes DIR, and does what the test's file for shard K says: "wait" for the file "go" in the
# test's folder, "fail" with a message, "sleep" (until stopped), or (no file) finish at once.
FAKE_BUILD = """
import pathlib, sys, time
args = sys.argv[1:]
shard = args[args.index("--shard") + 1].split("/")[0]
output = pathlib.Path(args[args.index("--output") + 1])
here = pathlib.Path(sys.argv[1])
output.mkdir(parents=True)
task = here / f"shard-{shard}"
what = task.read_text() if task.exists() else ""
if what == "wait":
    for _ in range(600):
        if (here / "go").exists():
            break
        time.sleep(0.05)
if what == "fail":
    print("data/values.csv, row 3, field value: 'abc' is not a number", file=sys.stderr)
    sys.exit(1)
if what == "sleep":
    time.sleep(600)
print(f"Built shard {shard}")
"""


def shard_processes(tmp_path: Path, tasks: dict[int, str], count: int = 2) -> ShardProcesses:
    for number, task in tasks.items():
        (tmp_path / f"shard-{number}").write_text(task, encoding="utf-8")
    build = [sys.executable, "-c", FAKE_BUILD, str(tmp_path)]
    folders = [tmp_path / "shards" / str(n) for n in range(1, count + 1)]
    return ShardProcesses(build, folders, dict(os.environ))


def test_each_shard_is_handed_on_as_soon_as_it_is_built(tmp_path: Path) -> None:
    """Shard 1 waits until the test has been handed shard 2: the merge can join shard 2
    while shard 1 still runs. The summaries stay in shard order."""
    shards = shard_processes(tmp_path, {1: "wait"})
    finished = shards.finished()
    assert next(finished) == shards.folders[1]
    (tmp_path / "go").write_text("", encoding="utf-8")
    assert list(finished) == [shards.folders[0]]
    assert shards.summaries == ["Built shard 1", "Built shard 2"]


def test_a_shard_that_fails_is_named_with_what_it_said(tmp_path: Path) -> None:
    shards = shard_processes(tmp_path, {1: "wait", 2: "fail"})
    finished = shards.finished()
    with pytest.raises(LanternError) as stopped:
        (tmp_path / "go").write_text("", encoding="utf-8")
        list(finished)
    assert stopped.value.problems == [
        "Shard 2/2 stopped:",
        "data/values.csv, row 3, field value: 'abc' is not a number",
    ]


def test_a_merge_that_stops_early_stops_the_shards_still_running(tmp_path: Path) -> None:
    shards = shard_processes(tmp_path, {1: "sleep"})
    finished = shards.finished()
    assert next(finished) == shards.folders[1]
    finished.close()  # as when the merge finds a problem in the first shard it joins
    assert all(process.poll() is not None for process in shards.processes)
    assert shards.processes[0].returncode != 0, "the sleeping shard was stopped"
