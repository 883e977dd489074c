"""Choosing what a new council's site starts from, from the national reference tables."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from lantern.data.problems import LanternError
from lantern.installed import national_data
from lantern.starter.context import council_title
from lantern.starter.council import (
    collected_measures,
    council_groups,
    find_council,
)


def _rows(name: str) -> list[dict[str, str]]:
    folder = national_data()
    assert folder is not None
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


AREAS = _rows("reference/areas.csv")
GROUPS = _rows("reference/groups.csv")


def test_a_metropolitan_borough_is_compared_with_its_neighbours_its_region_and_england() -> None:
    wigan = find_council(AREAS, GROUPS, "e08000010")
    assert (wigan.code, wigan.name, wigan.region_name) == ("E08000010", "Wigan", "North West")
    assert wigan.comparators == ("cipfa-neighbours", "north-west", "england")
    assert len(wigan.neighbours) == 15 and "Wigan" not in wigan.neighbours


def test_a_county_has_its_own_neighbours_and_is_named_a_county_council() -> None:
    kent = find_council(AREAS, GROUPS, "E10000016")
    assert kent.comparators == ("cipfa-neighbours", "south-east", "england")
    assert "Essex" in kent.neighbours
    assert council_title(kent) == "Kent County Council"


def test_a_council_formed_after_the_neighbours_list_is_compared_with_its_region_and_england() -> (
    None
):
    cumberland = find_council(AREAS, GROUPS, "E06000063")
    assert cumberland.neighbours == ()
    assert cumberland.comparators == ("north-west", "england")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("E07000117", "is a district council's code"),
        ("E0800001", "is not a council in the national data"),
        ("Wigan", "is not a council in the national data"),
    ],
)
def test_a_code_that_is_no_council_with_social_services_is_named_with_why(
    code: str, words: str
) -> None:
    with pytest.raises(LanternError) as raised:
        find_council(AREAS, GROUPS, code)
    (problem,) = raised.value.problems
    assert f"--area {code.upper()} {words}" in str(problem)


def test_a_councils_site_keeps_its_own_neighbours_and_every_shared_group() -> None:
    wigan = find_council(AREAS, GROUPS, "E08000010")
    kept = council_groups(GROUPS, wigan)
    neighbours = [g for g in kept if g["group_id"] == "cipfa-neighbours"]
    assert {g["for_area"] for g in neighbours} == {"E08000010"}
    assert len(neighbours) == 16  # the council itself and its 15 neighbours
    shared = {g["group_id"] for g in GROUPS if not g["for_area"]}
    assert shared <= {g["group_id"] for g in kept}


def test_a_new_site_keeps_only_the_measures_the_national_values_hold() -> None:
    measures = [{"measure_id": "2A1"}, {"measure_id": "LOCAL-ONLY"}]
    assert collected_measures(measures, [{"measure_id": "2A1"}]) == [{"measure_id": "2A1"}]


def test_the_national_data_are_found_beside_lantern() -> None:
    folder = national_data()
    assert isinstance(folder, Path) and (folder / "ascof" / "values.csv").is_file()
