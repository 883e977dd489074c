"""Tables a resident can read on a phone, and dates in words.

At 375 CSS pixels (a common phone) no page scrolls sideways and every table
cell that shows is on the screen: a comparison is a list of cards that read
as sentences, a data table a block per row. At 1280 pixels no table is cut
off by the column it sits in. A table that still has to scroll shows that it
does. A date reads as words, with its machine form in ``<time datetime>``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from serving import serve
from support import example_audit
from test_theme import pages

from lantern.compute.ranks import RANK_MEANING
from lantern.present.badges import PUBLISHED_BAND
from lantern.present.gate import Gate
from lantern.vocab.periods import in_words
from lantern.vocab.polarity import BANDS

PHONE = {"width": 375, "height": 812}
WIDE = {"width": 1280, "height": 800}
# Between the phone's cards (below 40em) and the widest column (64em): tables scroll here.
TABLET = {"width": 720, "height": 800}

# Whether an element is hidden by CSS: not rendered (display: none, a closed <details>) or
# inside a box of at most one pixel (the visually-hidden pattern, for screen readers only).
HIDDEN = """(element) => {
  if (!element.checkVisibility({ visibilityProperty: true })) return true;
  for (let box = element; box; box = box.parentElement) {
    const rect = box.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1) return true;
  }
  return false;
}"""
# Whether an element reaches past either side of the screen.
OUTSIDE = """(element) => {
  const box = element.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  return box.left < -0.5 || box.right > width + 0.5;
}"""
OFF_SCREEN_CELLS = f"""() => {{
  const hidden = {HIDDEN}, outside = {OUTSIDE};
  return Array.from(document.querySelectorAll("th, td"))
    .filter((cell) => !hidden(cell) && outside(cell))
    .map((cell) => cell.textContent.trim().slice(0, 40));
}}"""
CUT_OFF_TABLES = f"""() => {{
  const hidden = {HIDDEN}, outside = {OUTSIDE};
  return Array.from(document.querySelectorAll("table"))
    .filter((table) => !hidden(table))
    .filter((table) => {{
      const frame = table.closest(".table-scroll") || table.parentElement;
      return outside(table) || table.offsetWidth > frame.clientWidth + 1;
    }})
    .map((table) => (table.caption ? table.caption.textContent : "a table").trim());
}}"""
# Each table that can be scrolled: whether it does scroll, casts a shadow, and takes focus.
SCROLLERS = f"""() => {{
  const hidden = {HIDDEN};
  return Array.from(document.querySelectorAll(".table-scroll"))
    .filter((frame) => !hidden(frame))
    .map((frame) => ({{
      label: frame.getAttribute("aria-label"),
      scrolls: frame.scrollWidth > frame.clientWidth + 1,
      shadow: getComputedStyle(frame).boxShadow !== "none",
      focusable: frame.tabIndex === 0,
    }}));
}}"""


def address(site: Path, path: Path) -> str:
    return path.relative_to(site).as_posix()


def test_at_phone_width_no_page_scrolls_sideways_and_every_table_cell_is_on_screen(
    example_site: Path, browser: Any
) -> None:
    page = browser.new_page(viewport=PHONE)
    problems = []
    with serve(example_site) as base:
        for path in pages(example_site):
            page.goto(f"{base}/{address(example_site, path)}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                problems.append(f"{address(example_site, path)}: the page is {width}px wide")
            cells = page.evaluate(OFF_SCREEN_CELLS)
            if cells:
                where = address(example_site, path)
                problems.append(f"{where}: {len(cells)} cells off screen, {cells[:3]}")
    page.close()
    assert problems == []


def test_at_1280_pixels_no_table_is_cut_off(example_site: Path, browser: Any) -> None:
    page = browser.new_page(viewport=WIDE)
    problems = []
    with serve(example_site) as base:
        for path in pages(example_site):
            page.goto(f"{base}/{address(example_site, path)}")
            tables = page.evaluate(CUT_OFF_TABLES)
            if tables:
                problems.append(f"{address(example_site, path)}: {tables}")
    page.close()
    assert problems == []


def test_a_table_that_still_scrolls_casts_a_shadow_and_takes_the_keyboard(
    example_site: Path, browser: Any
) -> None:
    """Between the phone's cards and the widest column a wide table scrolls; it shows it."""
    page = browser.new_page(viewport=TABLET)
    found = []
    with serve(example_site) as base:
        for path in ("index.html", "scorecard/index.html", "measures/1c1a/index.html"):
            page.goto(f"{base}/{path}")
            found += page.evaluate(SCROLLERS)
    page.close()
    assert any(f["scrolls"] for f in found), "no table scrolls at this width: choose a narrower one"
    assert any(not f["scrolls"] for f in found), "every table scrolls: choose a wider width"
    assert [f for f in found if f["scrolls"] != f["shadow"] or not f["focusable"]] == []


