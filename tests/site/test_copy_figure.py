"""A councillor can copy any figure from the example site as one sentence that keeps its
caveats, names the release and links to the row the figure is in.

Everything expected here is read from the built page itself (its headline, its
facts, its cite block), so the tests follow the data rather than repeat it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from serving import serve
from support import PUBLISHED_URL

from lantern.present.quote import NO_ADDRESS
from lantern.vocab.periods import in_words, when_words

# A status mark after a figure on the page ("25.0 per 100,000 [p]").
MARK = re.compile(r"\s*\[[a-z]\]$")
LINK = re.compile(r"(https?://\S+)$")


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def is_redirect(path: Path) -> bool:
    return 'http-equiv="refresh"' in path.read_text(encoding="utf-8")


def measure_pages(site: Path) -> list[Path]:
    return [p for p in sorted((site / "measures").glob("*/index.html")) if not is_redirect(p)]


def words(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


def copied(block: Tag) -> str:
    return words(block.find("p", class_="copy-text"))


def headline_parts(soup: BeautifulSoup) -> tuple[Tag, Tag] | None:
    """The headline and the copy block that follows it, on a measure with a figure."""
    headline = soup.find("p", class_="headline")
    if headline is None:
        return None
    block = headline.find_next_sibling()
    assert block is not None and block.name == "details", "no copy block after the headline"
    assert "copy-figure" in block["class"]
    return headline, block


def headlines(site: Path) -> Iterator[tuple[Path, BeautifulSoup, Tag, Tag]]:
    """(page, its soup, the headline, its copy block) for every measure with a figure."""
    for path in measure_pages(site):
        soup = soup_of(path)
        parts = headline_parts(soup)
        if parts is not None:
            yield path, soup, *parts


def area_of(soup: BeautifulSoup) -> str:
    return words(soup.find("h2", id="values")).split("'s values")[0]


def release_of(soup: BeautifulSoup) -> str:
    found = re.search(r"release (\S+) \(", words(soup.find("p", class_="cite")))
    assert found, "the example site has a release"
    return found.group(1)


def test_every_measure_figure_can_be_copied_without_javascript(example_site: Path) -> None:
    """The headline and each comparison row carry the sentence in the HTML, selectable."""
    checked = 0
    for path, soup, headline, block in headlines(example_site):
        assert words(block.find("summary")).startswith("Copy this figure")
        figure = MARK.sub("", words(headline.find("span", class_="figure")))
        text = copied(block)
        assert text.startswith(f"{area_of(soup)}: {figure} "), path
        assert f"release {release_of(soup)}" in text and text.endswith(NO_ADDRESS), path
        for row in soup.select("table.comparisons tbody tr"):
            group = words(row.find("th"))
            row_text = copied(row.find("details", class_="copy-figure"))
            assert row_text.startswith(f"{area_of(soup)}: {figure} "), path
            badge = row.find("span", class_="badge")
            if "badge-none" in badge["class"]:
                assert f"not compared with {group} (" in row_text, (path, group)
                continue
            band = words(badge).split(" ", 1)[1].removesuffix(" (as published)").lower()
            assert f"; {band} of {group}" in row_text, (path, group)
        checked += 1
    assert checked > 0


def test_a_provisional_an_illustrative_and_a_series_break_figure_carry_their_caveats(
    example_site: Path,
) -> None:
    seen = set()
    for path, soup, headline, block in headlines(example_site):
        text = copied(block)
        marks = re.search(r" (?:in|on) [^(;]+\(([^)]*)\)", text)
        caveats = marks.group(1).split(", ") if marks else []
        if headline.find("abbr", title="provisional"):
            assert "provisional" in caveats, path
            seen.add("provisional")
        if headline.find(class_="illustrative-mark"):
            assert "illustrative" in caveats, path
            seen.add("illustrative")
        facts = {words(dt): words(dt.find_next_sibling("dd")) for dt in soup.select("dl.facts dt")}
        if "Series break" in facts:
            assert f"Series break: {facts['Series break']}" in text, path
            seen.add("series break")
    assert seen == {"provisional", "illustrative", "series break"}


def copy_blocks(site: Path) -> Iterator[tuple[Path, str]]:
    """Every copy block on every page a reader stays on, with its sentence."""
    for path in sorted(site.rglob("*.html")):
        if "pagefind" in path.parts or is_redirect(path):
            continue
        for block in soup_of(path).find_all("details", class_="copy-figure"):
            yield path, copied(block)


def test_each_copied_link_names_a_file_of_the_site_and_the_row_of_its_period(
    published_example: Path,
) -> None:
    """On the published site the sentence ends with a full address; its page exists and,
    for a measure, the anchor is the row of the period the sentence names."""
    anchored = 0
    inline = 0
    targets: dict[Path, BeautifulSoup] = {}  # each page linked to is read once
    for path, text in copy_blocks(published_example):
        found = LINK.search(text)
        assert found and found.group(1).startswith(f"{PUBLISHED_URL}/"), (path, text)
        address, _, anchor = found.group(1).removeprefix(PUBLISHED_URL).partition("#")
        target = published_example / address.lstrip("/")
        target = target / "index.html" if address.endswith("/") else target
        assert target.is_file(), (path, address)
        inline += path.parent.parent != published_example / "measures"
        if not anchor:
            continue
        if target not in targets:
            targets[target] = soup_of(target)
        row = targets[target].find(id=anchor)
        assert row is not None and row.name == "tr", (path, anchor)
        heading = row.find("th")
        for mark in heading.select("a.anchor-link"):
            mark.decompose()
        # The row the link points at is the period the sentence names.
        assert words(heading) == in_words(anchor), (path, anchor)
        assert f" {when_words(anchor)}" in text, (path, anchor)
        anchored += 1
    assert anchored > 0 and inline > 0


def test_a_site_without_an_address_says_so_instead_of_a_link(example_site: Path) -> None:
    sentences = [text for _, text in copy_blocks(example_site)]
    assert sentences and all(text.endswith(NO_ADDRESS) for text in sentences)
    assert not any(LINK.search(text) for text in sentences)


def first_page(site: Path, selector: str) -> str:
    """The address of the first page (by path) with an element matching ``selector``."""
    for path in sorted(site.rglob("index.html")):
        if "pagefind" in path.parts or is_redirect(path):
            continue
        if soup_of(path).select_one(selector) is not None:
            return path.parent.relative_to(site).as_posix() + "/"
    raise AssertionError(f"no page has {selector}")


@pytest.mark.parametrize(
    "selector",
    ["p.headline + details.copy-figure", "div.copy-figures details.copy-figure"],
    ids=["a measure's headline", "an inline figure"],
)
def test_a_click_selects_the_whole_sentence_to_copy(
    example_site: Path, browser: object, selector: str
) -> None:
    """No script: one tap or click on the sentence selects all of it for the device's own
    copy command (CSS ``user-select: all``)."""
    page = browser.new_page()  # type: ignore[attr-defined]
    with serve(example_site) as base:
        page.goto(f"{base}/{first_page(example_site, selector)}")
        block = page.locator(selector).first
        block.locator("summary").click()
        block.locator(".copy-text").click()
        selected = " ".join(page.evaluate("window.getSelection().toString()").split())
        sentence = " ".join(block.locator(".copy-text").inner_text().split())
    page.close()
    assert sentence and selected == sentence
