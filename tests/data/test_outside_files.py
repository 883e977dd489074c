"""Nothing outside a package is read: no path out of it, no link, no web address."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from support import problem_at

from lantern.cli.command import main


def validate(release: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["validate", str(release)])
    return code, capsys.readouterr().err


def set_path(release: Path, path: Any) -> None:
    descriptor = release / "housing/datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    package["resources"][0]["path"] = path
    descriptor.write_text(json.dumps(package), encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("../../../../etc/hostname", "must be a file inside the package folder"),
        ("/etc/hostname", "must be a file inside the package folder"),
        ("C:\\Windows\\win.ini", "must be a file inside the package folder"),
        (["values.csv", "more.csv"], "must be the name of one file"),
    ],
)
def test_a_path_out_of_the_package_is_refused(
    release: Path, capsys: pytest.CaptureFixture[str], path: Any, message: str
) -> None:
    set_path(release, path)
    problem = problem_at(release, "bad-resource-path", "housing/datapackage.json", None, "path")
    assert message in problem.message


def test_a_web_address_is_refused_before_anything_is_fetched(
    release: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    connections: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        connections.append(address)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    set_path(release, "https://example.org/values.csv")
    problem = problem_at(release, "bad-resource-path", "housing/datapackage.json", None, "path")
    assert "is a web address" in problem.message
    code, err = validate(release, capsys)
    assert code == 1 and "is a web address" in err
    assert connections == []


def test_a_linked_file_or_folder_in_the_data_is_refused(
    release: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.csv").write_text("a\n1\n", encoding="utf-8")
    (release / "housing/values.csv").unlink()
    os.symlink(outside / "secret.csv", release / "housing/values.csv")
    os.symlink(outside, release / "borrowed")
    problem_at(release, "symbolic-link", "housing/values.csv", None, None)
    problem_at(release, "symbolic-link", "borrowed", None, None)
    problem = problem_at(release, "bad-resource-path", "housing/datapackage.json", None, "path")
    assert "goes through a symbolic link" in problem.message
