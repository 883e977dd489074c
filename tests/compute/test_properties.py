"""Properties every band and rank must have, whatever the values."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lantern.compute.bands import band_from_thresholds, band_from_values, cut_points
from lantern.compute.ranks import rank

ORDER = {"bottom": 0, "middle": 1, "top": 2}
values_lists = st.lists(st.integers(min_value=-1000, max_value=1000), min_size=4, max_size=40)
methods = st.sampled_from(["inclusive-better", "fingertips-legacy"])
polarities = st.sampled_from(["high", "low"])


@given(values_lists, st.data(), methods, polarities)
def test_a_better_value_never_gets_a_worse_band_or_rank(
    ints: list[int], data: st.DataObject, method: str, polarity: str
) -> None:
    values = [float(v) for v in ints]
    a, b = sorted(data.draw(st.sampled_from(values)) for _ in range(2))
    better, worse = (b, a) if polarity == "high" else (a, b)
    band_better = band_from_values(better, values, polarity, method)[0]  # type: ignore[arg-type]
    band_worse = band_from_values(worse, values, polarity, method)[0]  # type: ignore[arg-type]
    assert ORDER[band_better] >= ORDER[band_worse]
    assert rank(better, values, polarity)[0] <= rank(worse, values, polarity)[0]  # type: ignore[arg-type]


@given(values_lists, st.data())
def test_flipping_polarity_mirrors_the_bands(ints: list[int], data: st.DataObject) -> None:
    values = [float(v) for v in ints]
    value = data.draw(st.sampled_from(values))
    mirrored = [-v for v in values]
    high = band_from_values(value, values, "high", "inclusive-better")[0]
    low = band_from_values(-value, mirrored, "low", "inclusive-better")[0]
    assert high == low


@given(values_lists, st.data(), methods, polarities)
def test_the_order_of_members_changes_nothing(
    ints: list[int], data: st.DataObject, method: str, polarity: str
) -> None:
    values = [float(v) for v in ints]
    value = data.draw(st.sampled_from(values))
    shuffled = data.draw(st.permutations(values))
    assert band_from_values(value, values, polarity, method) == band_from_values(  # type: ignore[arg-type]
        value,
        list(shuffled),
        polarity,
        method,  # type: ignore[arg-type]
    )
    assert rank(value, values, polarity) == rank(value, list(shuffled), polarity)  # type: ignore[arg-type]


@given(values_lists)
def test_banding_by_members_agrees_with_banding_by_their_cut_points(ints: list[int]) -> None:
    values = [float(v) for v in ints]
    _, q1, _, q3, _ = cut_points(values)
    for value in values:
        for polarity in ("high", "low"):
            by_members = band_from_values(value, values, polarity, "inclusive-better")[0]  # type: ignore[arg-type]
            assert by_members == band_from_thresholds(value, q1, q3, polarity)  # type: ignore[arg-type]


@given(values_lists, st.data())
def test_tied_members_share_the_best_rank_among_them(ints: list[int], data: st.DataObject) -> None:
    values = [float(v) for v in ints]
    value = data.draw(st.sampled_from(values))
    tied = [*values, value]  # a second member with the same value
    for polarity in ("high", "low"):
        position, is_tied = rank(value, tied, polarity)  # type: ignore[arg-type]
        better = sum(1 for v in tied if (v > value if polarity == "high" else v < value))
        assert is_tied
        assert position == better + 1
