"""The public theme: structure, security policy, size, keyboard use, pages without JavaScript."""

from __future__ import annotations

import gzip
import itertools
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from serving import serve

BUDGET_BYTES = 50 * 1024


def pages(site: Path) -> list[Path]:
    """Every page a reader stays on (an old measure address sends them on at once)."""
    return sorted(
        p
        for p in site.rglob("*.html")
        if "pagefind" not in p.parts and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")
    )


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_page_has_one_h1_headings_in_order_and_described_tables(example_site: Path) -> None:
    problems = []
    for path in pages(example_site):
        soup = soup_of(path)
        name = path.relative_to(example_site)
        levels = [int(h.name[1]) for h in soup.find_all(re.compile(r"^h[1-6]$"))]
        if levels.count(1) != 1 or levels[0] != 1:
            problems.append(f"{name}: {levels.count(1)} h1 elements")
        skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
        if skips:
            problems.append(f"{name}: heading levels skip {skips[0]}")
        for table in soup.find_all("table"):
            if table.find("caption") is None:
                problems.append(f"{name}: a table has no caption")
            if any(not th.get("scope") for th in table.find_all("th")):
                problems.append(f"{name}: a header cell has no scope")
        if soup.html.get("lang") is None or soup.find("a", class_="skip-link") is None:
            problems.append(f"{name}: no lang or no skip link")
    assert problems == []


def test_every_page_sets_a_content_security_policy_without_inline_scripts(
    example_site: Path,
) -> None:
    for path in pages(example_site):
        meta = soup_of(path).find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None, path
        script_src = next(
            d for d in meta["content"].split(";") if d.strip().startswith("script-src")
        )
        assert "'unsafe-inline'" not in script_src, path
        assert "'unsafe-eval'" not in script_src, path
        for script in soup_of(path).find_all("script"):
            assert script.get("src") or script.get("type") == "application/json", path


def test_pages_without_badges_do_not_need_the_key_and_pages_with_them_have_it(
    example_site: Path,
) -> None:
    for path in pages(example_site):
        soup = soup_of(path)
        if soup.select(".badge-top, .badge-middle, .badge-bottom"):
            assert soup.find("aside", class_="badge-key") is not None, path


def test_every_measure_value_says_which_way_is_better(example_site: Path) -> None:
    for path in pages(example_site / "measures"):
        if path.parent.name == "measures":
            continue
        text = soup_of(path).get_text(" ")
        assert "Good is high" in text or "Good is low" in text or "Neither high nor low" in text


def test_the_largest_measure_page_is_within_the_size_budget(example_site: Path) -> None:
    """HTML with its inline SVG, plus the stylesheet, gzipped, without JavaScript."""
    css = (example_site / "theme" / "css" / "lantern.css").read_bytes()
    sizes = {
        path: len(gzip.compress(path.read_bytes() + css, compresslevel=9))
        for path in (example_site / "measures").glob("*/index.html")
    }
    largest = max(sizes, key=sizes.__getitem__)
    assert sizes[largest] <= BUDGET_BYTES, f"{largest}: {sizes[largest]:,} bytes gzipped"


def test_without_javascript_every_page_shows_its_content_and_charts(
    example_site: Path, browser: object
) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    with serve(example_site) as base:
        for path in pages(example_site):
            page.goto(f"{base}/{path.relative_to(example_site).as_posix()}")
            assert page.locator("main h1").is_visible(), path
            # Each chart is drawn for a phone and a wider screen; exactly one is shown.
            figures = page.locator("figure.chart")
            for index in range(figures.count()):
                drawings = figures.nth(index).locator("svg[role=img]")
                shown = [d for d in range(drawings.count()) if drawings.nth(d).is_visible()]
                assert len(shown) == 1, path
    context.close()


# Run before any page script: note every Content-Security-Policy violation the page reports.
CSP_LISTENER = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


def test_with_javascript_a_chart_becomes_interactive_within_the_security_policy(
    example_site: Path, browser: object
) -> None:
    """The bundled Vega, on the chart explorer only, runs under script-src 'self' with no
    eval, so no CSP violation, and the chart takes the focus."""
    context = browser.new_context()  # type: ignore[attr-defined]
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with serve(example_site) as base:
        page.goto(f"{base}/measures/2a1/")
        figures = page.locator("figure.chart").count()
        page.locator("figure.chart .chart-explore a").first.click()
        page.wait_for_selector("#explored-chart svg", state="visible")
        focused = page.evaluate("document.activeElement.id === 'explored-chart'")
        violations = page.evaluate("window.cspViolations")
    context.close()
    assert violations == []
    assert errors == []
    assert figures > 0
    assert focused, "focus moves to the chart the reader asked to explore"


def test_keyboard_skip_link_comparator_switch_and_search(
    example_site: Path, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    with serve(example_site) as base:
        page.goto(f"{base}/scorecard/")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"

        switch = page.locator(".comparator-switch a")
        last = switch.count() - 1
        target = switch.nth(last).get_attribute("href")
        for _ in range(60):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.getAttribute('href')") == target:
                break
        else:
            pytest.fail("the comparator switch cannot be reached with the Tab key")
        page.keyboard.press("Enter")
        visible = [
            s.get_attribute("id")
            for s in page.locator(".comparator-section").all()
            if s.is_visible()
        ]
        assert visible == [target.lstrip("#")]

        page.goto(f"{base}/search/")
        page.wait_for_selector("#search input")
        for _ in range(20):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.tagName") == "INPUT":
                break
        else:
            pytest.fail("the search box cannot be reached with the Tab key")
        page.keyboard.type("care home")
        page.wait_for_selector(".pagefind-ui__result")
        assert page.locator(".pagefind-ui__result").count() > 0
    page.close()


def test_pages_reflow_at_320_pixels_without_sideways_scrolling(
    example_site: Path, browser: object
) -> None:
    """WCAG 1.4.10: at 320 CSS pixels only tables and charts scroll sideways."""
    page = browser.new_page(viewport={"width": 320, "height": 640})  # type: ignore[attr-defined]
    overflowing = []
    with serve(example_site) as base:
        for path in pages(example_site):
            page.goto(f"{base}/{path.relative_to(example_site).as_posix()}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                overflowing.append(f"{path.relative_to(example_site)}: {width}px")
    page.close()
    assert overflowing == []


def test_printed_pages_leave_out_navigation_and_section_links(
    example_site: Path, browser: object
) -> None:
    """Print has no use for the menu, the skip link or the "#" beside each heading."""
    page = browser.new_page()  # type: ignore[attr-defined]
    with serve(example_site) as base:
        page.goto(f"{base}/methodology/")
        assert page.locator("main .anchor-link").first.is_visible()
        page.emulate_media(media="print")
        assert not page.locator(".site-header nav").is_visible()
        assert not page.locator(".skip-link").is_visible()
        assert not page.locator("main .anchor-link").first.is_visible()
    page.close()
