"""The public health example (examples/public-health/): a second service on the same
Lantern, with intervals, calendar years and years counted together, and no word of adult
social care."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from bs4 import BeautifulSoup
from support import PUBLIC_HEALTH_SETTINGS

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
        # The interval is on the page as its two ends, at the figure's decimal places.
        ends = [shown(row["lower"], measure_id), shown(row["upper"], measure_id)]
        assert re.search(rf"{re.escape(ends[0])}\S* to {re.escape(ends[1])}", text), measure_id
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


def test_no_page_speaks_of_another_service(public_health_site: Path) -> None:
    for path in public_health_site.rglob("*.html"):
        found = OTHER_SERVICE.search(path.read_text(encoding="utf-8"))
        assert found is None, (path.relative_to(public_health_site), found and found[0])
