"""A report's quartile claim is matched against the computed band, in words."""

from __future__ import annotations

import pytest

from lantern.compute import Comparison
from lantern.present.claims import check_claim


def _standing(band: str | None, reason: str | None = None) -> Comparison:
    return Comparison("england", "England", 150, "2021-22", band=band, reason=reason)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("claimed", "band", "verdict"),
    [
        ("bottom", "bottom", "matches"),
        ("not-bottom", "middle", "matches"),
        ("not-bottom", "top", "matches"),
        ("not-bottom", "bottom", "differs"),
        ("top", "middle", "differs"),
        ("not-top", "bottom", "matches"),
        ("middle", "top", "differs"),
    ],
)
def test_a_claim_matches_only_the_bands_that_bear_it_out(
    claimed: str, band: str, verdict: str
) -> None:
    assert check_claim(claimed, _standing(band), "2021-22", "Sefton").verdict == verdict


def test_each_result_says_which_year_s_quartiles_and_where_the_area_was() -> None:
    matched = check_claim("bottom", _standing("bottom"), "2021-22", "Sefton")
    assert matched.text == "matches the published 2021-22 quartiles"
    differs = check_claim("top", _standing("middle"), "2021-22", "Sefton")
    assert differs.text == (
        "does not match the published 2021-22 quartiles: Sefton was in the middle quartiles"
    )
    unbanded = check_claim("top", _standing(None, "too few areas"), "2021-22", "Sefton")
    assert (unbanded.verdict, unbanded.text) == (
        "unchecked",
        "cannot be checked against the published 2021-22 quartiles",
    )
