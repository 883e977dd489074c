"""Printed pages, for councillors who put them into committee papers.

Each page is printed to A4 as Chromium prints it (``page.pdf``) and the pages
of the PDF are counted. What the printed page says is checked in the page as
it is laid out for print: the footer's margin boxes read the page's address,
the release and the date from the <html> element, and a link's address is
written after it by the stylesheet.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest
from serving import serve
from support import PUBLISHED_URL

PROJECT = Path(__file__).resolve().parents[2]
MEASURE = "measures/2a1/"
# A4's width less the printed page's side margins (lantern.css, @page), in CSS pixels.
PRINTED_WIDTH = round((210 - 2 * 14) / 25.4 * 96)
# One object per printed page in Chromium's PDF ("/Type /Pages" is the page tree).
PDF_PAGE = re.compile(rb"/Type\s*/Page\b")


def page_count(pdf: bytes) -> int:
    """How many sheets a PDF prints on."""
    return len(PDF_PAGE.findall(pdf))


def reader_pages(site: Path, folder: str) -> list[str]:
    """The addresses of the pages under ``folder`` a reader stays on (not redirects)."""
    return sorted(
        f"{path.parent.relative_to(site).as_posix()}/"
        for path in (site / folder).glob("*/index.html")
        if 'http-equiv="refresh"' not in path.read_text(encoding="utf-8")
    )


def latest_release_tag() -> str:
    """The tag of the example's newest release note, as its Release: line gives it."""
    notes = sorted((PROJECT / "content" / "releases").glob("*.md"))
    found = re.search(r"^Release:\s*(\S+)", notes[-1].read_text(encoding="utf-8"), re.M)
    assert found
    return found.group(1)


@contextmanager
def published(browser: object, site: Path, javascript: bool = False) -> Iterator[object]:
    """A browser tab that finds the published site at its own address, served from ``site``."""

    def answer(route: object) -> None:
        path = route.request.url.removeprefix(PUBLISHED_URL).split("#")[0].split("?")[0]  # type: ignore[attr-defined]
        file = site / path.lstrip("/")
        file = file / "index.html" if file.is_dir() else file
        if file.is_file():
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            route.fulfill(path=str(file), content_type=kind)  # type: ignore[attr-defined]
        else:
            route.fulfill(status=404, body="")  # type: ignore[attr-defined]

    context = browser.new_context(java_script_enabled=javascript)  # type: ignore[attr-defined]
    context.route(f"{PUBLISHED_URL}/**", answer)
    try:
        yield context.new_page()
    finally:
        context.close()


def printed_view(tab: object, path: str) -> None:
    """Open ``path`` of the published site as the printer sees it."""
    tab.goto(f"{PUBLISHED_URL}/{path}")  # type: ignore[attr-defined]
    tab.emulate_media(media="print")  # type: ignore[attr-defined]


def printed_pages(tab: object, address: str) -> int:
    """Open ``address`` and print it to A4; how many pages it takes."""
    tab.goto(address)  # type: ignore[attr-defined]
    return page_count(tab.pdf(format="A4", print_background=True))  # type: ignore[attr-defined]


def in_words(text: str, label: str) -> date:
    """The day in a footer's "Built 23 November 2026"."""
    assert text.startswith(f"{label} "), text
    return datetime.strptime(text.removeprefix(f"{label} "), "%d %B %Y").date()


def footer(tab: object) -> dict[str, str]:
    """The footer's three parts as the printed page reads them from <html>."""
    values = tab.evaluate(  # type: ignore[attr-defined]
        """() => Object.fromEntries(["address", "release", "date"].map((part) => [part,
             getComputedStyle(document.documentElement).getPropertyValue(`--print-${part}`)]))"""
    )
    return {part: re.sub(r'^\s*"|"\s*$', "", text) for part, text in values.items()}


