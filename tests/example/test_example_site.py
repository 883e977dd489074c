"""The example site republishes Sefton's January 2025 reports: their figures, unchanged.

The expected figures below are quoted from the reports (the committee papers the example
republishes), not from the data: if a data file or an embed went wrong, the page would no
longer show what the council printed.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from lantern.vocab.periods import in_words

# (page, text the page must show), covering every section of the reports.
PRINTED = [
    ("care-home-admissions", "25.0 per 100,000"),
    ("care-home-admissions", "688.0 per 100,000"),
    ("direct-payments", "23.0%"),
    ("direct-payments", "90.0%"),
    ("learning-disabilities", "87.0%"),
    ("reablement", "77.0%"),
    ("reablement", "345 packages of care"),
    ("reablement", "308 a year earlier"),
    ("reablement", "12.01% more"),
    ("reablement", "4,196.16 hours of support a week"),
    ("reablement", "3,672.39 hours a year earlier"),
    ("reablement", "12.2 hours a week for each person"),
    ("reablement", "11.9 hours a year earlier"),
    ("reablement", "43% higher than in 2023"),
    ("reablement", "New Directions delivers 27%"),
    ("reablement", "domiciliary care sector 73%"),
    ("first-contact", "an average of 2,150 contacts a month"),
    ("first-contact", "risen by 10% in the last year"),
    ("first-contact", "22% are resolved"),
    ("first-contact", "transformation work is 25%"),
    ("occupational-therapy", "rose by 15% in the last month"),
    ("reviews", "completed 22% more annual reviews"),
    ("reviews", "57% of our long-term clients"),
    ("reviews", "target of 65%"),
    ("service-users-survey", "429 people answered"),
    ("service-users-survey", "response rate of 24.8%"),
    ("safeguarding", "on average 274 safeguarding referrals a month"),
    ("safeguarding", "Around 30% need a formal enquiry"),
    ("safeguarding", "almost 50% of enquiries"),
    ("safeguarding", "Over 40% of enquiries"),
    ("safeguarding", "70% of abuse happens"),
    ("care-market", "84.5% of registered providers"),
    ("care-market", "86% of community services providers"),
    ("care-market", "70% of care home beds"),
    ("care-market", "nearly 81% are with providers"),
    ("care-market", "67 people are placed with providers rated inadequate"),
    ("care-market", "down from 91 in November"),
    ("complaints", "15 were fully upheld"),
    # 4 in the report: a small count, suppressed, with what [c] means for a screen reader.
    ("complaints", "[c] , confidential (suppressed to protect people's identity), partly upheld"),
    ("complaints", "7 are still being looked into"),
    ("complaints", "35 responses"),
    ("workforce", "The local target is 90%"),
    ("workforce", "So far 207 adult social care staff"),
    ("finance", "£2,703,204 on 29 November 2024"),
    ("finance", "£5,975 (+0.2%)"),
    ("finance", "£24,224 (+0.9%)"),
    ("finance", "£36,049 (+1.4%)"),
    ("finance", "£270,871 (+11.1%)"),
    ("finance", "£564 (illustrative) on 29 November 2024"),
    ("finance", "£2 (+0.3%)"),
    ("finance", "-£1 (-0.2%)"),
    ("finance", "-£1 (-0.1%)"),
    ("finance", "£48 (+9.3%)"),
    ("finance", "4,769 on 29 November 2024"),
    ("finance", "12 (+0.3%)"),
    ("finance", "82 (+1.7%)"),
    ("finance", "122 (+2.6%)"),
    ("finance", "53 (+1.1%)"),
]

# (page, row heading, cells the row must show), from the reports' tables.
PRINTED_ROWS = [
    ("reablement", "Reablement (AREN)", ["266", "77.1%", "3,719.00 hours", "88.6%", "13.98 hours"]),
    ("reablement", "Reablement (New Directions)", ["79", "22.9%", "477.16 hours", "6.04 hours"]),
    ("reablement", "New Directions: crisis", ["9", "2.6%", "48.49 hours", "5.39 hours"]),
    ("complaints", "Complaint", ["32"]),
    ("complaints", "Compliment", ["32"]),
    ("complaints", "Councillor or MP enquiry", ["20"]),
    ("workforce", "Code of conduct", ["347", "69", "416", "83.41%"]),
    ("workforce", "Information compliance", ["301", "115", "416", "72.36%"]),
    ("workforce", "Climate change", ["375", "41", "416", "90.14%"]),
    ("safeguarding", "Care Home", ["138", "86", "1,101", "361", "[c]"]),
    ("safeguarding", "Own Home", ["15", "136", "399", "414", "470", "304", "210"]),
    (
        "care-market",
        "Registered providers rated good or outstanding",
        ["84.5%", in_words("2024-11")],
    ),
]

# Comparator figures the overview quotes, rounded as it prints them (the latest published
# year when it was written, 2022-23): (page, group's name, printed figure).
PRINTED_GROUP_FIGURES = [
    ("direct-payments", "North West", 25),
    ("direct-payments", "England", 26),
    ("direct-payments", "Statistical neighbours (CIPFA)", 23),
    ("learning-disabilities", "North West", 4),
    ("learning-disabilities", "England", 5),
    ("learning-disabilities", "Statistical neighbours (CIPFA)", 5),
    ("reablement", "England", 78),
    ("reablement", "North West", 80),
]

# The survey tables' quartile marks, as printed: statistical neighbours, North West, England.
T, M, B = "Top", "Middle", "Bottom"
SURVEY_MARKS = {
    "carers-survey": {
        "Carers extremely, very or quite satisfied with support and services": (
            "63.4%",
            [M, M, M],
        ),
        "Carers with as much control over daily life as they want": ("13.7%", [B, B, B]),
        "Carers able to spend their time as they want": ("11.0%", [B, B, B]),
        "Carers who look after themselves": ("46.7%", [M, M, M]),
        "Carers with as much social contact as they want": ("26.8%", [M, M, M]),
        "Carers involved in discussions about the person they care for": ("29.3%", [B, B, B]),
        "Carers with no financial difficulties caused by caring": ("52.8%", [M, M, M]),
        "Carers with no worries about personal safety": ("79.7%", [M, M, M]),
        "Carers who found information easy to find": ("55.3%", [B, B, M]),
        "Carers who feel lonely often or always": ("19.9%", [B, B, B]),
    },
    "service-users-survey": {
        "People extremely, very or quite satisfied with their care and support": (
            "89.6%",
            [M, M, M],
        ),
        "People with enough choice over care and support": ("65.2%", [B, M, M]),
        "People with enough control over daily life": ("75.3%", [B, M, M]),
        "People whose health is bad or very bad": ("19.2%", [M, M, M]),
        "People in extreme pain or discomfort": ("15.6%", [B, M, B]),
        "People extremely anxious or depressed": ("12.1%", [B, B, B]),
        "People with enough social contact": ("74.6%", [B, M, M]),
        "People who feel lonely at least some of the time": ("43.2%", [B, M, M]),
        "People able to spend their time as they want": ("62.2%", [B, B, B]),
        "People who can get to all the places they want locally": ("28.9%", [M, M, M]),
    },
}

NARRATIVE_PAGES = sorted(
    {page for page, _ in PRINTED} | {"carers-survey", "service-users-survey", "accessibility"}
)


def soup_of(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def text_of(site: Path, path: str) -> str:
    main = soup_of(site, path).find("main")
    return " ".join(main.get_text(" ").replace(" )", ")").replace("( ", "(").split())


def row_cells(soup: BeautifulSoup, heading: str) -> list[str]:
    for row in soup.find_all("tr"):
        head = row.find("th")
        for link in head.find_all("a", class_="anchor-link") if head else []:
            link.decompose()
        if head and " ".join(head.get_text(" ").split()) == heading:
            return [" ".join(c.get_text(" ").split()) for c in row.find_all(["td", "th"])]
    raise AssertionError(f"no table row headed {heading!r}")


def test_every_section_of_the_reports_has_a_page(example_site: Path) -> None:
    """Each narrative section, the methodology, open data and accessibility pages exist and
    are reachable from the topics page or the footer."""
    for page in NARRATIVE_PAGES:
        assert (example_site / page / "index.html").is_file(), page
    topics = {
        a["href"].strip("/").split("/")[-1]
        for a in soup_of(example_site, "topics").select("main a")
    }
    assert {p for p in NARRATIVE_PAGES if p != "accessibility"} <= topics
    footer = soup_of(example_site, "").find("footer").get_text()
    assert "Accessibility statement" in footer and "Open data" in footer


@pytest.mark.parametrize(("page", "printed"), PRINTED)
def test_printed_figures_appear_unchanged(example_site: Path, page: str, printed: str) -> None:
    assert printed in text_of(example_site, page)


@pytest.mark.parametrize(("page", "heading", "cells"), PRINTED_ROWS)
def test_printed_tables_appear_unchanged(
    example_site: Path, page: str, heading: str, cells: list[str]
) -> None:
    shown = row_cells(soup_of(example_site, page), heading)
    for cell in cells:
        assert cell in shown, (cell, shown)


@pytest.mark.parametrize(("page", "group", "printed"), PRINTED_GROUP_FIGURES)
def test_quoted_comparator_figures_agree_at_the_printed_precision(
    example_site: Path, page: str, group: str, printed: int
) -> None:
    shown = re.findall(rf"{re.escape(group)} (\d+\.\d)%", text_of(example_site, page))
    assert shown, f"no figure for {group} on {page}"
    assert any(abs(float(value) - printed) <= 0.5 for value in shown), shown


@pytest.mark.parametrize("page", sorted(SURVEY_MARKS))
def test_survey_tables_show_the_published_values_and_quartile_marks(
    example_site: Path, page: str
) -> None:
    soup = soup_of(example_site, page)
    for title, (value, marks) in SURVEY_MARKS[page].items():
        cells = row_cells(soup, title)
        assert cells[2].startswith(value), cells
        assert [re.sub(r"^.*[✔▬✘] (\w+).*$", r"\1", c) for c in cells[3:]] == marks, cells


def latest_badges(site: Path, measure: str) -> dict[str, str]:
    soup = soup_of(site, f"measures/{measure.lower()}")
    table = soup.find("table", class_="comparisons")
    badges = {}
    for row in table.find("tbody").find_all("tr"):
        badges[row.find("th").get_text(strip=True)] = row.find("td").get_text(" ", strip=True)
    return badges


def test_the_overviews_quartile_statements_hold_on_the_measure_pages(example_site: Path) -> None:
    """18-64 admissions in the bottom quartile against all three groups; 65+ admissions
    average against neighbours; reablement top quartile in England and among neighbours."""
    admissions = latest_badges(example_site, "2A1")
    assert all("Bottom quartile" in badge for badge in admissions.values()), admissions
    assert (
        "Middle quartiles" in latest_badges(example_site, "2A2")["Statistical neighbours (CIPFA)"]
    )
    reablement = latest_badges(example_site, "2B1")
    assert "Top quartile" in reablement["England"]
    assert "Top quartile" in reablement["Statistical neighbours (CIPFA)"]


def test_every_figure_from_an_illustrative_package_is_labelled(
    example_site: Path, project: Path
) -> None:
    for descriptor in project.glob("data/*/datapackage.json"):
        if '"illustrative": true' not in descriptor.read_text(encoding="utf-8"):
            continue
        values = descriptor.parent / "values.csv"
        if not values.exists():
            continue
        for row in csv.DictReader(values.open(encoding="utf-8")):
            soup = soup_of(example_site, f"measures/{row['measure_id'].lower()}")
            # The row is headed by the period in words: 29 November 2024 for 2024-11-29.
            cells = row_cells(soup.find("table", class_="values"), in_words(row["period"]))
            assert "illustrative" in " ".join(cells), (row["measure_id"], row["period"])


def test_illustrative_series_agree_with_every_figure_the_report_states(project: Path) -> None:
    def read(path: str) -> list[dict[str, str]]:
        return list(csv.DictReader((project / "data" / path).open(encoding="utf-8")))

    stated = {r["figure"]: float(r["value"]) for r in read("operations/figures.csv")}
    stated |= {r["figure"]: float(r["value"]) for r in read("safeguarding/figures.csv")}
    series: dict[str, dict[str, float]] = {}
    for row in read("operations-illustrative/values.csv") + read("operations/values.csv"):
        series.setdefault(row["measure_id"], {})[row["period"]] = float(row["value"])

    def last(measure: str, count: int, skip: int = 0) -> list[float]:
        values = [series[measure][p] for p in sorted(series[measure])]
        return values[len(values) - count - skip : len(values) - skip]

    assert round(sum(last("CONTACTS", 12)) / 12) == stated["contacts-average"]
    rise = sum(last("CONTACTS", 12)) / sum(last("CONTACTS", 12, skip=12)) - 1
    assert round(rise * 100) == stated["contacts-rise"]
    for measure, key in (("OT-WAITING", "ot-rise-month"), ("CCP-WAITING", "ccp-rise-month")):
        before, now = last(measure, 2)
        assert round((now / before - 1) * 100) == stated[key]
    ccp = last("CCP-WAITING", 7)
    assert ccp[-1] < ccp[0] / 2, "well below six months before"
    assert round(sum(last("SG-REFERRALS", 12)) / 12) == stated["referrals-average"]
    reviews = last("ANNUAL-REVIEWS", 5)
    assert all(reviews[-1] > earlier for earlier in reviews[:-1]), reviews


def internal_links(site: Path) -> list[tuple[Path, str]]:
    links = []
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for anchor in soup.find_all("a", href=True):
            href = anchor["href"]
            if not re.match(r"^[a-z]+:", href):
                links.append((page, href))
    return links


def test_no_internal_link_is_broken(example_site: Path) -> None:
    broken = []
    ids: dict[Path, set[str]] = {}
    for page, href in internal_links(example_site):
        parts = urlsplit(href)
        if parts.path.startswith("/"):
            target = example_site / unquote(parts.path).lstrip("/")
        elif parts.path:
            target = (page.parent / unquote(parts.path)).resolve()
        else:
            target = page
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            broken.append(f"{page.relative_to(example_site)} → {href}")
            continue
        if parts.fragment and target.suffix == ".html":
            if target not in ids:
                soup = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
                ids[target] = {tag["id"] for tag in soup.find_all(id=True)}
            if parts.fragment not in ids[target]:
                broken.append(f"{page.relative_to(example_site)} → {href} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_no_page_shows_nan_none_or_an_unexplained_shorthand(example_site: Path) -> None:
    for page in sorted(example_site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        main = soup.find("main")
        for script in main.find_all("script"):
            script.decompose()
        text = main.get_text(" ")
        assert not re.search(r"\b(nan|NaN|None|null|undefined)\b", text), page
        if "[c]" in text:
            assert re.search(r"\[c\][^.]*(suppress|protect)", text), page


def test_no_chart_is_empty(example_site: Path) -> None:
    for page in sorted(example_site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for figure in soup.find_all("figure", class_="chart"):
            svg = figure.find("svg")
            marks = svg.find_all(["path", "rect", "circle", "line"]) if svg else []
            rows = figure.find("table").find("tbody").find_all("tr")
            assert len(marks) > 1 and rows, f"{page}: {figure.get('id')}"


def test_the_illustrative_series_are_what_the_script_makes_from_the_stated_figures(
    tmp_path: Path, project: Path
) -> None:
    """scripts/make_illustrative.py rebuilds the illustrative package from figures.csv, so a
    change to a stated figure cannot leave the charted series behind."""
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, str(project / "scripts" / "make_illustrative.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        cwd=project,
    )
    made = tmp_path / "operations-illustrative" / "values.csv"
    committed = project / "data" / "operations-illustrative" / "values.csv"
    assert made.read_bytes() == committed.read_bytes()


def test_every_figure_the_reports_print_names_its_report_and_section(project: Path) -> None:
    """Each stated figure has a source; every other table of the council's own packages
    names its report and section in the package's sources."""
    import json

    reports = (
        "Performance Overview, January 2025",
        "Quality Report, January 2025",
        "Cabinet Member Update, October - November 2022",
        "Cabinet Member Update, January - February 2020",
    )
    for descriptor_path in sorted((project / "data").glob("*/datapackage.json")):
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
        if descriptor["name"] in ("ascof", "reference"):
            continue
        for resource in descriptor["resources"]:
            path = descriptor_path.parent / resource["path"]
            if resource["path"] == "figures.csv":
                rows = list(csv.DictReader(path.open(encoding="utf-8")))
                assert rows and all(any(r in row["source"] for r in reports) for row in rows)
            else:
                titles = [s["title"] for s in resource.get("sources", [])]
                assert any(r in t for r in reports for t in titles), resource["path"]


