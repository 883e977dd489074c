"""Only the site leaves the build: no link to a file elsewhere, no hidden file, no ``.git``."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from support import run_build, snapshot, write_site

from lantern.build.published import unpublishable

PUBLISH = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "publish.yml"
SECRET = "db_password=hunter2"


def pages_upload_inputs() -> dict[str, object]:
    """The inputs the publishing workflow gives GitHub's Pages upload action."""
    workflow = yaml.safe_load(PUBLISH.read_text(encoding="utf-8"))
    for step in workflow["jobs"]["build"]["steps"]:
        if "actions/upload-pages-artifact" in step.get("uses", ""):
            return dict(step["with"])
    raise AssertionError("publish.yml has no Pages upload")


def pages_artifact(site: Path, include_hidden: bool) -> list[str]:
    """The files the pinned upload-pages-artifact action puts in the artifact: its own tar call."""
    hidden = [] if include_hidden else ["--exclude=.[^/]*"]
    listing = subprocess.run(
        [
            "tar", "--dereference", "--hard-dereference", "--directory", str(site),
            "-cvf", os.devnull, "--exclude=.git", "--exclude=.github", *hidden, ".",
        ],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return sorted(
        name.removeprefix("./")
        for name in listing.splitlines()
        if name != "./" and not name.endswith("/")
    )


def test_the_pages_artifact_is_every_file_of_the_site_and_nothing_hidden(
    published_example: Path,
) -> None:
    inputs = pages_upload_inputs()
    assert inputs["path"] == "output"
    artifact = pages_artifact(published_example, inputs.get("include-hidden-files") is True)
    site = sorted(p.relative_to(published_example).as_posix() for p in
                  published_example.rglob("*") if p.is_file())  # fmt: skip
    assert artifact == site, "the upload would leave out or add files"
    assert not [name for name in artifact if any(part.startswith(".") for part in name.split("/"))]
    assert not [p for p in published_example.rglob("*") if p.is_symlink()]


def test_a_content_file_linked_to_a_file_elsewhere_stops_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site")
    assert run_build(settings) == 0
    output = settings.parent / "output"
    good = snapshot(output)
    secret = tmp_path / "secrets.env"
    secret.write_text(SECRET, encoding="utf-8")
    images = settings.parent / "content" / "images"
    images.mkdir()
    (images / "logo.png").symlink_to(secret)
    capsys.readouterr()
    assert run_build(settings) == 1
    err = capsys.readouterr().err
    assert "content/images/logo.png: is a symbolic link to a file outside" in err
    assert "Traceback" not in err
    assert snapshot(output) == good
    assert not any(SECRET.encode() in body for body in snapshot(output).values())


def test_a_hidden_file_the_settings_let_through_stops_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site")
    with settings.open("a", encoding="utf-8") as file:
        file.write("IGNORE_FILES = []\n")
    assert run_build(settings) == 0
    output = settings.parent / "output"
    good = snapshot(output)
    images = settings.parent / "content" / "images"
    images.mkdir()
    (images / ".env").write_text(SECRET, encoding="utf-8")
    capsys.readouterr()
    assert run_build(settings) == 1
    err = capsys.readouterr().err
    assert "images/.env: the built site holds a hidden file" in err
    assert snapshot(output) == good


def test_a_stray_git_folder_and_a_link_are_each_named_once(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "data" / ".git" / "objects").mkdir(parents=True)
    for number in range(20):
        (site / "data" / ".git" / "objects" / f"{number:02d}").write_text("x", encoding="utf-8")
    (site / "index.html").write_text("<p>Hello</p>", encoding="utf-8")
    (site / "passwd").symlink_to("/etc/passwd")
    problems = unpublishable(site)
    assert len(problems) == 2
    assert problems[0].startswith("data/.git: ") and problems[1].startswith("passwd: ")
