"""What changed since your paper, for updates: the figures an update quoted that a later
release revised, listed on the updates index and on the update itself.

The ``two_releases`` site (tests/site/conftest.py) has an update written between
v1 and v2 quoting H1 for 2022-23 (revised by v2 from 50.0% to 52.5%), H1 for
2023-24 (unchanged) and a stated budget gap (revised from £1.4m to £1.6m), and
one written before v1.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from support import build

from lantern.data.problems import LanternError
from lantern.data.release_changes import Changes, Revision
from lantern.embeds.quoted import MEASURE, STATED, Quoted
from lantern.present.change_lines import ChangeLine
from lantern.releases.history import ReleaseLink
from lantern.releases.update_revisions import measure_revisions, release_of
from lantern.site.updates import UpdateView

REVISED_H1 = "2022-23 revised from 50.0% to 52.5%. Revised: two late returns."
REVISED_GAP = "Budget gap: revised from £1.4m to £1.6m. Revised at outturn."


def _soup(output: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((output / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def _text(soup: object) -> str:
    return " ".join(soup.get_text(" ").split())  # type: ignore[attr-defined]


def _listed(output: Path) -> dict[str, BeautifulSoup]:
    """Each update on the index, by its title."""
    index = _soup(output, "updates")
    lists = index.find_all("ul", class_="update-list")  # one for each year
    items = [item for found in lists for item in found.find_all("li", recursive=False)]
    return {_text(item.find("a")): item for item in items}


def test_the_index_lists_the_figures_an_update_quoted_that_were_revised(
    two_releases: tuple[Path, bytes],
) -> None:
    listed = _listed(two_releases[0])
    summer = listed["Summer update"].find("details", class_="revised-since")
    said = _text(summer)
    assert _text(summer.find("summary")) == "2 figures it quoted have been revised since Release v1"
    assert f"Households prevented from becoming homeless : {REVISED_H1}" in said
    assert REVISED_GAP in said
    assert "2023-24" not in said  # quoted, but unchanged
    link = summer.find("a", string="Households prevented from becoming homeless")
    assert link["href"].endswith("measures/h1/")


def test_an_update_older_than_every_release_has_nothing_to_compare(
    two_releases: tuple[Path, bytes],
) -> None:
    output = two_releases[0]
    listed = _listed(output)["Autumn update"]
    assert listed.find(class_="revised-since") is None
    # With no Summary: line, the list shows no summary, not the page's first words.
    assert "Copy this figure" not in _text(listed)
    page = _soup(output, "updates/2023-11-autumn-update")
    assert page.find(class_="revised-since") is None
    assert "Release" not in [_text(dt) for dt in page.find_all("dt")]


def test_the_update_says_which_figures_changed_since_the_committee_saw_them(
    two_releases: tuple[Path, bytes],
) -> None:
    page = _soup(two_releases[0], "updates/2024-06-summer-update")
    facts = {_text(dt): dt.find_next("dd") for dt in page.find_all("dt")}
    assert _text(facts["Release"]) == "Release v1 ( 31 January 2024 )"
    assert facts["Release"].find("a")["href"].endswith("releases/#release-v1")
    note = _text(page.find(class_="revised-since"))
    assert note.startswith("2 figures it quoted have been revised since Release v1")
    assert REVISED_H1 in note and REVISED_GAP in note
    # The page itself shows today's figures.
    assert (
        "52.5%" in _text(page.find(class_="narrative")) if page.find(class_="narrative") else True
    )


def test_a_page_read_from_the_content_cache_still_knows_what_it_quoted(
    two_releases_to_rebuild: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    output = two_releases_to_rebuild[0]
    again = build(output.parent / "pelicanconf.py", capsys)
    assert REVISED_GAP in _text(_listed(again)["Summer update"])


def _update(day: str, release: str = "") -> SimpleNamespace:
    return SimpleNamespace(
        date=datetime.fromisoformat(day), release=release, relative_source_path="updates/u.md"
    )


RELEASES = [
    SimpleNamespace(tag="v1", date="2024-01-31"),
    SimpleNamespace(tag="v2", date="2025-03-31"),
]


@pytest.mark.parametrize(
    ("day", "named", "expected"),
    [
        ("2024-01-30", "", None),  # before every release
        ("2024-01-31", "", "v1"),  # published the day of a release: that release
        ("2025-01-01", "", "v1"),
        ("2026-01-01", "", "v2"),
        ("2024-06-01", "v2", "v2"),  # a Release: line wins over the date
    ],
)
def test_an_update_is_written_against_the_release_it_names_or_the_latest_before_it(
    day: str, named: str, expected: str | None
) -> None:
    found = release_of(_update(day, named), RELEASES)  # type: ignore[arg-type]
    assert (found.tag if found else None) == expected


def test_an_update_naming_a_release_that_does_not_exist_names_its_file_and_the_releases() -> None:
    with pytest.raises(LanternError) as raised:
        release_of(_update("2024-06-01", "v9"), RELEASES)  # type: ignore[arg-type]
    assert raised.value.problems == [
        "updates/u.md: 'Release: v9' is not a release of this site. Releases: v1, v2."
    ]


def test_only_the_revisions_of_quoted_figures_are_kept() -> None:
    changes = Changes(
        revisions=[
            Revision("H1", "2022-23", "52.5", "50.0"),
            Revision("H1", "2021-22", "61.0", "60.0"),
            Revision("H2", "2022-23", "3", "4"),
        ]
    )
    quoted = [Quoted(MEASURE, "H1", "2022-23"), Quoted(STATED, "H2", "2022-23")]
    kept = measure_revisions(quoted, changes).revisions
    assert [(r.measure_id, r.period) for r in kept] == [("H1", "2022-23")]


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (1, "1 figure it quoted has been revised since v1"),
        (3, "3 figures it quoted have been revised since v1"),
    ],
)
def test_the_count_of_revised_figures_reads_as_english(count: int, words: str) -> None:
    line = ChangeLine("H1", "t", "", "revised", "x")
    against = ReleaseLink("v1", "v1", "2024-01-31", "", [line] * count)
    update = UpdateView("u", "u/", "2024-06-01", "", "", "", "", written_against=against)
    assert update.revised_words == words