def test_renumbered_ascof_codes_redirect_to_the_measure(example_site: Path) -> None:
    """ASCOF 2A1 became 2B in 2023-24: /measures/2b/ sends a reader to /measures/2a1/."""
    page = soup_of(example_site, "measures/2b")
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"].endswith("measures/2a1/")
    assert (example_site / "measures" / "2a1" / "index.html").is_file()


def test_the_sitemap_lists_every_page_but_no_redirect(example_site: Path) -> None:
    import xml.etree.ElementTree as ET

    urls = [
        loc.text or ""
        for loc in ET.parse(example_site / "sitemap.xml")
        .getroot()
        .iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert any(u.endswith("/measures/2a1/") for u in urls)
    assert any(u.endswith("/safeguarding/") for u in urls)
    assert not any(u.endswith("/measures/2b/") for u in urls)


def test_pages_can_be_cited_shared_and_linked_to_by_section(example_site: Path) -> None:
    measure = soup_of(example_site, "measures/2a1")
    cite = " ".join(measure.find("p", class_="cite").get_text(" ").split())
    assert "Sefton Council" in cite and "(measure 2A1)" in cite and "release 2025-01" in cite
    assert measure.find("meta", attrs={"property": "og:title"})["content"].startswith("Younger")
    assert measure.find("meta", attrs={"name": "twitter:card"})
    for anchor in ("latest", "trend", "values", "2023-24", "changes", "cite"):
        assert measure.find(id=anchor) is not None, anchor
        assert measure.find("a", href=f"#{anchor}") is not None, anchor
    topic = soup_of(example_site, "learning-disabilities")
    assert topic.find("h2", id="paid-employment").find("a", href="#paid-employment")
    assert topic.find("p", class_="cite") is not None


def test_the_home_page_shows_the_latest_release(example_site: Path) -> None:
    home = text_of(example_site, "")
    assert "Latest release: January 2025 release" in home
    assert (example_site / "releases" / "2025-01" / "index.html").is_file()
    assert (example_site / "data" / "releases" / "2025-01" / "2025-01.zip").is_file()


def test_the_published_site_has_absolute_canonical_urls_feeds_and_sitemap(
    published_example: Path,
) -> None:
    """With the production settings every link a search engine or feed reader keeps is
    absolute, from the address the publishing workflow passes in SITEURL."""
    import xml.etree.ElementTree as ET

    from support import PUBLISHED_URL

    site_url, output = PUBLISHED_URL, published_example
    measure = soup_of(output, "measures/2a1")
    assert measure.find("link", rel="canonical")["href"] == f"{site_url}/measures/2a1/"
    assert measure.find("meta", property="og:url")["content"] == f"{site_url}/measures/2a1/"
    redirect = soup_of(output, "measures/2b")
    assert redirect.find("link", rel="canonical")["href"] == f"{site_url}/measures/2a1/"
    for page in output.rglob("index.html"):
        if 'http-equiv="refresh"' in page.read_text(encoding="utf-8"):
            continue
        folder = page.parent.relative_to(output).as_posix()
        own = f"{site_url}/" if folder == "." else f"{site_url}/{folder}/"
        canonical = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find(
            "link", rel="canonical"
        )
        assert canonical["href"] == own, folder
    locations = [
        loc.text or ""
        for loc in ET.parse(output / "sitemap.xml")
        .getroot()
        .iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert locations and all(loc.startswith(f"{site_url}/") for loc in locations)
    feed = ET.parse(output / "feeds" / "releases.atom.xml").getroot()
    links = [link.get("href", "") for link in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert links and all(link.startswith(site_url) for link in links)


def figure_number(text: str) -> float | None:
    """The figure a table cell shows ("22.8 per 100,000" → 22.8, "£516" → 516), None for
    a code."""
    found = re.match(r"-?[\d,]+(?:\.\d+)?", text.strip().lstrip("£"))
    return float(found.group().replace(",", "")) if found else None


def test_each_trend_charts_csv_holds_what_its_table_shows(example_site: Path) -> None:
    """A trend chart's "data it plots" download has, for every period and line, the
    figure the chart's own table shows (an empty cell where the table shows a code), and
    its picture download is the drawing on the page."""
    checked = 0
    for page_path in sorted((example_site / "measures").glob("*/index.html")):
        html = page_path.read_text(encoding="utf-8")
        figure = BeautifulSoup(html, "html.parser").select_one("figure#trend")
        if figure is None:
            continue
        links = {a["href"].rsplit(".", 1)[1]: a["href"] for a in figure.select("a[download]")}
        svg = (example_site / "charts" / links["svg"].rsplit("/", 1)[1]).read_text("utf-8")
        assert svg in html, page_path
        with (example_site / "charts" / links["csv"].rsplit("/", 1)[1]).open() as handle:
            rows = list(csv.DictReader(handle))
        # The table names a period in words ("December 2023"), as the page does.
        plotted = {(r["series"], in_words(r["period"])): r["value"] for r in rows}
        plotted |= {(r["series"], r["period"]): r["value"] for r in rows}
        table = figure.select_one("details.chart-data table")
        series = [th.get_text(" ", strip=True) for th in table.select("thead th")][1:]
        for tr in table.select("tbody tr"):
            label, *cells = (c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"]))
            period = label.split(" (", 1)[0]  # "2024-25 (new series)"
            for name, cell in zip(series, cells, strict=True):
                shown = figure_number(cell)
                drawn = plotted.get((name, period), "")
                assert (float(drawn) if drawn else None) == shown, (page_path, name, period)
                checked += 1
    assert checked > 100
