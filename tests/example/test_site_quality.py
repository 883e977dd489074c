"""Every page of the built example site is valid HTML, accessible, and loads nothing from elsewhere.

These run in a real browser (headless Chromium with axe-core) and with the
Nu Html Checker, on every HTML page the build writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from browser import axe_problems, html_problems
from bs4 import BeautifulSoup
from serving import serve


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def is_redirect(page: Path) -> bool:
    """An old address that sends the browser on at once; its target is checked itself."""
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")


def test_the_example_site_has_a_page_per_measure(example_site: Path, project: Path) -> None:
    measures = (project / "data" / "reference" / "measures.csv").read_text(encoding="utf-8")
    ids = [line.split(",")[0].lower() for line in measures.splitlines()[1:] if line]
    missing = [i for i in ids if not (example_site / "measures" / i / "index.html").is_file()]
    assert ids and missing == []


def test_every_page_is_valid_html(example_site: Path) -> None:
    problems = html_problems(html_pages(example_site), example_site)
    assert problems == [], "\n".join(problems)


@pytest.fixture(scope="module")
def browser_page(browser: Any) -> Iterator[object]:
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


# Every page as a desktop shows it, and as a phone shows it in the light and the dark
# scheme: a phone gets cards and stacked rows instead of wide tables, the dark scheme its
# own colours.
VIEWS = {
    "wide": ({"width": 1280, "height": 720}, "light"),
    "phone": ({"width": 375, "height": 812}, "light"),
    "phone-dark": ({"width": 375, "height": 812}, "dark"),
}


@pytest.mark.parametrize("view", VIEWS)
def test_every_page_passes_axe_wcag_22_aa(
    example_site: Path, browser_page: object, view: str
) -> None:
    viewport, scheme = VIEWS[view]
    browser_page.set_viewport_size(viewport)  # type: ignore[attr-defined]
    browser_page.emulate_media(color_scheme=scheme)  # type: ignore[attr-defined]
    failures = []
    with serve(example_site) as base:
        for path in html_pages(example_site):
            if is_redirect(path):
                continue
            url = f"{base}/{path.relative_to(example_site).as_posix()}"
            browser_page.goto(url)  # type: ignore[attr-defined]
            failures += axe_problems(browser_page, str(path.relative_to(example_site)))
    browser_page.set_viewport_size(VIEWS["wide"][0])  # type: ignore[attr-defined]
    browser_page.emulate_media(color_scheme="light")  # type: ignore[attr-defined]
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


def test_vega_loads_only_when_a_reader_asks_to_explore_a_chart(
    example_site: Path, browser_page: object
) -> None:
    """A page loads no Vega and no spec until "Explore this chart" is pressed; then the
    bundle loads once and each chart asked for becomes interactive, without errors."""
    page = browser_page
    errors: list[str] = []
    fetched: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))  # type: ignore[attr-defined]
    page.on("request", lambda request: fetched.append(request.url))  # type: ignore[attr-defined]
    path = chart_pages(example_site)[0]
    with serve(example_site) as base:
        page.goto(f"{base}/{path.relative_to(example_site).as_posix()}")  # type: ignore[attr-defined]
        page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
        assert not [u for u in fetched if "vega" in u or u.endswith(".json")]
        figures = page.locator("figure.chart").count()  # type: ignore[attr-defined]
        buttons = page.get_by_role("button", name="Explore this chart")  # type: ignore[attr-defined]
        assert buttons.count() == figures > 0
        buttons.first.click()
        page.wait_for_selector(".chart-interactive svg", state="visible")  # type: ignore[attr-defined]
        assert buttons.count() == figures - 1  # only the chart asked for was swapped
        page.evaluate(  # type: ignore[attr-defined]
            "() => document.querySelectorAll('button.chart-explore').forEach((b) => b.click())"
        )
        page.wait_for_function(ALL_EXPLORED)  # type: ignore[attr-defined]
    assert errors == []
    assert len([u for u in fetched if "vega-bundle" in u]) == 1
    assert len([u for u in fetched if "/charts/" in u and u.endswith(".json")]) == figures
