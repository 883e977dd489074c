"""Old releases are read from git as strictly as today's data, or the build stops.

A tag's data become a permanent public archive, so a tag that cannot be read,
holds a link, points outside its package or fails validation stops the build
with a message naming the tag, and the last good site stays as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from support import git, release, run_build, snapshot, write_site


def site_with_tag(tmp_path: Path) -> Path:
    """A site in git whose first build succeeds; returns the settings file."""
    settings = write_site(tmp_path / "site")
    git(settings.parent, "init", "-q")
    release(settings.parent, "v1", "2024-01-31T09:00:00")
    assert run_build(settings) == 0
    return settings


def fails_and_keeps_the_site(settings: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Build again: exit 1, no traceback, the previous output untouched; returns stderr."""
    output = settings.parent / "output"
    before = snapshot(output)
    capsys.readouterr()
    assert run_build(settings) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert snapshot(output) == before
    return err


def point_housing_at(site: Path, path: str) -> None:
    descriptor = site / "data/housing/datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    package["resources"][0]["path"] = path
    descriptor.write_text(json.dumps(package), encoding="utf-8")


@pytest.mark.parametrize("path", ["../../../../etc/hostname", "/etc/hostname"])
def test_an_old_tag_pointing_outside_its_package_stops_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    settings = site_with_tag(tmp_path)
    site = settings.parent
    good = (site / "data/housing/datapackage.json").read_text(encoding="utf-8")
    point_housing_at(site, path)
    release(site, "v2", "2024-02-28T09:00:00")
    (site / "data/housing/datapackage.json").write_text(good, encoding="utf-8")
    release(site, "v3", "2024-03-31T09:00:00")
    err = fails_and_keeps_the_site(settings, capsys)
    assert "Release v2: data/housing/datapackage.json" in err
    assert "must be a file inside the package folder" in err
    assert not (site / "etc").exists() and not (tmp_path / "etc").exists()


def test_a_link_in_an_old_tag_stops_the_build_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = site_with_tag(tmp_path)
    site = settings.parent
    os.symlink("/etc/hostname", site / "data/housing/hostname.csv")
    release(site, "v2", "2024-02-28T09:00:00")
    (site / "data/housing/hostname.csv").unlink()
    release(site, "v3", "2024-03-31T09:00:00")
    err = fails_and_keeps_the_site(settings, capsys)
    assert "Release v2 cannot be read" in err and "hostname.csv is a link" in err


def test_an_old_tag_that_fails_validation_names_the_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = site_with_tag(tmp_path)
    site = settings.parent
    descriptor = site / "data/housing/datapackage.json"
    good = descriptor.read_text(encoding="utf-8")
    descriptor.write_text("{ not json", encoding="utf-8")
    release(site, "v2", "2024-02-28T09:00:00")
    descriptor.write_text(good, encoding="utf-8")
    release(site, "v3", "2024-03-31T09:00:00")
    err = fails_and_keeps_the_site(settings, capsys)
    assert "Release v2: data/housing/datapackage.json" in err and "not valid JSON" in err


def test_a_tag_without_the_data_folder_stops_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = site_with_tag(tmp_path)
    site = settings.parent
    empty_tree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"  # git's well-known empty tree
    commit = subprocess.run(
        ["git", "-C", str(site), "commit-tree", empty_tree, "-m", "empty"],
        capture_output=True,
        check=True,
        text=True,
        env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
             "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"},
    ).stdout.strip()  # fmt: skip
    git(site, "tag", "-a", "v0", "-m", "Release v0", commit)
    err = fails_and_keeps_the_site(settings, capsys)
    assert "Release v0 cannot be read: git cannot read data/ at tag v0" in err


def test_without_git_the_build_stops_rather_than_drop_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = site_with_tag(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    err = fails_and_keeps_the_site(settings, capsys)
    assert "git cannot be run" in err
