"""An embedded figure's "Copy this figure" block sits where HTML allows, in reading order.

A ``<details>`` may not go inside a paragraph or a heading: the blocks of the
figures in one go just after it; in a list item or a table cell, at its end.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag
from support import run_build, write_site

from lantern.present.quote import NO_ADDRESS

PAGE = """Title: Our story
Slug: story

Prevention is **{{ value H1 }}** ({{ direction H1 }}), {{ badge H1 lowlands }}; it ranks
{{ rank H1 lowlands }}. The embed `{{ value H1 }}` is written like that.

- The Lowlands' own figure: {{ group H1 lowlands }}

| Measure | Value |
| --- | --- |
| Prevention | {{ value H1 }} |

## Prevention at {{ value H1 }}

The end.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Tag:
    settings = write_site(tmp_path_factory.mktemp("copy") / "site", pages={"story.md": PAGE})
    assert run_build(settings) == 0
    html = (settings.parent / "output" / "story" / "index.html").read_text(encoding="utf-8")
    main = BeautifulSoup(html, "html.parser").find("main")
    assert main is not None
    return main


def sentences(row: Tag | None) -> list[str]:
    assert row is not None and "copy-figures" in row["class"]
    return [" ".join(d.find("p").get_text(" ").split()) for d in row.find_all("details")]


def test_a_paragraph_s_figures_are_copied_after_it_in_the_order_written(story: Tag) -> None:
    paragraph = story.find("p")
    copied = sentences(paragraph.find_next_sibling())
    # The value, the badge and the rank; a direction is not a figure to copy, nor is code.
    assert len(copied) == 3
    value, badge, rank = copied
    assert value.startswith("Riverside: 75.0% in 2023-24 for “Households prevented")
    assert "(measure H1)." in value
    assert "; not compared with Lowlands (" in badge
    assert rank.split(";")[0].startswith(value.split(" for ")[0]) and " in Lowlands." in rank
    assert all(text.endswith(NO_ADDRESS) and "release" not in text for text in copied)


def test_a_list_item_a_table_cell_and_a_heading_keep_their_blocks_valid(story: Tag) -> None:
    [in_item] = sentences(story.find("li").find("div", class_="copy-figures"))
    assert in_item.startswith("Lowlands: ")
    assert story.find_all("td")[1].find("div", class_="copy-figures") is not None
    heading = story.find("h2")
    assert len(sentences(heading.find_next_sibling())) == 1
    for holder in ("p", "h2", "span", "strong"):
        assert story.select(f"{holder} details") == [], holder
