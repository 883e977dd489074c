"""``lantern new``: a council's site or a blank one, written whole, never over a site."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import neighbour_names, run_build

from lantern.build.unwritten import TO_WRITE, unwritten_places
from lantern.cli.command import main


def new(folder: Path, *args: str) -> int:
    return main(["new", str(folder), *args])


def test_a_councils_site_names_the_council_and_its_groups_and_marks_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "wigan"
    assert new(site, "--area", "E08000010") == 0
    assert "Wrote Wigan's site" in capsys.readouterr().out
    settings = (site / "pelicanconf.py").read_text(encoding="utf-8")
    assert 'LANTERN_AREA = "E08000010"' in settings
    assert 'LANTERN_COMPARATORS = ["cipfa-neighbours", "north-west", "england"]' in settings
    assert 'PUBLISHER = "Wigan Council"' in settings
    for page in ("index", "about", "accessibility", "care-home-admissions"):
        text = (site / "content" / "pages" / f"{page}.md").read_text(encoding="utf-8")
        assert "Wigan" in text and TO_WRITE in text, page
    about = (site / "content" / "pages" / "about.md").read_text(encoding="utf-8")
    assert all(name in about for name in neighbour_names(site, "E08000010"))
    for path in [*site.rglob("*.md"), *site.rglob("*.py"), *site.rglob("*.yml")]:
        assert "Sefton" not in path.read_text(encoding="utf-8"), path
        assert "[[" not in path.read_text(encoding="utf-8"), path
    assert (site / ".github" / "workflows" / "publish.yml").is_file()
    assert (site / ".gitignore").is_file()
    assert "--hash=sha256:" in (site / "requirements.lock").read_text(encoding="utf-8")


def test_every_place_left_for_the_council_is_named_until_it_is_written(tmp_path: Path) -> None:
    site = tmp_path / "wigan"
    assert new(site, "--area", "E08000010") == 0
    content = site / "content"
    left = unwritten_places(content, "content")
    assert any(place.startswith("content/pages/index.md, line ") for place in left)
    for path in content.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(TO_WRITE, "Written by the council"), encoding="utf-8")
    assert unwritten_places(content, "content") == []


def test_a_councils_groups_file_holds_its_own_neighbours_only(tmp_path: Path) -> None:
    site = tmp_path / "kent"
    assert new(site, "--area", "E10000016") == 0
    groups = (site / "data" / "reference" / "groups.csv").read_text(encoding="utf-8")
    neighbours = [line for line in groups.splitlines() if line.startswith("cipfa-neighbours")]
    assert len(neighbours) == 16 and all(line.endswith(",E10000016") for line in neighbours)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--area", "E07000117"], "is a district council's code"),
        (["--area", "X99"], "is not a council in the national data"),
    ],
)
def test_a_code_that_names_no_council_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert new(tmp_path / "site", *args) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_holds_a_site_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    assert new(site, "--blank") == 0
    settings = site / "pelicanconf.py"
    settings.write_text("# the council's own settings\n", encoding="utf-8")
    capsys.readouterr()
    assert new(site, "--area", "E08000010") == 1
    err = capsys.readouterr().err
    assert f"{site}: already holds a site" in err and err.count("\n") <= 2
    assert settings.read_text(encoding="utf-8") == "# the council's own settings\n"


def test_a_blank_site_builds_with_its_example_measure_marked_illustrative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "service"
    assert new(site, "--blank") == 0
    assert run_build(site / "pelicanconf.py") == 0, capsys.readouterr().err
    output = site / "output"
    for path in ("index.html", "measures/ex1/index.html", "example-topic/index.html"):
        soup = BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")
        figures = soup.select("main .figure")
        assert figures, path
        marked = [f for f in figures if "(illustrative)" in f.parent.get_text()]
        assert marked == figures, path
