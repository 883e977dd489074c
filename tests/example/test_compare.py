"""The reader's own comparison of councils on a national site's measure pages: the figures it
loads have passed the gate, and in a browser it is chosen by keyboard, kept in the address,
drawn and tabled within the security policy, and accessible on a phone and a desktop, light
and dark; without JavaScript the page says where every area's figure is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import axe_problems
from serving import serve
from support import NATIONAL_SETTINGS, PROJECT, build_in_project

from lantern.present.gate import Gate
from lantern.vocab.shorthand import SHORTHANDS

pytestmark = pytest.mark.site_build

# Four North West councils of the national example: a small national site.
AREAS = {"E06000009": "Blackpool", "E08000012": "Liverpool", "E08000014": "Sefton"}
AREAS["E08000015"] = "Wirral"

CSP_LISTENER = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


@pytest.fixture(scope="module")
def small_national(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("small-national")
    settings = folder / "small.py"
    national = NATIONAL_SETTINGS.parent
    settings.write_text(
        "import runpy\n"
        f"_national = runpy.run_path({str(NATIONAL_SETTINGS)!r})\n"
        "globals().update({k: v for k, v in _national.items() if k.isupper()})\n"
        f"LANTERN_AREAS = {sorted(AREAS)!r}\n"
        f"PATH = {str(national / 'content')!r}\n"
        f"LANTERN_DATA_PATH = {str(PROJECT / 'data')!r}\n"
        f"LANTERN_CACHE_PATH = {str(folder / 'cache')!r}\n",
        encoding="utf-8",
    )
    return build_in_project(settings, folder / "output")


def test_the_gate_writes_what_a_chart_in_the_browser_plots() -> None:
    gate = Gate(suppress_below=5)
    assert gate.plotted(12.345, 1) == 12.3
    assert gate.plotted(2.25, 1) == 2.3, "halves away from zero, as the text"
    assert gate.plotted(3, 0, count=True) is None, "a small count is never plotted"
    assert gate.plotted(None, 1) is None


def test_the_comparisons_figures_are_the_gates(small_national: Path) -> None:
    """Every figure in the file is as the pages show it: a shorthand code is never plotted,
    and a suppressed figure ([c]) is in it only as its code."""
    codes = set(SHORTHANDS)
    files = sorted(small_national.glob("measures/*/areas.json"))
    assert files, "each comparable measure has its file"
    suppressed = []
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert {a["code"] for a in document["areas"]} == set(AREAS), path
        assert document["group"]["name"] == "England" and document["group"]["points"]
        for area in document["areas"]:
            for period, text, value, _ in area["points"]:
                if text in codes:
                    assert value is None, (path, area["code"], period)
                else:
                    assert value is not None and not text.startswith("["), (path, text)
                if text == "[c]":
                    suppressed.append((path.parent.name, area["code"], period))
    # Wirral's 2020-21 figure for 1C2B is suppressed on its page, so in the file too.
    assert ("1c2b", "E08000015", "2020-21") in suppressed
    page = (small_national / "areas/e08000015/1c2b/index.html").read_text(encoding="utf-8")
    assert "[c]" in page


def _open_and_choose(page: Any, names: list[str]) -> None:
    """Open the comparison and add councils with the keyboard only."""
    page.locator("button.compare-open").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#compare-input", state="visible")
    assert page.evaluate("document.activeElement.id") == "compare-input"
    for index, name in enumerate(names):
        page.keyboard.type(name)
        if index % 2:
            page.keyboard.press("Tab")  # to the Add button
            page.keyboard.press("Enter")
            page.locator("#compare-input").focus()
        else:
            page.keyboard.press("Enter")
        page.wait_for_function(
            f"document.querySelectorAll('.compare-chosen li').length === {index + 1}"
        )


SHOWN = """() => {
  const texts = (selector) => [...document.querySelectorAll(selector)].map(n => n.textContent);
  const drawing = document.querySelector('.compare-chart svg[role=img]');
  return {
    chosen: texts('.compare-chosen li > span'),
    lines: drawing.querySelectorAll('path.compare-line').length,
    label: drawing.getAttribute('aria-label'),
    columns: texts('.compare-table thead th'),
    rows: document.querySelectorAll('.compare-table tbody tr').length,
    status: document.querySelector('.compare-status').textContent,
  };
}"""


def _shown(page: Any) -> dict[str, Any]:
    """What the open comparison shows: the councils chosen, the lines drawn, the table."""
    return page.evaluate(SHOWN)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def site_url(small_national: Path) -> Iterator[str]:
    with serve(small_national) as base:
        yield base


def test_two_councils_chosen_by_keyboard_are_drawn_tabled_and_kept_in_the_address(
    site_url: str, browser: Any
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{site_url}/measures/2a1/areas/")
    assert page.locator(".compare-fallback").is_hidden()
    loaded_early = page.evaluate("typeof window.LanternCompare")
    _open_and_choose(page, ["Liverpool", "Wirral"])
    shown = _shown(page)
    address = page.url
    page.wait_for_timeout(100)
    status = _shown(page)["status"]
    # Again, from the address alone: the same choice, drawn at once.
    again = context.new_page()
    again.goto(address)
    again.wait_for_selector(".compare-table")
    back = _shown(again)
    violations = page.evaluate("window.cspViolations") + again.evaluate("window.cspViolations")
    context.close()
    assert loaded_early == "undefined", "the comparison's code loads only when asked for"
    assert address.endswith("/measures/2a1/areas/?areas=E08000012,E08000015")
    assert shown["chosen"] == ["Liverpool", "Wirral"]
    assert shown["lines"] == 3, "a line each for Liverpool, Wirral and England"
    assert "Liverpool, Wirral and England" in shown["label"]
    assert shown["columns"] == ["Period", "Liverpool", "Wirral", "England"]
    assert shown["rows"] > 1
    assert status.startswith("Added Wirral. 2 councils chosen")
    assert back["chosen"] == shown["chosen"] and back["columns"] == shown["columns"]
    assert violations == []
    assert errors == []


def test_an_areas_page_preselects_it_and_a_council_is_removed_by_keyboard(
    site_url: str, browser: Any
) -> None:
    page = browser.new_page()
    page.goto(f"{site_url}/areas/e06000009/2a1/")
    page.locator("button.compare-open").click()
    page.wait_for_selector(".compare-table")
    first = _shown(page)["chosen"]
    address = page.url
    page.locator(".compare-remove").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(100)
    after = _shown(page)
    focused = page.evaluate("document.activeElement.id")
    page.close()
    assert first == ["Blackpool"]
    assert address.endswith("?areas=E06000009")
    assert after["chosen"] == [] and "Removed Blackpool" in after["status"]
    assert focused == "compare-input"


@pytest.mark.parametrize(("width", "scheme"), [(375, "dark"), (1280, "light")])
def test_the_open_comparison_passes_axe_and_fits_the_screen(
    site_url: str, browser: Any, width: int, scheme: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{site_url}/areas/e08000014/2a1/?areas=E08000014,E06000009,E08000012")
    page.wait_for_selector(".compare-table")
    problems = axe_problems(page, f"comparison at {width} px, {scheme}")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    drawn = page.evaluate(
        "document.querySelector('.compare-chart svg').getBoundingClientRect().width"
    )
    context.close()
    assert problems == []
    assert not overflow, "nothing is wider than the screen"
    assert 0 < drawn <= width


def test_without_javascript_the_comparison_says_where_every_areas_figure_is(
    site_url: str, browser: Any
) -> None:
    """On an area's page it links to the measure's table of every area; on that table's
    own page, to the table below it (not to the page itself)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/areas/e08000012/2a1/")
    fallback = page.locator("#compare .compare-fallback")
    visible = fallback.is_visible()
    words = fallback.inner_text()
    link = fallback.locator("a").get_attribute("href")
    page.goto(f"{site_url}/measures/2a1/areas/")
    here = page.locator("#compare .compare-fallback")
    here_words, here_link = here.inner_text(), here.locator("a").get_attribute("href")
    table = page.locator(f"table{here_link}").count() if here_link else 0
    context.close()
    assert visible and "needs JavaScript" in words
    assert link is not None and link.endswith("measures/2a1/areas/#every-area")
    assert "in the table below" in here_words and here_link == "#every-area"
    assert table == 1, "the link leads to the table of every area on the page"


def test_a_council_past_the_most_is_refused_with_a_clear_message(
    site_url: str, browser: Any
) -> None:
    """The small site has four councils, so the file is served saying two at most."""
    page = browser.new_page()

    def at_most_two(route: Any) -> None:
        document = route.fetch().json()
        route.fulfill(json={**document, "most": 2})

    page.route("**/measures/2a1/areas.json", at_most_two)
    page.goto(f"{site_url}/measures/2a1/areas/?areas=E08000012,E08000015,E08000014")
    page.wait_for_selector(".compare-table")
    from_address = _shown(page)["chosen"]
    page.locator("#compare-input").fill("Sefton")
    page.locator("#compare-input").press("Enter")
    page.wait_for_timeout(150)
    shown = _shown(page)
    address = page.url
    page.close()
    assert from_address == ["Liverpool", "Wirral"], "the address gives at most the most"
    assert shown["chosen"] == ["Liverpool", "Wirral"]
    assert "You can compare up to 2 councils. Remove one to add Sefton." in shown["status"]
    assert address.endswith("?areas=E08000012,E08000015")
