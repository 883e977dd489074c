"""The example's measures that NHS England now counts from client-level data (a series
break from 2024-25), and the in-year figures compared with last year's quartiles: no
direction of travel across the break, no line across it, and no empty Rank column."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from support import example_area, read_csv

from lantern.vocab.periods import in_words, parse_period


def page(site: Path, measure_id: str) -> BeautifulSoup:
    html = (site / "measures" / measure_id.lower() / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def home_periods(project: Path, measure_id: str) -> list[str]:
    """The periods the home area has a figure for, oldest first, from every package."""
    home = example_area()
    periods = {
        row["period"]
        for path in (project / "data").glob("*/values.csv")
        for row in read_csv(path)
        if row["measure_id"] == measure_id and row["area_code"] == home and row["value"]
    }
    return sorted(periods, key=parse_period)


def broken_measures(project: Path) -> list[tuple[str, str]]:
    rows = read_csv(project / "data" / "reference" / "measures.csv")
    return [(r["measure_id"], r["series_break_from"]) for r in rows if r["series_break_from"]]


def test_a_figure_that_starts_a_new_series_has_no_direction_and_its_line_breaks(
    example_site: Path, project: Path
) -> None:
    checked = 0
    for measure_id, new_from in broken_measures(project):
        periods = home_periods(project, measure_id)
        if not periods or periods[-1] != new_from or len(periods) < 2:
            continue
        soup = page(example_site, measure_id)
        headline = " ".join(soup.select_one("p.headline").get_text(" ").split())
        assert f"no direction of travel: a new series starts in {in_words(new_from)}" in headline
        assert "since" not in headline
        trend = soup.select_one("figure#trend")
        said = " ".join(trend.get_text(" ").split())
        assert f"A new series starts in {in_words(new_from)}" in said
        assert f"{in_words(new_from)} (new series)" in said
        checked += 1
    assert checked, "no measure in the example starts a new series in its latest period"


def test_an_in_year_figure_has_no_empty_rank_column_and_says_why(
    example_site: Path, project: Path
) -> None:
    measure_id = broken_measures(project)[0][0]
    soup = page(example_site, measure_id)
    table = soup.select_one("table.comparisons")
    headers = [" ".join(th.get_text(" ").split()) for th in table.select("thead th")]
    assert not any(h.startswith("Rank") for h in headers)
    note = soup.select_one("p.no-rank").get_text(" ")
    latest = home_periods(project, measure_id)[-1]
    assert f"other areas' figures for {in_words(latest)} are not published yet" in note
    position = soup.find(string=lambda s: s and "figure against the" in s)
    assert position is not None and in_words(latest) in position
