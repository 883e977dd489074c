"""Every page of the built example site is valid HTML, accessible, and loads nothing from elsewhere.

These run in a real browser (headless Chromium with axe-core) and with the
Nu Html Checker, on every HTML page the build writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from browser import VIEWS, axe_every_page
from bs4 import BeautifulSoup
from serving import serve


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_the_example_site_has_a_page_per_measure(example_site: Path, project: Path) -> None:
    measures = (project / "data" / "reference" / "measures.csv").read_text(encoding="utf-8")
    ids = [line.split(",")[0].lower() for line in measures.splitlines()[1:] if line]
    missing = [i for i in ids if not (example_site / "measures" / i / "index.html").is_file()]
    assert ids and missing == []


def test_every_page_is_valid_html(example_site: Path, html_checker: Any) -> None:
    problems = html_checker(html_pages(example_site), example_site)
    assert problems == [], "\n".join(problems)


@pytest.fixture(scope="module")
def browser_page(browser: Any) -> Iterator[object]:
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


# Every page as a desktop shows it, and as a phone shows it in the light and the dark
# scheme.
SITE_VIEWS = {name: VIEWS[name] for name in ("wide", "phone", "phone-dark")}


@pytest.mark.parametrize("view", SITE_VIEWS)
def test_every_page_passes_axe_wcag_22_aa(
    example_site: Path, browser_page: object, view: str
) -> None:
    with serve(example_site) as base:
        failures = axe_every_page(browser_page, example_site, base, view)
    assert failures == [], "\n".join(failures)


def test_no_page_loads_anything_from_another_host(example_site: Path) -> None:
    offenders = []
    for path in html_pages(example_site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(["script", "link", "img", "iframe", "source", "object", "embed"]):
            address = tag.get("src") or tag.get("href") or tag.get("data") or ""
            if urlparse(address).netloc:
                offenders.append(f"{path.relative_to(example_site)}: <{tag.name}> {address}")
    assert offenders == []


# Every chart a reader asked to explore is drawn interactively.
ALL_EXPLORED = (
    "document.querySelectorAll('figure.chart .chart-interactive svg[role=img]').length"
    " === document.querySelectorAll('figure.chart').length"
)


def chart_pages(site: Path) -> list[Path]:
    return [p for p in html_pages(site) if 'class="chart"' in p.read_text(encoding="utf-8")]


def test_without_javascript_every_chart_is_an_svg_with_its_table(example_site: Path) -> None:
    pages = chart_pages(example_site)
    assert pages, "the example site should have charts"
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for figure in soup.find_all("figure", class_="chart"):
            assert figure.find("svg", attrs={"role": "img"}) is not None, path
            assert figure.find("details").find("table") is not None, path
            assert figure.find("p", class_="chart-summary").get_text(strip=True), path


def test_no_page_loads_a_script_but_search_and_the_chart_explorer(example_site: Path) -> None:
    """A page with charts ships its HTML, CSS and drawings only; scripts load on the two
    pages a reader opens to search or to explore a chart."""
    loading = {
        page.relative_to(example_site).as_posix()
        for page in example_site.rglob("*.html")
        if BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("script")
    }
    assert loading == {"search/index.html", "charts/explore/index.html"}


def test_explore_this_chart_opens_the_chart_with_tooltips_and_a_way_back(
    example_site: Path, browser_page: object
) -> None:
    """Following a chart's link loads Vega once and that chart's spec, draws the chart that
    fits the screen, names it as its page does, and links back to the page."""
    page = browser_page
    errors: list[str] = []
    fetched: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))  # type: ignore[attr-defined]
    page.on("request", lambda request: fetched.append(request.url))  # type: ignore[attr-defined]
    path = chart_pages(example_site)[0].relative_to(example_site).as_posix()
    with serve(example_site) as base:
        page.goto(f"{base}/{path}")  # type: ignore[attr-defined]
        page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
        assert not [u for u in fetched if "vega" in u or u.endswith((".json", ".js"))]
        figures = page.locator("figure.chart")  # type: ignore[attr-defined]
        links = page.get_by_role("link", name=re.compile("^Explore this chart"))  # type: ignore[attr-defined]
        assert links.count() == figures.count() > 0
        caption = figures.first.locator("figcaption")
        title = caption.evaluate("(c) => c.firstChild.textContent.trim()")
        links.first.click()
        page.wait_for_selector("#explored-chart svg[role=img]", state="visible")  # type: ignore[attr-defined]
        shown = page.locator("h1").inner_text()  # type: ignore[attr-defined]
        named = page.locator("#explored-chart svg").get_attribute("aria-label")  # type: ignore[attr-defined]
        back = page.get_by_role("link", name="Back to the page").get_attribute("href")  # type: ignore[attr-defined]
    assert errors == []
    assert shown == named == title
    assert back == f"{base}/{path}"
    assert len([u for u in fetched if "vega-bundle" in u]) == 1
    assert len([u for u in fetched if "/charts/" in u and u.endswith(".json")]) == 1


def test_the_chart_explorer_without_javascript_says_where_the_chart_is(
    example_site: Path,
) -> None:
    explorer = BeautifulSoup(
        (example_site / "charts" / "explore" / "index.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    status = explorer.find(id="chart-status").get_text(" ", strip=True)
    assert "needs JavaScript" in status and "on the page you came from" in status
    assert explorer.find("meta", attrs={"name": "robots"})["content"] == "noindex"
