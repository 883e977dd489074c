"""Search finds pages worth reading and shows a measure's latest figure and badge.

Pagefind writes one fragment per indexed page (gzipped JSON after a
``pagefind_dcd`` marker) naming its URL, its words and its metadata, so what
the index holds can be read directly; the search box is tried in Chromium.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from serving import serve

FRAGMENT_MARK = b"pagefind_dcd"


def indexed(site: Path) -> dict[str, dict[str, Any]]:
    """Every page in the search index, by URL."""
    pages = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(FRAGMENT_MARK), path
        fragment = json.loads(data[len(FRAGMENT_MARK) :])
        pages[fragment["url"]] = fragment
    return pages


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def address(site: Path, page: Path) -> str:
    folder = page.parent.relative_to(site).as_posix()
    return "/" if folder == "." else f"/{folder}/"


def redirects(site: Path) -> set[str]:
    return {
        address(site, p)
        for p in site.rglob("index.html")
        if 'http-equiv="refresh"' in p.read_text(encoding="utf-8")
    }


def search_page(site: Path) -> str:
    [page] = [p for p in site.rglob("index.html") if soup_of(p).find("div", id="search")]
    return address(site, page)


def test_the_index_holds_every_measure_but_no_redirect_and_not_the_search_page(
    example_site: Path,
) -> None:
    pages = indexed(example_site)
    moved = redirects(example_site)
    assert moved, "the example site redirects old codes"
    assert not moved & set(pages)
    assert search_page(example_site) not in pages
    measures = {
        address(example_site, p) for p in (example_site / "measures").glob("*/index.html")
    } - moved
    assert measures <= set(pages)


def test_the_index_leaves_out_link_marks_and_copy_blocks(example_site: Path) -> None:
    for url, page in indexed(example_site).items():
        assert "Link to this section" not in page["content"], url
        assert "Copy this figure" not in page["content"], url
        titles = [anchor["text"] for anchor in page.get("anchors", [])]
        assert not [t for t in titles if t.endswith("#")], url


def test_a_measure_s_result_carries_its_latest_figure_and_badge(example_site: Path) -> None:
    pages = indexed(example_site)
    with_band = 0
    for path in (example_site / "measures").glob("*/index.html"):
        headline = soup_of(path).find("p", class_="headline")
        if headline is None:
            continue
        meta = pages[address(example_site, path)]["meta"]
        figure = " ".join(headline.find("span", class_="figure").get_text(" ").split())
        assert meta["latest"] == headline["data-latest"]
        assert meta["latest"].startswith(re.sub(r"\s*\[[a-z]\]$", "", figure)), path
        if headline.get("data-band"):
            assert meta["band"] == headline["data-band"]
            with_band += 1
    assert with_band > 0


def test_searching_in_the_browser_shows_the_figure_and_badge_and_no_stub(
    example_site: Path, browser: object
) -> None:
    path = next(
        p
        for p in sorted((example_site / "measures").glob("*/index.html"))
        if (h := soup_of(p).find("p", class_="headline")) is not None and h.get("data-band")
    )
    soup = soup_of(path)
    title = " ".join(soup.find("h1").get_text(" ").split())
    headline = soup.find("p", class_="headline")
    moved = redirects(example_site)
    stub = soup_of(example_site / sorted(moved)[0].strip("/") / "index.html")
    redirect_words = " ".join(stub.find("h1").get_text(" ").split())
    page = browser.new_page()  # type: ignore[attr-defined]
    with serve(example_site) as base:
        page.goto(f"{base}{search_page(example_site)}")
        page.locator("#search input").fill(title)
        result = page.locator(".pagefind-ui__result").first
        result.locator(f'a[href="{address(example_site, path)}"]').wait_for()
        tags = result.locator(".pagefind-ui__result-tag").all_inner_texts()
        found = page.evaluate(
            """async (words) => {
                const pagefind = await import("/pagefind/pagefind.js");
                const search = await pagefind.search(words);
                const pages = await Promise.all(search.results.map((r) => r.data()));
                return pages.map((p) => p.url);
            }""",
            redirect_words,
        )
    page.close()
    assert f"Latest: {headline['data-latest']}" in [t.strip() for t in tags]
    assert f"Band: {headline['data-band']}" in [t.strip() for t in tags]
    assert not set(found) & moved
    assert search_page(example_site) not in found
