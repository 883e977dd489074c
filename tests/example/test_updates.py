"""The cabinet member updates: dated posts that carry every figure their reports print."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import example_audit

from lantern.present.claims import CLAIMS
from lantern.vocab.shorthand import DEFAULT_SUPPRESS_BELOW

REPORTS = Path(__file__).resolve().parents[2] / "sources" / "reports"
UPDATES = {
    "updates/2022-11-cabinet-member-update": "sefton-cabinet-member-update-2022-11.txt",
    "updates/2020-02-cabinet-member-update": "sefton-cabinet-member-update-2020-02.txt",
}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# What a report prints that is not a figure to carry: dates and years, section numbers,
# age bands, a service's name, and one personal detail left out on purpose.
NOT_FIGURES = (
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})(?:\s+\d{{4}})?",  # 9th November 2022
    rf"(?:{MONTHS})\s+\d{{4}}",  # September 2021
    r"\b(?:19|20)\d{2}(?:/\d{2})?\b",  # 2023, 2022/23
    r"\b\d{2}/\d{2}\b",  # 18/19
    r"(?m)^\s*\d+(?:\.\d+)*\.?(?=\s)",  # section numbers: 7.5
    r"\b18-64s?\b|\b65\+|\bover 65\b",  # age bands
    r"\b2-hour\b",  # the "2-hour crisis response" service
    # A person's age in a case study: with her conditions and area it could identify her.
    r"\b63 years old\b",
)
# Written one way in the report and another on the site.
READ_AS = {"30-50,000": "30,000 to 50,000"}
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def main_text(site: Path, path: str) -> str:
    soup = BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
    return soup.find("main").get_text(" ")


def figures_in(text: str) -> set[str]:
    return {n.replace(",", "") for n in NUMBER.findall(text)}


def printed_figures(report: str) -> set[str]:
    text = (REPORTS / report).read_text(encoding="utf-8")
    for written, read in READ_AS.items():
        text = text.replace(written, read)
    for pattern in NOT_FIGURES:
        text = re.sub(pattern, " ", text)
    return figures_in(text)


@pytest.mark.parametrize("path", UPDATES)
def test_every_figure_an_update_prints_is_on_its_page(example_site: Path, path: str) -> None:
    printed = printed_figures(UPDATES[path])
    assert len(printed) > 20, "the report's figures were not found"
    missing = sorted(printed - figures_in(main_text(example_site, path)), key=float)
    assert missing == []


def seed_overview() -> list[tuple[str, list[str], str]]:
    """(measure, four values, direction) for each row of the 2022 report's ASC Overview."""
    text = (REPORTS / UPDATES["updates/2022-11-cabinet-member-update"]).read_text("utf-8")
    rows = []
    for line in text.split("ASC Overview", 1)[1].splitlines()[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 6:
            break
        rows.append((cells[0], cells[1:5], cells[5]))
    return rows


def test_the_overview_reproduces_the_report_s_figures_and_directions(
    example_site: Path,
) -> None:
    page = example_site / "updates/2022-11-cabinet-member-update/index.html"
    table = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find(
        "table", class_="overview"
    )
    shown = [
        [cell.get_text("", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.tbody.find_all("tr")
    ]
    seed = seed_overview()
    assert len(shown) == len(seed) == 10
    for (_, values, direction), row in zip(seed, shown, strict=True):
        assert [v.replace(",", "").rstrip("%") for v in row[1:5]] == values
        assert row[5].startswith(direction), (direction, row[5])


def test_a_change_is_judged_by_the_measure_s_polarity(example_site: Path) -> None:
    page = example_site / "updates/2022-11-cabinet-member-update/index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    words = {
        row.th.get_text(strip=True): row.find("span", class_="trend").get_text(" ", strip=True)
        for row in soup.find("table", class_="overview").tbody.find_all("tr")
    }
    # Resolved in time: higher is better, so a fall is worse and a rise better.
    assert words["Safeguarding enquiries concluded within 28 days in quarter"].endswith("worse")
    assert words["Safeguarding contacts resolved within 7 days in quarter"].endswith("better")
    # Contacts: neither way is better, so the word only says which way.
    assert words["Contacts received in quarter"].endswith("down")


def test_a_budget_figure_is_always_shown_as_a_forecast(example_site: Path, project: Path) -> None:
    from lantern.vocab.periods import in_words
    from lantern.vocab.units import unit_of

    pages = " ".join(" ".join(main_text(example_site, path).split()) for path in UPDATES)
    budget = project / "data" / "budget-monitoring" / "figures.csv"
    rows = list(csv.DictReader(budget.open(encoding="utf-8")))
    assert rows
    for row in rows:
        assert row["status"] == "forecast"
        shown = unit_of(row["unit"]).write(row["value"])
        assert f"{shown} (forecast at {in_words(row['as_at'])})" in pages
    # Every sum of money in the 2022 update is from the budget monitoring.
    newer = " ".join(main_text(example_site, "updates/2022-11-cabinet-member-update").split())
    for money in re.finditer(r"£[\d.,]+[mk]?", newer):
        assert "forecast at" in newer[money.end() : money.end() + 40], newer[money.start() :][:60]


def test_small_counts_in_the_complaints_table_are_suppressed_and_the_page_says_so(
    example_site: Path,
) -> None:
    page = example_site / "updates/2022-11-cabinet-member-update/index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    caption = soup.find("caption", string=re.compile("Complaints by what they were about"))
    table = caption.find_parent("table")
    cells = [td.get_text(strip=True) for td in table.find_all("td")]
    assert "[c]" in cells
    small = {str(count) for count in range(1, DEFAULT_SUPPRESS_BELOW)}
    assert not small & set(cells)
    note = table.find_parent("div").find_next_sibling("p", class_="table-note")
    assert "not shown to protect people's identity" in note.get_text()


def test_updates_are_listed_by_year_and_link_to_each_other(example_site: Path) -> None:
    index = BeautifulSoup(
        (example_site / "updates/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    years = [h2.get_text(strip=True) for h2 in index.find("main").find_all("h2")]
    assert years == ["2022", "2020"]
    newer = BeautifulSoup(
        (example_site / "updates/2022-11-cabinet-member-update/index.html").read_text("utf-8"),
        "html.parser",
    )
    older = BeautifulSoup(
        (example_site / "updates/2020-02-cabinet-member-update/index.html").read_text("utf-8"),
        "html.parser",
    )
    assert newer.find("a", rel="prev")["href"].endswith("updates/2020-02-cabinet-member-update/")
    assert older.find("a", rel="next")["href"].endswith("updates/2022-11-cabinet-member-update/")
    assert newer.find("a", rel="next") is None and older.find("a", rel="prev") is None
    facts = newer.find("dl", class_="update-facts").get_text(" ", strip=True)
    for said in ("October to November 2022", "Adult Social Care", "Overview and Scrutiny"):
        assert said in facts


def test_the_updates_feed_is_atom_with_every_update_newest_first(example_site: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(example_site / "feeds/updates.atom.xml").getroot()
    assert feed.tag == f"{atom}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{atom}{required}") is not None
    entries = feed.findall(f"{atom}entry")
    links = [e.find(f"{atom}link").get("href") for e in entries]
    assert [link.rstrip("/").rsplit("/", 1)[-1] for link in links] == [
        "2022-11-cabinet-member-update",
        "2020-02-cabinet-member-update",
    ]
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.find(f"{atom}{required}") is not None


CLAIM = re.compile(r"\{\{ claim (\S+) (\S+) (\S+) period=(\S+) \}\}")


def test_each_quartile_statement_is_checked_against_the_computed_band(
    example_site: Path, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (project / "content/updates/2022-11-cabinet-member-update.md").read_text("utf-8")
    claims = CLAIM.findall(source)
    page = (example_site / "updates/2022-11-cabinet-member-update/index.html").read_text("utf-8")
    said = [
        " ".join(s.get_text(" ").split())
        for s in BeautifulSoup(page, "html.parser").select("span.claim")
    ]
    assert len(said) == len(claims) >= 6
    audit = example_audit(capsys)
    for (measure, group, claimed, period), text in zip(claims, said, strict=True):
        [m] = [m for m in audit["measures"] if m["measure_id"] == measure]
        [p] = [p for p in m["periods"] if p["period"] == period]
        [c] = [c for c in p["comparisons"] if c["group_id"] == group]
        verdict = "matches" if c["band"] in CLAIMS[claimed] else "does not match"
        assert text.startswith(f"{verdict} the published {period} quartiles"), (measure, group)