def margin_boxes(tab: object) -> dict[str, str]:
    """What each margin box of the printed page (@page inside @media print) shows."""
    return dict(
        tab.evaluate(  # type: ignore[attr-defined]
            """() => Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules))
                 .filter((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === "print")
                 .flatMap((media) => Array.from(media.cssRules))
                 .filter((rule) => rule instanceof CSSPageRule)
                 .flatMap((page) => Array.from(page.cssRules,
                   (box) => [box.name, box.style.content]))"""
        )
    )


@pytest.mark.parametrize("javascript", [False, True], ids=["without-js", "with-js"])
def test_every_measure_page_prints_on_two_a4_pages_at_most(
    published_example: Path, browser: object, javascript: bool
) -> None:
    """The page prints the same with JavaScript on or off: it loads no script."""
    measures = reader_pages(published_example, "measures")
    assert f"{MEASURE}" in measures
    with published(browser, published_example, javascript) as tab:
        counts = {path: printed_pages(tab, f"{PUBLISHED_URL}/{path}") for path in measures}
    assert min(counts.values()) >= 1
    assert {path: n for path, n in counts.items() if n > 2} == {}


def test_the_scorecard_prints_one_comparator_on_four_a4_pages_at_most(
    published_example: Path, browser: object
) -> None:
    html = (published_example / "scorecard" / "index.html").read_text(encoding="utf-8")
    sections = re.findall(r'<section class="comparator-section" id="([^"]+)"', html)
    assert len(sections) > 1
    with published(browser, published_example) as tab:
        for chosen in ["", *(f"#{section}" for section in sections)]:
            pages = printed_pages(tab, f"{PUBLISHED_URL}/scorecard/{chosen}")
            tab.emulate_media(media="print")  # type: ignore[attr-defined]
            shown = [s for s in sections if tab.locator(f"#{s}").is_visible()]  # type: ignore[attr-defined]
            assert shown == [chosen.lstrip("#") or sections[0]], chosen
            assert pages <= 4, f"scorecard/{chosen}: {pages} pages"


def test_a_heading_does_not_start_a_new_page(published_example: Path, browser: object) -> None:
    note = f"releases/{latest_release_tag()}/"
    html = (published_example / note / "index.html").read_text(encoding="utf-8")
    assert html.count("<h2") >= 2
    with published(browser, published_example) as tab:
        assert printed_pages(tab, f"{PUBLISHED_URL}/{note}") == 1
        printed_view(tab, MEASURE)
        breaks = tab.evaluate(  # type: ignore[attr-defined]
            "Array.from(document.querySelectorAll('h2'), (h) => getComputedStyle(h).breakBefore)"
        )
    assert breaks and set(breaks) <= {"auto"}


def test_printed_links_show_their_full_address_and_in_page_links_none(
    published_example: Path, browser: object
) -> None:
    with published(browser, published_example) as tab:
        printed_view(tab, MEASURE)
        links = tab.evaluate(  # type: ignore[attr-defined]
            """() => Array.from(document.querySelectorAll("main a[href]")).map((a) => [
                 a.getAttribute("href"), getComputedStyle(a, "::after").content,
                 a.getClientRects().length > 0 && !a.closest("table")])"""
        )
    in_page = [after for href, after, _ in links if href.startswith("#")]
    shown = [(href, after) for href, after, printed in links if printed]
    assert in_page and set(in_page) <= {"none", "normal"}
    assert shown and all(href.startswith(f"{PUBLISHED_URL}/") for href, _ in shown), shown
    assert all(f"({href})" in after for href, after in shown), shown
    assert f"{PUBLISHED_URL}/methodology/" in [href for href, _ in shown]