def ranked_against_england(document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first measure whose latest figure has a band, a rank and a figure for England."""
    for measure in document["measures"]:
        for c in measure["periods"][-1]["comparisons"] if measure["periods"] else []:
            if c["group_id"] == "england" and c["band"] and c["rank_label"] and c["group_value"]:
                return measure, c
    raise AssertionError("no measure is ranked against England")


def test_a_comparators_card_reads_as_a_sentence_with_its_working_folded_away(
    example_site: Path, browser: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    measure, c = ranked_against_england(example_audit(capsys))
    band = BANDS[c["band"]]
    published = " (as published)" if c["band_source"] == PUBLISHED_BAND else ""
    figure = Gate().text(c["group_value"], measure["unit"], measure["decimals"])
    if c["group_value_period"]:
        figure += f" ({in_words(c['group_value_period'])})"
    name = c["group_name"]
    expected = (
        f"{name}: {band.icon} {band.words}{published} · rank {c['rank_label']} of {c['n']} "
        f"({RANK_MEANING}) · {name}'s figure {figure}"
    )
    page = browser.new_page(viewport=PHONE)
    with serve(example_site) as base:
        page.goto(f"{base}/measures/{measure['measure_id'].lower()}/")
        cards = page.locator(".table-cards .table-card")
        sentences = [" ".join(p.split()) for p in cards.locator("> p").all_inner_texts()]
        card = cards.filter(has=page.locator("strong", has_text=re.compile(f"^{re.escape(name)}$")))
        sentence = " ".join(card.locator("> p").inner_text().split())
        working = card.locator("> details.working")
        summary = working.locator("summary").inner_text()
        opened = working.get_attribute("open")
        table_shown = page.locator("table.comparisons").is_visible()
        page.set_viewport_size(WIDE)
        cards_on_wide = cards.first.is_visible()
        table_on_wide = page.locator("table.comparisons").is_visible()
    page.close()
    assert sentence == expected, sentences
    assert (summary, opened) == ("How we worked this out", None)
    assert not table_shown and not cards_on_wide and table_on_wide


MONTH_OR_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def test_dates_read_as_words_with_their_machine_form_in_datetime(example_site: Path) -> None:
    """``2024-11-29`` shows as 29 November 2024 and ``2024-11`` as November 2024, each in a
    ``<time>`` whose ``datetime`` keeps the form a program reads."""
    problems, seen = [], set()
    for path in pages(example_site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for time in soup.find_all("time"):
            machine, text = time.get("datetime", ""), time.get_text(" ", strip=True)
            if not MONTH_OR_DATE.match(machine):
                problems.append(f"{address(example_site, path)}: datetime {machine!r}")
                continue
            year, month, *day = (int(part) for part in machine.split("-"))
            words = f"{calendar.month_name[month]} {year}"
            words = f"{day[0]} {words}" if day else words
            if text != words:
                problems.append(f"{address(example_site, path)}: {machine} shown as {text!r}")
            seen.add(len(machine))
    assert problems == []
    assert seen == {len("2024-11"), len("2024-11-29")}, "no month or no date shown in <time>"


def test_a_release_date_and_a_snapshot_period_are_in_words(example_site: Path) -> None:
    """The home page's release and a dated snapshot's row in a measure's table of values."""
    home = BeautifulSoup((example_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    released = home.select_one(".latest-release .meta time")
    assert released is not None
    day = date.fromisoformat(released["datetime"])
    assert released.get_text() == f"{day.day} {calendar.month_name[day.month]} {day.year}"
    snapshots = []
    for path in sorted((example_site / "measures").glob("*/index.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        snapshots += [
            (row.get("id"), row.th.time)
            for row in soup.select("table.values tbody tr")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.get("id") or "")
        ]
    assert snapshots, "the example has dated snapshots"
    # The row's anchor keeps the form in the data, so links to #2024-11-29 still work.
    assert all(time is not None and time["datetime"] == anchor for anchor, time in snapshots)
