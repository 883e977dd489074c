"""The national example (examples/national/): a page for every area, each against its own
groups, and every measure's table of every area, agreeing with ``lantern compute``."""

from __future__ import annotations

import csv
import functools
import json
import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import axe_problems
from bs4 import BeautifulSoup
from serving import serve
from support import NATIONAL_SAMPLE_SETTINGS, NATIONAL_SETTINGS

PROJECT = Path(__file__).resolve().parents[2]
HOME = "E08000014"
# The areas whose measure pages the test build draws charts on (see its settings): the
# home area, a council formed after the CIPFA list was made (no neighbours group), and a
# London borough (another region's group).
SAMPLE = tuple(runpy.run_path(str(NATIONAL_SAMPLE_SETTINGS))["LANTERN_CHART_AREAS"])


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def areas() -> dict[str, dict[str, str]]:
    """areas.csv by area code."""
    with (PROJECT / "data" / "reference" / "areas.csv").open(encoding="utf-8") as handle:
        return {row["area_code"]: row for row in csv.DictReader(handle)}


@functools.cache
def computed(area: str) -> dict[str, dict]:
    """``lantern compute --area AREA --json`` on the national settings, by measure (worked
    out once per area; the tests only read it)."""
    from lantern.cli.audit import run_compute

    document = json.loads(run_compute(NATIONAL_SETTINGS, None, area, True))
    return {m["measure_id"]: m for m in document["measures"]}


def latest(measure: dict) -> dict | None:
    periods = measure["periods"]
    return periods[-1] if periods else None


def test_every_area_has_a_page_listed_on_the_areas_page(national_site: Path) -> None:
    listed = {
        a["href"].rstrip("/").split("/")[-1]
        for a in soup(national_site / "areas" / "index.html").select("table.areas a")
    }
    codes = {c.lower() for c in areas()}
    assert listed == codes
    missing = [c for c in codes if not (national_site / "areas" / c / "index.html").is_file()]
    assert missing == []


def comparison_cells(page: Path) -> dict[str, tuple[str, str]]:
    """Group name → (band class, rank) from an area's page for one measure."""
    table = soup(page).select_one("table.comparisons")
    if table is None:
        return {}
    rows = {}
    header = [th.get_text(strip=True) for th in table.select("thead th")]
    for tr in table.select("tbody tr"):
        cells = tr.find_all(["th", "td"])
        badge = cells[1].select_one(".badge")
        band = next(c for c in badge["class"] if c.startswith("badge-")).removeprefix("badge-")
        rank = cells[2].get_text(strip=True) if "Rank" in header[2] else ""
        rows[cells[0].get_text(strip=True)] = (band, rank)
    return rows


def expected_cells(period: dict) -> dict[str, tuple[str, str]]:
    found = {}
    for c in period["comparisons"]:
        rank = f"{c['rank_label']} of {c['n']}" if c["rank_label"] else ""
        found[c["group_name"]] = (c["band"] or "none", rank)
    return found


@pytest.mark.parametrize("area", SAMPLE)
def test_an_areas_pages_agree_with_lantern_compute(national_site: Path, area: str) -> None:
    """Every band and rank on the area's measure pages is the one ``lantern compute``
    gives for that area against its own groups."""
    checked = 0
    for measure_id, measure in computed(area).items():
        period = latest(measure)
        page = national_site / "areas" / area.lower() / measure_id.lower() / "index.html"
        if period is None:
            assert not page.exists()
            continue
        shown = comparison_cells(page)
        expected = (
            expected_cells(period)
            if any(c["band"] or c["rank_label"] for c in period["comparisons"])
            else {}
        )
        if shown or expected:
            assert shown == expected, measure_id
            checked += 1
    assert checked > 10


def test_an_area_the_cipfa_list_does_not_cover_is_compared_with_its_other_groups(
    national_site: Path,
) -> None:
    page = soup(national_site / "areas" / "e06000063" / "index.html")
    switch = [a.get_text(strip=True) for a in page.select(".comparator-switch a")]
    assert switch == [areas()["E06000063"]["region_name"], "England"]
    assert "no Statistical neighbours (CIPFA) group" in page.get_text(" ", strip=True)


