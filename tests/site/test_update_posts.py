"""An update to a committee: a dated post at a permanent address, or a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import run_build, write_site

HEADER = (
    "Title: Quarterly update\nDate: 2024-07-15\nSlug: quarterly-update\n"
    "Period: April to June 2024\nPortfolio: Housing\nCommittee: Scrutiny\n\n"
    "We let {{ value H1 period=2023-24 }} of homes on time.\n"
)


def site_with_update(tmp_path: Path, text: str) -> Path:
    settings = write_site(tmp_path / "site")
    updates = tmp_path / "site" / "content" / "updates"
    updates.mkdir(parents=True)
    (updates / "quarterly.md").write_text(text, encoding="utf-8")
    with settings.open("a", encoding="utf-8") as handle:
        handle.write('ARTICLE_PATHS = ["releases", "updates"]\n')
    return settings


def test_an_update_lives_at_its_month_and_slug_with_its_figures(tmp_path: Path) -> None:
    settings = site_with_update(tmp_path, HEADER)
    assert run_build(settings) == 0
    page = tmp_path / "site" / "output" / "updates" / "2024-07-quarterly-update" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "April to June 2024" in html and "75.0%" in html
    assert "2024-07-quarterly-update" in (tmp_path / "site/output/updates/index.html").read_text()


@pytest.mark.parametrize("line", ["Period", "Portfolio", "Committee"])
def test_an_update_without_its_period_portfolio_or_committee_stops_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    text = "\n".join(row for row in HEADER.splitlines() if not row.startswith(f"{line}:"))
    settings = site_with_update(tmp_path, text + "\n")
    assert run_build(settings) != 0
    err = capsys.readouterr().err
    assert f"updates/quarterly.md: the update has no {line}" in err
    assert not (tmp_path / "site" / "output").exists()


@pytest.mark.parametrize(
    "kind", ["value H1", "badge H1 nation", "rank H1 nation", "group H1 nation"]
)
def test_a_figure_in_an_update_names_its_period_or_the_build_says_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """Without a period, the update would quote another figure once a new one is published."""
    text = HEADER.replace("{{ value H1 period=2023-24 }}", f"{{{{ {kind} }}}}")
    settings = site_with_update(tmp_path, text)
    assert run_build(settings) != 0
    err = capsys.readouterr().err
    assert "updates/quarterly.md:8: an update quotes the figure for a period" in err
    assert f"write {{{{ {kind} period=2023-24 }}}} (the latest now)" in err
    assert "Traceback" not in err


def test_an_update_naming_a_release_that_does_not_exist_stops_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = site_with_update(tmp_path, HEADER.replace("Committee:", "Release: v9\nCommittee:"))
    assert run_build(settings) != 0
    err = capsys.readouterr().err
    assert "updates/quarterly.md: 'Release: v9' is not a release of this site." in err
    assert "Traceback" not in err
