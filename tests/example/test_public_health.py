"""The public health example (examples/public-health/): a second service on the same
Lantern, with intervals, calendar years and years counted together, and no word of adult
social care."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
from browser import VIEWS, axe_problems
from bs4 import BeautifulSoup
from serving import serve
from support import PUBLIC_HEALTH_SETTINGS

from lantern.vocab.units import unit_of

DATA = PUBLIC_HEALTH_SETTINGS.parent / "data"
HOME = "E08000010"
# Words of the example council's service: none may reach a page of another service's site.
OTHER_SERVICE = re.compile(r"adult social care|ascof|sefton", re.IGNORECASE)


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / "els" / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def measures() -> dict[str, dict[str, str]]:
    with (DATA / "reference" / "measures.csv").open(encoding="utf-8") as handle:
        return {row["measure_id"]: row for row in csv.DictReader(handle)}


def latest(measure_id: str) -> dict[str, str]:
    """Wigan's latest row with a value for a measure (periods of one kind sort by text)."""
    own = [
        r for r in rows("values.csv") if r["area_code"] == HOME and r["measure_id"] == measure_id
    ]
    return max((r for r in own if r["value"]), key=lambda r: r["period"])


def england(measure_id: str, period: str) -> float:
    return next(
        float(r["value"])
        for r in rows("benchmarks.csv")
        if (r["group_id"], r["measure_id"], r["period"]) == ("england", measure_id, period)
    )


def page_text(site: Path, measure_id: str) -> str:
    page = site / "measures" / measure_id.lower() / "index.html"
    return " ".join(
        BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").get_text().split()
    )


def shown(number: str, measure_id: str) -> str:
    """A figure as the site writes it, at the measure's decimal places."""
    decimals = int(measures()[measure_id]["decimals"])
    return f"{float(number):.{decimals}f}"


def test_every_measure_has_a_page_with_its_latest_figure_and_its_interval(
    public_health_site: Path,
) -> None:
    for measure_id in measures():
        row = latest(measure_id)
        text = page_text(public_health_site, measure_id)
        assert shown(row["value"], measure_id) in text, measure_id
        # The interval is on the page as its two ends in the measure's unit, at the figure's
        # decimal places: "50.1 years to 60.1 years".
        unit = unit_of(measures()[measure_id]["unit"])
        assert unit is not None
        lower, upper = (unit.write(shown(row[end], measure_id)) for end in ("lower", "upper"))
        assert f"{lower} to {upper}" in text, measure_id
        assert "95%" in text, measure_id


def test_interval_measures_are_better_similar_or_worse_than_england(
    public_health_site: Path,
) -> None:
    for measure_id, measure in measures().items():
        text = page_text(public_health_site, measure_id)
        if measure["comparison"] != "interval":
            assert "quartile" in text.lower(), measure_id
            continue
        row = latest(measure_id)
        value = england(measure_id, row["period"])
        lower, upper = float(row["lower"]), float(row["upper"])
        above = lower > value
        below = upper < value
        if not (above or below):
            expected = "Similar to England"
        else:
            good = above if measure["polarity"] == "high" else below
            expected = "Better than England" if good else "Worse than England"
        assert expected.lower() in text.lower(), (measure_id, expected)


def test_periods_are_named_as_public_health_names_them_and_compared_with_their_kind(
    public_health_site: Path,
) -> None:
    pooled = latest("HLE-M")["period"]
    assert re.fullmatch(r"\d{4} to \d{4}", pooled)
    text = page_text(public_health_site, "HLE-M")
    assert pooled in text
    first = int(pooled[:4])
    earlier = f"{first - 1} to {first + 1}"
    assert f"since {earlier}" in text, "direction of travel against the three years before"
    calendar = latest("CAN-EARLY")["period"]
    assert re.fullmatch(r"\d{4}", calendar)
    assert f"since {int(calendar) - 1}" in page_text(public_health_site, "CAN-EARLY")


# The one file that may name Sefton: the list of every council the figures compare.
EVERY_COUNCIL = "data/reference/areas.csv"
TEXT_FILES = (".html", ".csv", ".json", ".xml", ".txt", ".svg")


def test_no_page_or_download_speaks_of_another_service(public_health_site: Path) -> None:
    checked = 0
    for path in public_health_site.rglob("*"):
        name = path.relative_to(public_health_site).as_posix()
        if path.suffix not in TEXT_FILES or name.startswith("pagefind/"):
            continue
        text = path.read_text(encoding="utf-8")
        found = OTHER_SERVICE.search(text.replace("Sefton", "") if name == EVERY_COUNCIL else text)
        assert found is None, (name, found and found[0])
        checked += 1
    assert checked > 20


def pages(site: Path) -> list[Path]:
    """Every page a reader can open (an old address's redirect sends them on at once)."""
    every = sorted(site.rglob("*.html"))
    return [p for p in every if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")]


def test_every_page_is_valid_html(public_health_site: Path, html_checker: Any) -> None:
    problems = html_checker(pages(public_health_site), public_health_site)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("view", VIEWS)
def test_every_page_passes_axe_wcag_22_aa(
    public_health_site: Path, browser: Any, view: str
) -> None:
    viewport, scheme = VIEWS[view]
    context = browser.new_context(bypass_csp=True, viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    failures = []
    try:
        with serve(public_health_site) as base:
            for path in pages(public_health_site):
                page.goto(f"{base}/{path.relative_to(public_health_site).as_posix()}")
                failures += axe_problems(page, str(path.relative_to(public_health_site)))
    finally:
        context.close()
    assert failures == [], "\n".join(failures)