def rows_of(page: BeautifulSoup) -> list[tuple[str, str]]:
    """(area, rank) for each row of a measure's table of every area."""
    return [
        (tr["id"], tr.find_all("td")[3].get_text(strip=True))
        for tr in page.select("table.national tbody tr")
    ]


def national_rows(site: Path, measure_id: str, order: str = "") -> list[tuple[str, str]]:
    folder = site / "measures" / measure_id.lower() / "areas"
    return rows_of(soup((folder / order if order else folder) / "index.html"))


def test_a_measures_table_of_every_area_ranks_each_as_lantern_compute_does(
    national_site: Path,
) -> None:
    """The rank shown beside each sample area is its England rank in the table's period,
    and the table in order of figure lists ranks from 1 upwards."""
    tables: dict[str, tuple[str, dict[str, str]]] = {}  # each page read once, not per area
    for area in SAMPLE:
        for measure_id, measure in computed(area).items():
            folder = national_site / "measures" / measure_id.lower() / "areas"
            if not folder.is_dir():
                continue
            if measure_id not in tables:
                page = soup(folder / "index.html")
                caption = page.select_one("table.national caption").get_text()
                tables[measure_id] = (caption, dict(rows_of(page)))
            period, ranks = tables[measure_id]
            found = next((p for p in measure["periods"] if p["period"] in period), None)
            england = next(
                (
                    c
                    for c in (found or {"comparisons": []})["comparisons"]
                    if c["group_id"] == "england"
                ),
                None,
            )
            expected = (
                f"{england['rank_label']} of {england['n']}"
                if england and england["rank_label"]
                else ""
            )
            assert ranks.get(area.lower(), "") == expected, (area, measure_id)


def rank_number(text: str) -> int:
    return int(text.split(" ", maxsplit=1)[0].rstrip("="))


def test_the_sorted_views_are_the_same_rows_in_another_order(national_site: Path) -> None:
    by_name = national_rows(national_site, "2A2")
    by_figure = national_rows(national_site, "2A2", "by-figure")
    by_region = national_rows(national_site, "2A2", "by-region")
    assert sorted(by_name) == sorted(by_figure) == sorted(by_region)
    ranks = [rank_number(r) for _, r in by_figure if r]
    assert ranks == sorted(ranks) and ranks[0] == 1
    page = soup(national_site / "measures" / "2a2" / "areas" / "by-figure" / "index.html")
    current = page.select('.sort-orders a[aria-current="page"]')
    assert [a.get_text(strip=True) for a in current] == ["Figure (best first)"]


def test_narrative_pages_belong_to_the_home_area_only(national_site: Path) -> None:
    """The home area keeps its own measure pages; other areas get the national pages."""
    assert soup(national_site / "measures" / "2a2" / "index.html").select("figure svg")
    assert not (national_site / "areas" / "e09000007" / "scorecard").exists()
    home = soup(national_site / "areas" / HOME.lower() / "index.html")
    assert home.select_one('a[href$="scorecard/"]') is not None


def plotted(site: Path, page: BeautifulSoup, anchor: str) -> list[dict[str, str]]:
    """The rows of the CSV the chart ``anchor`` on ``page`` offers as "data it plots"."""
    figure = page.select_one(f"figure#{anchor}")
    assert figure is not None, anchor
    link = figure.select_one('a[href$=".csv"]')
    assert link is not None and link.has_attr("download")
    with (site / "charts" / link["href"].rsplit("/", 1)[1]).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def plots(shown: str, value: float, decimals: int) -> bool:
    """Whether the plotted ``shown`` is ``value`` as the page gives it, to ``decimals``."""
    return abs(float(shown) - value) <= 0.5 * 10**-decimals + 1e-9


