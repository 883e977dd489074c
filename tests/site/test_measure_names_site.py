"""A small site shows readers which measure is which: a reused code points to the other
measure, a score says its scale, and a measure no longer collected is listed apart with no
badge on the home page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from support import AREAS, MEASURES, VALUES, run_build, write_csv, write_site

# H1 takes the code H2 from 2023-24, while H2 is still another measure's code.
RENUMBERED = {**MEASURES[0], "renumbered_as": "H2", "renumbered_from": "2023-24"}
SCORE = {
    **MEASURES[0],
    "measure_id": "H3",
    "title": "Tenants' satisfaction score",
    "theme": "Tenants",
    "unit": "score_out_of_24",
}
STOPPED = {
    **MEASURES[0],
    "measure_id": "H4",
    "title": "Rough sleepers counted on one night, per 100,000",
    "theme": "Rough sleeping",
    "unit": "per_100k",
    "polarity": "low",
}
BLANK = {"renumbered_as": "", "renumbered_from": ""}
SCORES = ("18.7", "17.2", "19.5", "20.1", "16.0")
COUNTED = ("3.1", "2.4", "5.0", "1.2", "0.8")


def every_area(measure: str, period: str, figures: tuple[str, ...]) -> list[dict[str, str]]:
    return [
        {**VALUES[0], "area_code": area["area_code"], "measure_id": measure, "period": period,
         "numerator": "", "denominator": "", "value": value}
        for area, value in zip(AREAS, figures, strict=True)
    ]  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    measures = [RENUMBERED, {**MEASURES[1], **BLANK}, {**SCORE, **BLANK}, {**STOPPED, **BLANK}]
    settings = write_site(tmp_path_factory.mktemp("names") / "site", measures=measures)
    values = [*VALUES, *every_area("H3", "2023-24", SCORES), *every_area("H4", "2019-20", COUNTED)]
    write_csv(settings.parent / "data/housing/values.csv", values)
    assert run_build(settings) == 0
    return settings.parent / "output"


def page(output: Path, path: str) -> BeautifulSoup:
    html = (output / path / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def words(tag: Any) -> str:
    return " ".join(tag.get_text(" ").split())


def test_a_code_now_used_by_another_measure_points_to_it(site: Path) -> None:
    (note,) = page(site, "measures/h2").select("main .page-note")
    assert words(note).startswith("Looking for measure H2 as numbered from 2023-24? It is here:")
    target = (site / "measures/h2" / note.a["href"]).resolve() / "index.html"
    assert words(page(site, str(target.parent.relative_to(site))).h1) == MEASURES[0]["title"]


def test_the_renumbered_measure_points_back_to_the_code_s_other_measure(site: Path) -> None:
    (note,) = page(site, "measures/h1").select("main .page-note")
    assert "the other measure numbered H2?" in words(note)
    assert MEASURES[1]["title"] in words(note.a)


def test_a_measure_whose_codes_are_its_own_has_no_note(site: Path) -> None:
    assert page(site, "measures/h3").select("main .page-note") == []


def test_a_score_shows_its_scale_on_its_page_and_in_the_headline(site: Path) -> None:
    expected = f"{SCORES[0]} out of 24"
    assert expected in words(page(site, "measures/h3").select_one("main .headline"))
    rows = page(site, "").select("table.headline-table tbody tr")
    (row,) = [r for r in rows if SCORE["title"] in words(r.th)]
    assert expected in words(row)


def test_a_measure_no_longer_collected_is_listed_apart_without_a_badge(site: Path) -> None:
    listing = page(site, "measures")
    heading = listing.find("h2", id="no-longer-collected")
    assert words(heading) == "No longer collected"
    assert f"{STOPPED['title']} (H4, last figure 2019-20)" in words(heading.find_next("ul"))
    assert listing.find("h2", string=STOPPED["theme"]) is None
    home = page(site, "")
    headline = home.select_one("table.headline-table")
    assert headline is not None and STOPPED["title"] not in words(headline)
    assert home.select_one('main a[href$="measures/#no-longer-collected"]') is not None
    stopped = page(site, "measures/h4").select("main .page-note")
    assert [words(n) for n in stopped] == ["No longer collected: last figure 2019-20."]
