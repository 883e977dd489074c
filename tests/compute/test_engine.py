"""The engine: comparisons per group and period, fallbacks, in-year values and the audit JSON."""

from __future__ import annotations

from lantern.compute import (
    Benchmark,
    Group,
    Measure,
    Observation,
    Settings,
    compute_area,
)

SHARE = Measure("S", "A share", "percent", "high", 1)
NEUTRAL = Measure("N", "A count", "count", "none", 0)
AREAS = ("A", "B", "C", "D", "E")
GROUP = Group("all", "All areas", AREAS)


def observe(
    values: dict[str, float | None], period: str = "2023-24", note: str = ""
) -> list[Observation]:
    return [
        Observation(area, "S", period, value=value, note="" if value is not None else note or "[x]")
        for area, value in values.items()
    ]


def only_comparison(results: list, period: str) -> object:  # type: ignore[type-arg]
    [result] = results
    [match] = [p for p in result.periods if p.period == period]
    [comparison] = match.comparisons
    return comparison


def test_band_rank_and_cut_points_from_every_member() -> None:
    data = observe({"A": 10.0, "B": 20.0, "C": 30.0, "D": 40.0, "E": 50.0})
    c = only_comparison(compute_area("A", [SHARE], data, [], [GROUP]), "2023-24")
    assert (c.band, c.band_source, c.n) == ("bottom", "members", 5)
    assert c.cut_points == (10.0, 20.0, 30.0, 40.0, 50.0)
    assert (c.rank, c.rank_label) == (5, "5")
    assert (c.group_value, c.group_value_method) == (30.0, "median of members")


def test_missing_and_suppressed_members_are_left_out() -> None:
    data = [
        *observe({"A": 10.0, "B": 20.0, "C": 30.0, "D": None}),
        Observation("E", "S", "2023-24", numerator=2, denominator=50, value=4.0),
    ]
    c = only_comparison(compute_area("A", [SHARE], data, [], [GROUP]), "2023-24")
    assert c.n == 3
    assert c.band is None
    assert c.reason == "not compared: only 3 areas have a value (at least 4 are needed)"


def test_published_thresholds_then_published_band_are_the_fallbacks() -> None:
    data = observe({"A": 80.0})
    thresholds = Benchmark("all", "S", "2023-24", value=75.0, q1=70.0, median=76.0, q3=79.5)
    c = only_comparison(compute_area("A", [SHARE], data, [thresholds], [GROUP]), "2023-24")
    assert (c.band, c.band_source, c.group_value_method) == (
        "top",
        "published thresholds",
        "published",
    )
    band_only = Benchmark("all", "S", "2023-24", value=75.0, band="middle")
    c = only_comparison(compute_area("A", [SHARE], data, [band_only], [GROUP]), "2023-24")
    assert (c.band, c.band_source) == ("middle", "published band")


def test_too_few_members_gives_no_badge_and_a_reason() -> None:
    data = observe({"A": 80.0, "B": 70.0})
    c = only_comparison(compute_area("A", [SHARE], data, [], [GROUP]), "2023-24")
    assert c.band is None
    assert c.reason == "not compared: only 2 areas have a value (at least 4 are needed)"


def test_a_measure_only_the_home_area_reports_has_no_group_figure() -> None:
    """A council's own measure must not show its own value as the group's figure."""
    c = only_comparison(compute_area("A", [SHARE], observe({"A": 80.0}), [], [GROUP]), "2023-24")
    assert (c.band, c.group_value) == (None, None)
    assert c.reason == "not compared: no other member of the group has a figure for this measure"


def test_polarity_none_never_gets_a_band() -> None:
    data = [Observation(a, "N", "2023-24", value=float(10 + i)) for i, a in enumerate(AREAS)]
    [result] = compute_area("A", [NEUTRAL], data, [], [GROUP])
    [c] = result.periods[0].comparisons
    assert c.band is None and "neither a high nor a low value is better" in (c.reason or "")


def test_in_year_value_is_compared_with_the_latest_published_distribution() -> None:
    data = [
        *observe({"A": 10.0, "B": 20.0, "C": 30.0, "D": 40.0, "E": 50.0}),
        Observation("A", "S", "2024-25", value=45.0, status="provisional"),
    ]
    [result] = compute_area("A", [SHARE], data, [], [GROUP])
    latest = result.latest
    assert latest is not None and latest.period == "2024-25" and latest.status == "provisional"
    [c] = latest.comparisons
    assert (c.compared_period, c.band, c.n) == ("2023-24", "top", 5)
    assert c.rank is None  # the other areas have no 2024-25 value to rank against
    assert (latest.direction, latest.previous_period, latest.change) == (
        "improving",
        "2023-24",
        35.0,
    )


