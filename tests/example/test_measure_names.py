"""On the example site, readers can tell the measures apart: ASCOF's reused code 1D points
to the other 1D, the quality of life score says it is out of 24, and delayed transfers of
care, last counted in 2019-20, are listed as no longer collected rather than scored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from support import example_area, read_csv

from lantern.vocab.units import find_unit

PROJECT = Path(__file__).resolve().parents[2]
HOME = example_area()


def rows_of(path: str) -> list[dict[str, str]]:
    return read_csv(PROJECT / "data" / path)


MEASURES = {m["measure_id"]: m for m in rows_of("reference/measures.csv")}
# The measure that took 1D's code in 2023-24, and the delayed transfers of care measure.
TOOK_1D = next(m for m in MEASURES.values() if m["renumbered_as"] == "1D")
STOPPED = "2C1"


def soup_of(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def words(tag: Any) -> str:
    return " ".join(tag.get_text(" ").split())


def latest_sefton(measure: str) -> dict[str, str]:
    rows = [r for r in rows_of("ascof/values.csv") if (r["area_code"], r["measure_id"]) ==
            (HOME, measure)]  # fmt: skip
    return max(rows, key=lambda r: r["period"])


def test_measure_1d_points_to_the_measure_numbered_1d_since_2023_24(example_site: Path) -> None:
    page = soup_of(example_site, "measures/1d")
    notes = [n for n in page.select("main .page-note") if "Looking for" in words(n)]
    (note,) = notes
    since = TOOK_1D["renumbered_from"]
    assert words(note).startswith(f"Looking for measure 1D as numbered from {since}? It is here:")
    target = (example_site / "measures/1d" / note.a["href"]).resolve()
    assert target == (example_site / "measures" / TOOK_1D["measure_id"].lower()).resolve()
    heading = soup_of(example_site, str(target.relative_to(example_site))).h1
    assert words(heading) == TOOK_1D["title"]


def test_the_measure_that_took_1d_points_back_to_the_old_1d(example_site: Path) -> None:
    page = soup_of(example_site, f"measures/{TOOK_1D['measure_id'].lower()}")
    texts = [words(n) for n in page.select("main .page-note")]
    old = MEASURES["1D"]["title"]
    since = MEASURES["1D"]["renumbered_from"]
    expected = f"Looking for measure 1D as numbered before {since}? It is here: {old}"
    assert any(t.startswith(expected) for t in texts), texts


def test_a_measure_that_kept_its_code_has_no_note(example_site: Path) -> None:
    for code in ("1a", "4a", "2a1", "contacts"):
        assert soup_of(example_site, f"measures/{code}").select("main .page-note") == [], code


def test_the_quality_of_life_score_is_out_of_24_on_its_page_and_the_home_page(
    example_site: Path,
) -> None:
    unit = find_unit(MEASURES["1A"]["unit"])
    assert unit is not None
    expected = unit.write(latest_sefton("1A")["value"])
    page = soup_of(example_site, "measures/1a")
    assert expected in words(page.select_one("main .headline"))
    assert unit.axis in str(page.select_one("main figure"))
    rows = soup_of(example_site, "").select("table.headline-table tbody tr")
    (row,) = [r for r in rows if MEASURES["1A"]["title"] in words(r.th)]
    assert expected in words(row)


def test_delayed_transfers_of_care_are_no_longer_collected(example_site: Path) -> None:
    last = latest_sefton(STOPPED)["period"]
    listing = soup_of(example_site, "measures")
    retired = words(listing.find("h2", id="no-longer-collected").find_next("ul"))
    assert f"{MEASURES[STOPPED]['title']} ({STOPPED}, last figure {last})" in retired
    assert MEASURES["1A"]["title"] not in retired
    page = soup_of(example_site, f"measures/{STOPPED.lower()}")
    assert f"No longer collected: last figure {last}." in words(page.select_one("main"))
    for path, table in (("", "table.headline-table"), ("scorecard", "table.scorecard-table")):
        tables = soup_of(example_site, path).select(table)
        assert tables and all(MEASURES[STOPPED]["title"] not in words(t) for t in tables)
