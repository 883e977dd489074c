"""The overview embed: measures over their last periods, with direction of travel."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import run_build, write_package, write_site

from lantern.present.gate import Gate
from lantern.present.overview import change, sparkline, trend_words


def _rows(measure: str, unit: str, polarity: str, values: dict[str, str]) -> list[dict[str, str]]:
    return [
        {"measure": measure, "unit": unit, "polarity": polarity, "period": p, "value": v}
        for p, v in values.items()
    ]


ROWS = (
    _rows("Waiting for an assessment", "count", "low", {"Q1": "120", "Q2": "140", "Q3": "100"})
    + _rows("Reviews on time", "percent", "high", {"Q1": "80.5", "Q2": "78.1", "Q3": "81.9"})
    + _rows("Contacts", "count", "none", {"Q2": "900", "Q3": "950"})
)


@pytest.mark.parametrize(
    ("polarity", "before", "after", "word", "arrow"),
    [
        ("low", "140", "100", "better", "▼"),  # a fall in a "low is good" measure
        ("low", "100", "140", "worse", "▲"),
        ("high", "78.1", "81.9", "better", "▲"),
        ("high", "81.9", "78.1", "worse", "▼"),
        ("none", "900", "950", "up", "▲"),
        ("none", "950", "950", "no change", "▬"),
    ],
)
def test_the_word_follows_the_measure_s_polarity(
    polarity: str, before: str, after: str, word: str, arrow: str
) -> None:
    moved = change(Gate(), before, after, polarity, 0)
    assert moved is not None and (moved.word, moved.arrow) == (word, arrow)


def test_a_change_is_rounded_as_asked_and_not_worked_out_from_a_gap() -> None:
    assert change(Gate(), "92.9", "95.3", "high", 0).amount == "2"  # type: ignore[union-attr]
    assert change(Gate(), "92.9", "95.3", "high", 1).amount == "2.4"  # type: ignore[union-attr]
    assert change(Gate(), "99.0", "93.2", "high", 0).amount == "-6"  # type: ignore[union-attr]
    assert change(Gate(), "[x]", "95.3", "high", 0) is None


def test_the_sparkline_fills_its_box_and_says_its_trend_in_words() -> None:
    path = sparkline([4060, 4020, 4061, 4103])
    points = [tuple(map(float, p.strip("ML").split(","))) for p in path.split()]
    assert len(points) == 4
    ys = [y for _, y in points]
    assert (
        max(ys) == 18.0 and min(ys) == 2.0
    )  # the lowest figure at the bottom, the highest at the top
    assert ys.index(max(ys)) == 1 and ys.index(min(ys)) == 3
    assert trend_words([4060, 4020, 4061, 4103], "4,060", "4,103") == (
        "From 4,060 to 4,103: rose in 2 of 3 changes, fell in 1."
    )
    assert sparkline([5.0]) == ""


def build_overview(tmp_path: Path, embed: str) -> BeautifulSoup:
    settings = write_site(
        tmp_path / "site", pages={"trends.md": f"Title: Trends\nSlug: trends\n\n{embed}\n"}
    )
    write_package(
        tmp_path / "site" / "data" / "trends",
        "trends",
        {"overview.csv": (ROWS, ["measure", "period"])},
    )
    assert run_build(settings) == 0
    html = (tmp_path / "site" / "output" / "trends" / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def test_an_overview_shows_each_measure_s_periods_change_and_trend(tmp_path: Path) -> None:
    soup = build_overview(tmp_path, "{{ overview trends/overview }}")
    table = soup.find("table", class_="overview")
    heads = [th.get_text(" ", strip=True) for th in table.thead.find_all("th")]
    assert heads[1:4] == ["Q1", "Q2", "Q3"]
    rows = {
        tr.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in table.tbody.find_all("tr")
    }
    assert rows["Waiting for an assessment"][:4] == ["120", "140", "100", "-40 ▼ better"]
    assert rows["Reviews on time"][3] == "3.8 ▲ better"
    assert rows["Contacts"][0] == "[x]"  # no figure for Q1
    assert "From 120 to 100" in rows["Waiting for an assessment"][4]
    assert table.find("svg", class_="sparkline")["aria-hidden"] == "true"
    # Stacked on a phone like every table: each cell names its column.
    assert all(td.get("data-label") for td in table.find_all("td"))
    note = soup.find("p", class_="table-note", string=lambda t: t and "percentage points" in t)
    assert note is not None


def test_periods_keeps_the_latest_and_change_decimals_rounds(tmp_path: Path) -> None:
    soup = build_overview(tmp_path, "{{ overview trends/overview periods=2 change_decimals=0 }}")
    table = soup.find("table", class_="overview")
    heads = [th.get_text(" ", strip=True) for th in table.thead.find_all("th")]
    assert heads[1:3] == ["Q2", "Q3"] and "Q1" not in heads
    reviews = next(tr for tr in table.tbody.find_all("tr") if "Reviews" in tr.th.get_text())
    assert reviews.find("span", class_="trend").get_text(" ", strip=True) == "4 ▲ better"


def test_a_resource_that_is_not_an_overview_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(
        tmp_path / "site",
        pages={
            "trends.md": "Title: Trends\nSlug: trends\n\n{{ overview safeguarding/concerns }}\n"
        },
    )
    assert run_build(settings) != 0
    err = capsys.readouterr().err
    assert "trends.md:4" in err and "safeguarding/concerns has no column measure, period" in err