def test_group_figure_sums_numerators_and_denominators_when_all_are_known() -> None:
    data = [
        Observation("A", "S", "2023-24", 10, 100, 10.0),
        Observation("B", "S", "2023-24", 30, 100, 30.0),
        Observation("C", "S", "2023-24", 60, 200, 30.0),
        Observation("D", "S", "2023-24", 80, 200, 40.0),
    ]
    c = only_comparison(compute_area("A", [SHARE], data, [], [GROUP]), "2023-24")
    assert (c.group_value, c.group_value_method) == (
        30.0,
        "sum of numerators over sum of denominators",
    )


def test_tolerance_setting_and_per_measure_override() -> None:
    data = [*observe({"A": 50.0}, "2022-23"), *observe({"A": 50.4}, "2023-24")]
    [plain] = compute_area("A", [SHARE], data, [], [])
    assert plain.latest is not None and plain.latest.direction == "improving"
    [tolerant] = compute_area("A", [SHARE], data, [], [], Settings(measure_tolerance={"S": 0.5}))
    assert tolerant.latest is not None and tolerant.latest.direction == "no change"


def test_direction_compares_periods_of_the_same_kind_only() -> None:
    data = [
        *observe({"A": 50.0}, "2023-24"),
        *observe({"A": 10.0}, "2024-11"),
        *observe({"A": 60.0}, "2024-25"),
    ]
    [result] = compute_area("A", [SHARE], data, [], [])
    by_period = {p.period: p for p in result.periods}
    assert by_period["2024-25"].previous_period == "2023-24"
    assert by_period["2024-11"].direction is None


def test_no_direction_of_travel_across_a_series_break() -> None:
    broken = Measure("S", "A share", "percent", "high", 1, series_break_from="2024-25")
    data = [
        *observe({"A": 50.0}, "2023-24"),
        *observe({"A": 30.0}, "2024-25"),
        *observe({"A": 35.0}, "2025-26"),
    ]
    [result] = compute_area("A", [broken], data, [], [])
    by_period = {p.period: p for p in result.periods}
    first_new = by_period["2024-25"]
    assert first_new.new_series and first_new.direction is None and first_new.change is None
    # Within the new series, change is reported again.
    assert by_period["2025-26"].direction == "improving"
    assert by_period["2025-26"].previous_period == "2024-25"


def test_audit_json_has_the_documented_keys() -> None:
    data = observe({"A": 10.0, "B": 20.0, "C": 30.0, "D": 40.0, "E": 50.0})
    [result] = compute_area("A", [SHARE], data, [], [GROUP])
    document = result.to_dict()
    assert {"measure_id", "title", "unit", "polarity", "periods"} <= set(document)
    period = document["periods"][0]
    assert {"period", "value", "status", "direction", "comparisons"} <= set(period)
    assert {
        "group_id",
        "group_name",
        "n",
        "cut_points",
        "quartile",
        "band",
        "band_source",
        "compared_period",
        "rank",
        "rank_label",
        "group_value",
        "group_value_method",
        "reason",
    } <= set(period["comparisons"][0])


def test_many_areas_from_one_index_give_what_each_would_alone() -> None:
    """compute_areas (a national site) and compute_area (one council) agree, each area
    against its own groups."""
    from lantern.compute import compute_areas

    data = observe({"A": 10.0, "B": 20.0, "C": 30.0, "D": 40.0, "E": 50.0})
    own = {
        "A": [Group("near", "Neighbours", ("A", "B", "C", "D"), "A"), GROUP],
        "E": [Group("near", "Neighbours", ("B", "C", "D", "E"), "E"), GROUP],
    }
    together = compute_areas(own, [SHARE], data, [])
    for area, groups in own.items():
        assert together[area] == compute_area(area, [SHARE], data, [], groups)
    a_near = together["A"][0].periods[0].comparisons[0]
    e_near = together["E"][0].periods[0].comparisons[0]
    assert (a_near.rank_label, a_near.n) == ("4", 4)
    assert (e_near.rank_label, e_near.n) == ("1", 4)


def test_a_published_band_counts_only_for_the_area_it_names() -> None:
    """A band in benchmarks.csv is one area's place in the group: another area with no
    members' values gets no badge from it."""
    data = observe({"A": 10.0, "B": 20.0})
    published = [Benchmark("all", "S", "2023-24", value=15.0, band="top", for_area="A")]
    group = Group("all", "All areas", ())
    a = only_comparison(compute_area("A", [SHARE], data, published, [group]), "2023-24")
    b = only_comparison(compute_area("B", [SHARE], data, published, [group]), "2023-24")
    assert (a.band, a.band_source) == ("top", "published band")
    assert b.band is None
