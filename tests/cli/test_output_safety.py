"""The last good site survives a killed build, a failed swap and a second build at once."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import run_build, snapshot, write_site

PROJECT = Path(__file__).resolve().parents[2]

# Runs a build that is killed right after the old site is moved aside, before the new
# one is renamed into place: the worst moment for a power cut or a cancelled job.
KILLED_BETWEEN_RENAMES = """
import os, pathlib, sys
real = pathlib.Path.rename
def rename(self, target):
    result = real(self, target)
    if pathlib.Path(target).name == ".output.previous":
        os._exit(9)
    return result
pathlib.Path.rename = rename
from lantern.cli.command import main
sys.exit(main(["build", "--settings", sys.argv[1]]))
"""


def site(tmp_path: Path) -> Path:
    settings = write_site(tmp_path / "site")
    assert run_build(settings) == 0
    return settings


def break_data(settings: Path) -> None:
    (settings.parent / "data/housing/datapackage.json").write_text("{", encoding="utf-8")


def test_a_build_killed_between_the_renames_gets_the_site_back_next_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = site(tmp_path)
    output = settings.parent / "output"
    good = snapshot(output)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BETWEEN_RENAMES, str(settings)],
        cwd=settings.parent,
        capture_output=True,
        check=False,
    )
    assert killed.returncode == 9
    assert not output.exists() and (settings.parent / ".output.previous").is_dir()
    break_data(settings)  # the next build fails, so only recovery can bring the site back
    assert run_build(settings) == 1
    assert snapshot(output) == good
    assert not (settings.parent / ".output.previous").exists()


def test_what_a_killed_build_leaves_is_cleared_and_ignored_by_git(tmp_path: Path) -> None:
    settings = site(tmp_path)
    leftovers = [
        settings.parent / ".output.building-k1ll3d",
        settings.parent / ".lantern-releases-k1ll3d",
    ]
    for leftover in leftovers:
        (leftover / "data").mkdir(parents=True)
    assert run_build(settings) == 0
    assert not any(leftover.exists() for leftover in leftovers)
    for name in (
        ".output.building-abc/",
        ".output.previous/",
        ".output.lock",
        ".lantern-releases-x/",
    ):
        ignored = subprocess.run(
            ["git", "check-ignore", "-q", "--no-index", name], cwd=PROJECT, check=False
        )
        assert ignored.returncode == 0, name


def test_a_swap_that_cannot_write_leaves_the_site_and_no_build_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = site(tmp_path)
    output = settings.parent / "output"
    good = snapshot(output)
    real = Path.rename

    def read_only(self: Path, target: Path) -> Path:
        # The old site is moved aside, then the new one cannot be moved in.
        if self.name.startswith(".output.building-"):
            raise PermissionError(13, "Permission denied")
        return real(self, target)

    monkeypatch.setattr(Path, "rename", read_only)
    capsys.readouterr()
    assert run_build(settings) == 1
    err = capsys.readouterr().err
    assert "could not be put in place (Permission denied)" in err and "Traceback" not in err
    monkeypatch.undo()
    assert snapshot(output) == good
    assert not list(settings.parent.glob(".output.building-*"))


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path: Path) -> None:
    settings = site(tmp_path)
    lock = settings.parent / ".output.lock"
    with lock.open("a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        second = subprocess.Popen(
            [str(Path(sys.executable).parent / "lantern"), "build", "--settings", str(settings)],
            cwd=settings.parent,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        time.sleep(3)
        assert second.poll() is None  # still waiting for the lock
        fcntl.flock(held, fcntl.LOCK_UN)
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0
    assert "Another build of output/ is running; waiting for it to finish." in err