@pytest.mark.parametrize("area", SAMPLE)
def test_every_areas_trend_chart_plots_what_lantern_compute_gives(
    national_site: Path, area: str
) -> None:
    """Each area's measure page draws its trend against its own groups, and the chart's
    CSV holds, period by period, the area's figure and each group's figure as
    ``lantern compute --area`` gives them; the SVG download is the drawing on the page."""
    checked = 0
    name = areas()[area]["area_name"]
    for measure_id, measure in computed(area).items():
        page_path = national_site / "areas" / area.lower() / measure_id.lower() / "index.html"
        if latest(measure) is None:
            continue
        page = soup(page_path)
        rows = plotted(national_site, page, "trend")
        drawn = {(r["series"], r["period"]): r["value"] for r in rows}
        decimals = measure["decimals"]
        for period in measure["periods"]:
            shown = drawn.get((name, period["period"]), "")
            if period["value"] is None:
                assert shown in ("", "None"), (measure_id, period["period"])
            else:
                assert plots(shown, period["value"], decimals), (measure_id, period["period"])
            for c in period["comparisons"]:
                if c["group_value"] is None or c["group_value_period"] != period["period"]:
                    continue
                line = drawn.get((c["group_name"], period["period"]))
                if line is not None:
                    assert plots(line, c["group_value"], decimals), (measure_id, c["group_name"])
                    checked += 1
        svg_link = page.select_one('figure#trend a[href$=".svg"]')
        svg_file = national_site / "charts" / svg_link["href"].rsplit("/", 1)[1]
        assert svg_file.read_text(encoding="utf-8") in page_path.read_text(encoding="utf-8")
    assert checked > 10, "some group lines are plotted and checked"


def test_an_area_left_out_of_lantern_chart_areas_shows_its_figures_as_tables(
    national_site: Path,
) -> None:
    """Outside LANTERN_CHART_AREAS an area's measure page has its figure, comparisons and
    values, and no chart; inside it, the page has the trend and where the figure sits."""
    other = next(code for code in areas() if code not in SAMPLE and computed(code).get("2A1"))
    plain = soup(national_site / "areas" / other.lower() / "2a1" / "index.html")
    assert plain.select("table") and not plain.select("figure svg")
    charted = soup(national_site / "areas" / SAMPLE[1].lower() / "2a1" / "index.html")
    anchors = [f["id"] for f in charted.select("figure[id]") if f.select_one("svg")]
    assert anchors[:2] == ["trend", "position"]


def test_area_search_finds_an_area_by_name_and_by_code(national_site: Path, page: Any) -> None:
    """The search index holds every area's page, with its name and code."""
    with serve(national_site) as base:
        page.goto(f"{base}/search/")
        found = {}
        for query in ("Cumberland", "E09000007"):
            urls = page.evaluate(
                """async (q) => {
                    const pagefind = await import('/pagefind/pagefind.js');
                    const search = await pagefind.search(q);
                    const data = await Promise.all(search.results.slice(0, 5).map(r => r.data()));
                    return data.map(d => d.url);
                }""",
                query,
            )
            found[query] = urls
    assert any(u.rstrip("/").endswith("areas/e06000063") for u in found["Cumberland"])
    assert any(u.rstrip("/").endswith("areas/e09000007") for u in found["E09000007"])


def sample_pages(site: Path) -> list[Path]:
    """One of each kind of national page, for the sample areas and a measure."""
    pages = [site / "areas" / "index.html"]
    for area in SAMPLE:
        pages += [site / "areas" / area.lower() / "index.html"]
        # With its charts: each sample area's pages have them (LANTERN_CHART_AREAS).
        pages += [site / "areas" / area.lower() / "1a" / "index.html"]
    folder = site / "measures" / "2a2" / "areas"
    pages += [folder / "index.html", folder / "by-figure" / "index.html"]
    return pages


def test_the_national_pages_are_valid_html(national_site: Path, html_checker: Any) -> None:
    problems = html_checker(sample_pages(national_site), national_site)
    assert problems == [], "\n".join(problems)


@pytest.fixture(scope="module")
def page(browser: Any) -> Iterator[object]:
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    ("width", "scheme"), [(1280, "light"), (1280, "dark"), (375, "light"), (375, "dark")], ids=str
)
def test_the_national_pages_pass_axe_and_fit_a_phone(
    national_site: Path, page: object, width: int, scheme: str
) -> None:
    page.set_viewport_size({"width": width, "height": 800})  # type: ignore[attr-defined]
    page.emulate_media(color_scheme=scheme)  # type: ignore[attr-defined]
    failures = []
    with serve(national_site) as base:
        for path in sample_pages(national_site):
            name = path.relative_to(national_site).as_posix()
            page.goto(f"{base}/{name}")  # type: ignore[attr-defined]
            failures += axe_problems(page, name)
            wide = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
            if wide > width:
                failures.append(f"{name}: {wide} px wide on a {width} px screen")
    assert failures == [], "\n".join(failures)
