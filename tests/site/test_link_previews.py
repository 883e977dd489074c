"""A measure's address pasted into a message or a social site previews its latest figure.

The description (Open Graph and Twitter) says the figure as the page does;
on a published site each measure has a 1200 × 630 PNG card with alt text.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from bs4 import BeautifulSoup
from support import PUBLISHED_URL

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The size social sites ask for a large preview picture.
CARD_SIZE = (1200, 630)


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def measure_pages(site: Path) -> list[tuple[Path, BeautifulSoup]]:
    found = []
    for path in sorted((site / "measures").glob("*/index.html")):
        if 'http-equiv="refresh"' not in path.read_text(encoding="utf-8"):
            found.append((path, soup_of(path)))
    return found


def meta(soup: BeautifulSoup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    return None if tag is None else str(tag["content"])


def figure_on_page(soup: BeautifulSoup) -> str | None:
    """The headline figure as the page shows it, without its status mark."""
    headline = soup.find("p", class_="headline")
    if headline is None:
        return None
    shown = " ".join(headline.find("span", class_="figure").get_text(" ").split())
    return re.sub(r"\s*\[[a-z]\]$", "", shown)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_measure_page_describes_its_latest_figure_as_the_page_shows_it(
    example_site: Path,
) -> None:
    described = 0
    for path, soup in measure_pages(example_site):
        figure = figure_on_page(soup)
        description = meta(soup, "og:description") or ""
        assert description == meta(soup, "twitter:description") == meta(soup, "description")
        if figure is None:
            continue
        area = " ".join(soup.find("h2", id="values").get_text(" ").split()).split("'s values")[0]
        assert re.match(rf"{re.escape(f'{area}: {figure}')} (in|on) ", description), path
        described += 1
    assert described > 0


def test_a_site_without_an_address_writes_no_card_and_names_no_image(example_site: Path) -> None:
    assert not list((example_site / "measures").glob("*/*.png"))
    for path, soup in measure_pages(example_site):
        assert meta(soup, "og:image") is None, path
        assert meta(soup, "twitter:card") == "summary", path


def test_each_published_measure_has_a_large_png_card_with_alt_text(
    published_example: Path,
) -> None:
    pages = measure_pages(published_example)
    assert pages
    for path, soup in pages:
        image = meta(soup, "og:image") or ""
        assert image.startswith(f"{PUBLISHED_URL}/"), path
        card = published_example / image.removeprefix(f"{PUBLISHED_URL}/")
        assert card.parent == path.parent and png_size(card) == CARD_SIZE, path
        size = (int(meta(soup, "og:image:width") or 0), int(meta(soup, "og:image:height") or 0))
        assert size == CARD_SIZE, path
        assert meta(soup, "og:image:type") == "image/png"
        assert meta(soup, "twitter:card") == "summary_large_image"
        assert meta(soup, "twitter:image") == image
        alt = meta(soup, "og:image:alt") or ""
        assert alt == meta(soup, "twitter:image:alt"), path
        title = " ".join(soup.find("h1").get_text(" ").split())
        figure = figure_on_page(soup)
        assert title in alt and (figure is None or figure in alt), path
