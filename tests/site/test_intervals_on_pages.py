"""A fixture site whose measure has confidence intervals and is compared by interval: the
page's table of every period has a "95% interval" column, the trend chart draws the bar,
the "Copy this figure" sentence and the badge say the interval and the verdict, the "how we
worked this out" detail names the method and its caveat, and the CSV download has lower and
upper. A suppressed value's interval appears nowhere."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import MEASURES, VALUES, run_build, write_csv, write_site

# Riverside's 2023-24 figure (57 of 76, 75.0%) at 70.1% to 79.2%; Marshby's [c] figure's
# interval would give its value away, so the data never give one.
ROWS = [{**row, "lower": "", "upper": ""} for row in VALUES]
ROWS[1].update(lower="70.12", upper="79.16")
NATION = {"group_id": "nation", "measure_id": "H1", "period": "2023-24", "value": "64.0",
          "lower": "62.5", "upper": "65.5"}  # fmt: skip


def with_intervals(settings: Path) -> Path:
    """The fixture site's housing package with intervals and the nation's published figure."""
    folder = settings.parent / "data" / "housing"
    write_csv(folder / "values.csv", ROWS)
    write_csv(folder / "benchmarks.csv", [NATION])
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    values = descriptor["resources"][0]
    number = {"lower", "upper", "value", "numerator", "denominator"}
    level = {"lower", "upper"}
    values["schema"]["fields"] = [
        {"name": name, "type": "number" if name in number else "string"}
        | ({"confidenceLevel": 95} if name in level else {})
        for name in ROWS[0]
    ]
    benchmarks = {
        "name": "benchmarks", "path": "benchmarks.csv", "profile": "tabular-data-resource",
        "format": "csv", "encoding": "utf-8",
        "schema": {"fields": [
            {"name": name, "type": "number" if name in number else "string"}
            | ({"confidenceLevel": 95} if name in level else {})
            for name in NATION
        ], "missingValues": [""]},
    }  # fmt: skip
    descriptor["resources"].append(benchmarks)
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return settings


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    measures = [
        {**m, "comparison": "interval" if m["measure_id"] == "H1" else ""} for m in MEASURES
    ]
    settings = with_intervals(write_site(tmp_path_factory.mktemp("intervals"), measures=measures))
    assert run_build(settings) == 0
    return settings.parent / "output"


def page(site: Path) -> BeautifulSoup:
    return BeautifulSoup(
        (site / "measures" / "h1" / "index.html").read_text("utf-8"), "html.parser"
    )


def text(tag: object) -> str:
    return " ".join(tag.get_text(" ").split())  # type: ignore[attr-defined]


def test_the_table_of_every_period_has_an_interval_column(site: Path) -> None:
    table = page(site).find("table", class_="values")
    headings = [text(th) for th in table.find("thead").find_all("th")]
    assert "95% interval" in headings
    column = headings.index("95% interval")
    cells = {
        text(tr.find("th")).split()[0]: text(tr.find_all(["th", "td"])[column])
        for tr in table.find("tbody").find_all("tr")
    }
    assert cells["2023-24"] == "70.1% to 79.2%"  # rounded as the value is
    assert cells["2022-23"] == ""


def test_a_measure_without_intervals_has_no_interval_column(site: Path) -> None:
    html = (site / "measures" / "h2" / "index.html").read_text("utf-8")
    assert "95% interval" not in html


def test_the_trend_chart_draws_the_interval_and_its_summary_says_so(site: Path) -> None:
    soup = page(site)
    figure = soup.find("figure", id=lambda i: bool(i and "trend" in i))
    assert figure is not None
    assert "95% confidence interval" in text(figure)
    assert "Riverside 95% interval" in text(figure.find("table"))
    # vl-convert draws the error bar (the chart's only rule mark, not an axis's) as a rule
    # with a tick at each end.
    drawn = [g["class"] for g in figure.find_all("g", class_=True)]
    assert any({"mark-rule", "role-mark"} <= set(c) for c in drawn), drawn


def test_the_copy_sentence_and_badge_give_the_interval_and_the_verdict(site: Path) -> None:
    soup = page(site)
    copies = [text(p) for p in soup.find_all("p", class_="copy-text")]
    assert any("75.0% (95% confidence interval 70.1% to 79.2%) in 2023-24" in c for c in copies)
    assert any("better than The nation" in c for c in copies), copies
    badges = [text(b) for b in soup.find_all("span", class_="badge")]
    assert "✔ Better than The nation" in badges, badges
    html = str(soup)
    assert "Compared by 95% confidence interval" in html
    assert "not a test of the significance of the difference" in html


def test_the_measure_csv_has_lower_and_upper(site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((site / "measures" / "h1" / "h1.csv").read_text())))
    by_period = {r["period"]: (r["lower"], r["upper"]) for r in rows if not r["group_id"]}
    assert by_period == {"2022-23": ("", ""), "2023-24": ("70.1", "79.2")}


def test_the_home_page_headline_and_the_badge_key_show_the_interval_verdicts(site: Path) -> None:
    home = BeautifulSoup((site / "index.html").read_text("utf-8"), "html.parser")
    assert "✔ Better than The nation" in [text(b) for b in home.find_all("span", class_="badge")]
    key = page(site).find("aside", class_="badge-key")
    assert key is not None and "Similar to the group" in text(key)
    assert "Top quartile" in text(key)  # the quartile measures' badges are still explained


def test_lantern_compute_gives_the_verdict_and_both_intervals(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lantern.cli.command import main

    monkeypatch.chdir(site.parent)
    assert main(["compute"]) == 0
    out = capsys.readouterr().out
    assert (
        "The nation: better (by 95% confidence interval 70.1 to 79.2, against 64 (62.5 to 65.5))"
        in out
    ), out
