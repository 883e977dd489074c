"""Lantern as a council installs it: the wheel in a fresh virtual environment outside the
repository, ``lantern new`` for two kinds of council, and each site built with no edit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import PROJECT, neighbour_names

from lantern.build.unwritten import TO_WRITE
from lantern.starter.pins import runtime_lock, runtime_names

# A metropolitan borough and a county council.
COUNCILS = {"E08000010": "Wigan", "E10000016": "Kent"}
# The example council: no page of another council's site may name it.
EXAMPLE_COUNCIL = "Sefton"

pytestmark = pytest.mark.site_build


def run(command: list[str], cwd: Path) -> str:
    """Run a command with no path to the repository in its environment; what it printed."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh virtual environment holding the wheel and its pinned
    dependencies, made in a folder outside the repository."""
    folder = tmp_path_factory.mktemp("installed")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(folder), "."], PROJECT)
    (wheel,) = folder.glob("lantern-*.whl")
    run([sys.executable, "-m", "venv", str(folder / "venv")], folder)
    lock = folder / "requirements.lock"
    lock.write_text(
        runtime_lock((PROJECT / "requirements.lock").read_text(encoding="utf-8"), runtime_names()),
        encoding="utf-8",
    )
    venv_pip = [str(folder / "venv" / "bin" / "python"), "-m", "pip", "--quiet"]
    run([*venv_pip, "install", "--require-hashes", "--no-deps", "-r", str(lock)], folder)
    run([*venv_pip, "install", "--no-deps", str(wheel)], folder)
    return folder / "venv" / "bin"


def test_the_installed_lantern_holds_its_theme_and_its_national_data(installed: Path) -> None:
    where = run(
        [
            str(installed / "python"),
            "-c",
            "import lantern.installed as i; print(i.PACKAGE); print(i.THEME_PATH.is_dir()); "
            "print(i.national_data())",
        ],
        installed,
    ).split()
    assert not Path(where[0]).is_relative_to(PROJECT)
    assert where[1] == "True" and Path(where[2]).is_relative_to(where[0])


@pytest.mark.parametrize("code", sorted(COUNCILS))
def test_a_new_councils_site_builds_and_every_measure_page_names_it_and_its_neighbours(
    installed: Path, tmp_path: Path, code: str
) -> None:
    name = COUNCILS[code]
    run([str(installed / "lantern"), "new", "site", "--area", code], tmp_path)
    site = tmp_path / "site"
    printed = run([str(installed / "lantern"), "build"], site)
    assert "content/pages/index.md, line" in printed, "the build names what is left to write"
    assert f"still says '{TO_WRITE}'" in printed
    output = site / "output"
    neighbours = neighbour_names(site, code)
    measure_pages = sorted((output / "measures").glob("*/index.html"))
    assert measure_pages
    named: set[str] = set()
    for path in measure_pages:
        text = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
        assert name in text, path
        named |= {n for n in neighbours if n in text}
    assert named == set(neighbours)
    for path in output.rglob("*.html"):
        assert EXAMPLE_COUNCIL not in path.read_text(encoding="utf-8"), path
