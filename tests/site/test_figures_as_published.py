"""What changed since your paper: each measure's figures as every release published them.

The ``two_releases`` site (tests/site/conftest.py) has release v1, then v2,
which revises 2022-23 for H1 (50.0% → 52.5%, with a note), adds 2024-25 and
stops publishing H2.
"""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup


def _page(output: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((output / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def _text(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text(" ").split())


def _values(soup: BeautifulSoup) -> dict[str, str]:
    table = soup.find("table", class_="values")
    rows = table.find("tbody").find_all("tr")
    return {
        " ".join(r.find("th").get_text(" ").split()[:1]): r.find("td").get_text(strip=True)
        for r in rows
    }


def test_the_older_release_page_shows_the_figure_as_it_was_then(
    two_releases: tuple[Path, bytes],
) -> None:
    output = two_releases[0]
    then = _page(output, "releases/v1/measures/h1")
    banner = _text(then.find(class_="as-published"))
    assert banner.startswith("This is how the page looked in Release v1")
    latest = then.find(class_="as-published").find("a")
    assert latest["href"].endswith("measures/h1/#published")
    assert _values(then)["2022-23"] == "50.0%"
    assert "2024-25" not in _values(then)
    now = _page(output, "measures/h1")
    assert _values(now)["2022-23"] == "52.5%"


def test_the_measure_page_lists_each_release_and_the_diff_since(
    two_releases: tuple[Path, bytes],
) -> None:
    output = two_releases[0]
    page = _page(output, "measures/h1")
    section = page.find(id="published").find_next("ul", class_="published")
    items = [_text(li) for li in section.find_all("li", recursive=False)]
    assert items[0].startswith("Release v1") and "first published" in items[0]
    assert items[1].startswith("Spring release") and "the latest release" in items[1]
    assert "2022-23 revised from 50.0% to 52.5%." in items[1]
    links = [li.find("a")["href"] for li in section.find_all("li", recursive=False)]
    assert links[0].endswith("releases/v1/measures/h1/")
    assert links[1].endswith("releases/v2/measures/h1/")
    since_each = {
        _text(d.find("summary")): d for d in page.find_all("details", class_="changed-since")
    }
    assert list(since_each) == ["Changed since Spring release ( 31 March 2025 )",
                                "Changed since Release v1 ( 31 January 2024 )"]  # fmt: skip
    newest, since = since_each.values()
    assert "No figure has changed since then." in _text(newest)
    said = _text(since)
    assert "2022-23 revised from 50.0% to 52.5%. Revised: two late returns." in said
    assert "New figure for 2024-25: 78.9%." in said  # 60 / 76
    assert since.find("a", string=lambda s: "as it stood" in s)["href"].endswith(
        "releases/v1/measures/h1/"
    )


def test_a_measure_no_longer_published_keeps_its_old_page(
    two_releases: tuple[Path, bytes],
) -> None:
    output = two_releases[0]
    then = _page(output, "releases/v1/measures/h2")
    assert "This measure is no longer published" in _text(then.find(class_="as-published"))
    assert not (output / "measures/h2/index.html").exists() or "h2" in str(
        _page(output, "measures/h2").find("meta", attrs={"http-equiv": "refresh"})
    )


def test_old_release_pages_are_kept_out_of_the_search_index(
    two_releases: tuple[Path, bytes],
) -> None:
    output = two_releases[0]
    then = (output / "releases/v1/measures/h1/index.html").read_text(encoding="utf-8")
    live = (output / "measures/h1/index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in live and "data-pagefind-body" not in then
