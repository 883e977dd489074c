"""Badges, ranks and group figures on the real national data, through `lantern compute --json`.

The cut-points are written out so a reader can check each band by hand
against NHS England's published ASCOF values in data/ascof/values.csv.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support import example_audit

PROJECT = Path(__file__).resolve().parents[2]


def comparison(document: dict[str, Any], measure: str, period: str, group: str) -> dict[str, Any]:
    [m] = [m for m in document["measures"] if m["measure_id"] == measure]
    [p] = [p for p in m["periods"] if p["period"] == period]
    [c] = [c for c in p["comparisons"] if c["group_id"] == group]
    return {"value": p["value"], "status": p["status"], **c}


def test_sefton_older_people_care_home_admissions_2020_21(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = example_audit(capsys)
    assert document["area"] == {"area_code": "E08000014", "area_name": "Sefton"}
    england = comparison(document, "2A2", "2020-21", "england")
    # 433 / 65,463 × 100,000 = 661.4; England's 150 councils: Q3 = 637.925, so for a
    # low-is-good measure 661.4 > Q3 is the bottom quartile, 120th of 150.
    assert england["value"] == 661.4
    assert england["cut_points"] == [129.5, 388.175, 484.05, 637.925, 2107.0]
    assert (england["band"], england["rank_label"], england["n"]) == ("bottom", "120", 150)
    north_west = comparison(document, "2A2", "2020-21", "north-west")
    # North West: Q1 461.85 < 661.4 ≤ Q3 705.95, so middle; the region's figure is
    # ΣNumerator / ΣDenominator, 637.6, as NHS England published it.
    assert north_west["cut_points"] == [141.0, 461.85, 644.7, 705.95, 1402.3]
    assert north_west["band"] == "middle"
    assert (north_west["group_value"], north_west["group_value_method"]) == (
        637.6,
        "sum of numerators over sum of denominators",
    )


def test_sefton_reablement_2023_24_is_top_quartile_of_its_statistical_neighbours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    neighbours = comparison(example_audit(capsys), "2B1", "2023-24", "cipfa-neighbours")
    # 88.2% ≥ Q3 86.85 of Sefton and its 15 CIPFA neighbours: top quartile, 4th of 16.
    assert neighbours["value"] == 88.2
    assert neighbours["cut_points"] == [63.8, 77.475, 82.4, 86.85, 96.3]
    assert (neighbours["band"], neighbours["rank_label"], neighbours["n"]) == ("top", "4", 16)


def test_another_council_is_banded_the_same_way(capsys: pytest.CaptureFixture[str]) -> None:
    liverpool = example_audit(capsys, "E08000012")
    assert liverpool["area"]["area_name"] == "Liverpool"
    reablement = comparison(liverpool, "2B1", "2022-23", "north-west")
    # 98.7% is the North West's highest value in 2022-23: rank 1 of 23, top quartile.
    assert reablement["cut_points"] == [62.6, 80.45, 86.8, 89.55, 98.7]
    assert (reablement["band"], reablement["rank_label"], reablement["n"]) == ("top", "1", 23)
    self_directed = comparison(liverpool, "1C1A", "2020-21", "england")
    # 91.1% < Q1 91.3 of 150 councils; many councils tie at 100%, so ranks are shared.
    assert self_directed["cut_points"] == [33.3, 91.3, 98.25, 100.0, 100.0]
    assert (self_directed["band"], self_directed["rank_label"]) == ("bottom", "114=")


def test_seeds_younger_adults_admissions_are_bottom_quartile_in_every_group(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """January 2025: 25 per 100,000 "puts us in the bottom quartile in the North West,
    England and against our Statistical Neighbours" (compared with 2023-24 quartiles)."""
    document = example_audit(capsys)
    for group, q3 in (("cipfa-neighbours", 20.8), ("north-west", 18.775), ("england", 19.025)):
        c = comparison(document, "2A1", "2024-25", group)
        assert (c["value"], c["status"], c["compared_period"]) == (25.0, "provisional", "2023-24")
        assert c["cut_points"][3] == q3 and c["band"] == "bottom"


def test_seeds_reablement_is_top_quartile_nationally(capsys: pytest.CaptureFixture[str]) -> None:
    """January 2025: "Nationally Sefton are in the top quartile" for still at home after 91 days."""
    england = comparison(example_audit(capsys), "2B1", "2024-25", "england")
    assert england["compared_period"] == "2023-24"
    assert england["cut_points"][3] == 88.925 and england["band"] == "top"