def test_the_footer_gives_the_address_release_and_day_built_without_javascript(
    published_example: Path, browser: object
) -> None:
    with published(browser, published_example) as tab:
        printed_view(tab, MEASURE)
        parts = footer(tab)
        boxes = margin_boxes(tab)
    assert parts["address"] == f"{PUBLISHED_URL}/{MEASURE}"
    assert parts["release"] == f"Release {latest_release_tag()}"
    assert abs((in_words(parts["date"], "Built") - date.today()).days) <= 1
    printed = " ".join(boxes.values())
    for part in parts:
        assert f"var(--print-{part}" in printed, boxes
    assert "counter(page)" in printed


def test_a_local_build_says_its_addresses_are_relative(example_site: Path, browser: object) -> None:
    """Built without an address, the footer says so and a link shows the path from the page."""
    tab = browser.new_page()  # type: ignore[attr-defined]
    with serve(example_site) as base:
        tab.goto(f"{base}/{MEASURE}")
        tab.emulate_media(media="print")
        parts = footer(tab)
        link = tab.evaluate(
            """() => { const a = document.querySelector(".badge-key a[href]");
                 return [a.getAttribute("href"), getComputedStyle(a, "::after").content]; }"""
        )
    tab.close()
    assert parts["address"].startswith(f"/{MEASURE} ")
    assert "no web address" in parts["address"] and "relative to this page" in parts["address"]
    assert link[0].startswith("../") and link[0] in link[1]


# For each chart a printed page shows: its drawing's printed width over its drawn width.
CHART_SCALES = """() => Array.from(document.querySelectorAll("figure.chart"))
  .filter((figure) => figure.getClientRects().length)
  .map((figure) => Array.from(figure.querySelectorAll(".chart-svg svg[viewBox]"))
    .filter((svg) => svg.getClientRects().length)
    .map((svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width))"""


def test_print_leaves_out_what_paper_cannot_use_and_prints_charts_readably(
    published_example: Path, browser: object
) -> None:
    """Charts are drawn with text of at least 12 px: printed at three quarters of
    their drawn size or more, their text is at least 6.75 points."""
    hidden = [".site-header nav", ".skip-link", ".anchor-link", ".copy-figure", "details > summary"]
    heatmap = next(
        path.parent.relative_to(published_example).as_posix()
        for path in sorted(published_example.glob("*/index.html"))
        if "chart-table-on-phones" in path.read_text(encoding="utf-8")
    )
    with published(browser, published_example) as tab:
        tab.set_viewport_size({"width": PRINTED_WIDTH, "height": 1000})  # type: ignore[attr-defined]
        scales = {}
        for path in (MEASURE, f"{heatmap}/"):
            tab.goto(f"{PUBLISHED_URL}/{path}")  # type: ignore[attr-defined]
            tab.emulate_media(media="print")  # type: ignore[attr-defined]
            scales[path] = tab.evaluate(CHART_SCALES)  # type: ignore[attr-defined]
        tab.goto(f"{PUBLISHED_URL}/{MEASURE}")  # type: ignore[attr-defined]
        shown = {s: tab.locator(s).first.is_visible() for s in hidden}  # type: ignore[attr-defined]
    assert not any(shown.values()), shown
    for path, charts in scales.items():
        assert len(charts) >= 2, (path, charts)
        assert all(len(drawn) == 1 and drawn[0] >= 0.75 for drawn in charts), (path, charts)


def test_print_shows_what_a_closed_disclosure_holds(example_site: Path, browser: object) -> None:
    """A <details> an analyst writes prints open, without its "show" line."""
    tab = browser.new_page()  # type: ignore[attr-defined]
    with serve(example_site) as base:
        tab.goto(f"{base}/methodology/")
        tab.evaluate(
            """() => document.querySelector("main").insertAdjacentHTML("beforeend",
                 '<details id="more"><summary>More</summary><p>Words on paper</p></details>')"""
        )
        on_screen = tab.locator("#more p").is_visible()
        tab.emulate_media(media="print")
        on_paper = tab.locator("#more p").is_visible()
        summary_on_paper = tab.locator("#more summary").is_visible()
    tab.close()
    assert (on_screen, on_paper, summary_on_paper) == (False, True, False)
