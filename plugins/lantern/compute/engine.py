"""Assemble every figure for one home area: values, bands, ranks, group figures, changes.

Observations are resolved to figures once (suppression applied) and indexed
by measure and period, so a release of every council, measure and year is
computed in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from lantern.vocab.language import N_, _
from lantern.vocab.periods import Period, PeriodKind, crosses_break
from lantern.vocab.polarity import INTERVAL

from .bands import MIN_VALUES, band_from_thresholds, band_from_values, too_few_reason
from .direction import direction
from .index import Index, build_index
from .intervals import by_interval
from .model import (
    Benchmark,
    Comparison,
    Figure,
    Group,
    Measure,
    MeasureResult,
    Observation,
    PeriodResult,
    Settings,
)
from .ranks import rank, rank_label
from .snapshots import snapshot_changes
from .targets import against_target

NO_POLARITY = N_("no band: neither a high nor a low value is better for this measure")
NO_OTHERS = N_("not compared: no other member of the group has a figure for this measure")


def _has_distribution(index: Index, area: str, measure_id: str, period: str, group: Group) -> bool:
    """Enough member values to band against, or something published for the group."""
    _, values = index.members(group, measure_id, period)
    return len(values) >= MIN_VALUES or index.benchmark(group, area, measure_id, period) is not None


def compared_period(index: Index, area: str, measure_id: str, period: Period, group: Group) -> str:
    """The period whose distribution the value is compared with.

    Normally the same period. When the home area has a value the group has not
    published yet (an in-year provisional figure), the latest earlier period
    of the same kind that has one, so a page can say "2024-25 (provisional)
    compared with 2023-24 quartiles".
    """
    candidates = [
        p
        for p in index.periods.get(measure_id, [])
        if p.kind == period.kind and p.start <= period.start
    ]
    for candidate in sorted(candidates, reverse=True):
        if _has_distribution(index, area, measure_id, candidate.label, group):
            return candidate.label
    return period.label


def _banded(
    base: Comparison,
    value: float,
    values: list[float],
    measure: Measure,
    benchmark: Benchmark | None,
    same_period: bool,
    method: str,
) -> Comparison:
    """The band from the best source: every member's value, published thresholds, or a
    published band; failing all three, the reason there is none."""
    if len(values) >= MIN_VALUES:
        band, quartile, cuts = band_from_values(value, values, measure.polarity, method)
        return replace(base, band=band, quartile=quartile, cut_points=cuts, band_source="members")
    if benchmark is not None and benchmark.q1 is not None and benchmark.q3 is not None:
        return replace(
            base,
            band=band_from_thresholds(value, benchmark.q1, benchmark.q3, measure.polarity),
            band_source="published thresholds",
            cut_points=(None, benchmark.q1, benchmark.median, benchmark.q3, None),
        )
    if benchmark is not None and benchmark.band is not None and same_period:
        # A band is one area's: validation has every band name its area (``for_area``).
        return replace(base, band=benchmark.band, band_source="published band")
    return replace(base, reason=too_few_reason(len(values)))


def compare(
    home: Figure,
    home_area: str,
    measure: Measure,
    period: Period,
    group: Group,
    index: Index,
    settings: Settings,
) -> Comparison:
    """Band, rank and group figure of the home area's value in one group and period."""
    basis = compared_period(index, home_area, measure.measure_id, period, group)
    members_now = index.figures.get((measure.measure_id, basis), {})
    member_figures, values = index.members(group, measure.measure_id, basis)
    benchmark = index.benchmark(group, home_area, measure.measure_id, basis)
    home_counted = home_area in members_now and home_area in group.members
    others = len(member_figures) > (1 if home_counted else 0)
    base = Comparison(group.group_id, group.group_name, len(values), basis)
    if not others and benchmark is None:
        # Only the home area has a figure (a council's own measure): a "group figure"
        # would be its own value, so there is nothing to compare with.
        return replace(base, reason=_(NO_OTHERS))
    group_figure, method = index.group_figure(group, measure, basis, benchmark)
    base = replace(
        base,
        group_value=group_figure,
        group_value_method=method,
        group_value_period=basis if group_figure is not None else None,
    )
    if not home.usable or home.value is None:
        reason = _("no band: the value is %(code)s") % {"code": home.shorthand}
        return replace(base, reason=reason)
    if measure.comparison == INTERVAL:
        return by_interval(base, home, benchmark, measure.polarity)
    if measure.polarity == "none":
        return replace(base, reason=_(NO_POLARITY))
    same_period = basis == period.label
    if same_period and home_area in group.members and home.value in values:
        # Ranked among every member with a value, even when too few for quartiles.
        position, tied = rank(home.value, values, measure.polarity)
        base = replace(base, rank=position, rank_label=rank_label(position, tied))
    return _banded(base, home.value, values, measure, benchmark, same_period, settings.band_method)


def _period_result(
    measure: Measure,
    period: Period,
    home: Figure,
    observation: Observation | None,
    previous: tuple[str, float] | None,
    comparisons: list[Comparison],
    settings: Settings,
) -> PeriodResult:
    trend = change = None
    new_series = previous is not None and crosses_break(
        previous[0], period.label, measure.series_break_from
    )
    if new_series:
        # Figures counted two ways: a change between them would be an artefact.
        previous = None
    if previous is not None and home.usable and home.value is not None:
        change = round(home.value - previous[1], measure.decimals + 2)
        trend = direction(
            home.value, previous[1], measure.polarity, settings.tolerance_for(measure.measure_id)
        )
    target = None
    if measure.target is not None and home.usable and home.value is not None:
        target = against_target(home.value, measure.target, measure.polarity, measure.decimals)
    return PeriodResult(
        period=period.label,
        kind=period.kind.value,
        value=home.value,
        shorthand=home.shorthand,
        reason=home.reason,
        status=observation.status if observation else "final",
        note=observation.note if observation else "",
        direction=trend,
        previous_period=previous[0] if previous and trend else None,
        change=change,
        comparisons=comparisons,
        target=target,
        new_series=new_series,
        interval=home.interval if home.usable else None,
    )


def measure_result(
    measure: Measure, home_area: str, groups: Sequence[Group], index: Index, settings: Settings
) -> MeasureResult:
    """Every period of one measure for the home area, oldest first."""
    results: list[PeriodResult] = []
    last_value: dict[PeriodKind, tuple[str, float]] = {}
    snapshots: list[tuple[Period, float]] = []
    for period in index.periods.get(measure.measure_id, []):
        home = index.figures.get((measure.measure_id, period.label), {}).get(home_area)
        if home is None:
            continue
        observation = index.observations[measure.measure_id, period.label][home_area]
        comparisons = [
            compare(home, home_area, measure, period, group, index, settings) for group in groups
        ]
        result = _period_result(
            measure, period, home, observation, last_value.get(period.kind), comparisons, settings
        )
        if home.usable and home.value is not None:
            last_value[period.kind] = (period.label, home.value)
            if period.kind is PeriodKind.SNAPSHOT:
                if result.new_series:
                    snapshots.clear()  # no change card compares across a series break
                # Changes between snapshots use the figures as given, not as rounded for
                # display, so a change card agrees with the council's own report.
                exact = observation.value if observation.value is not None else home.value
                snapshots.append((period, exact))
                series = [(p.start, v) for p, v in snapshots]
                changes = snapshot_changes(
                    series,
                    period.start,
                    measure.polarity,
                    settings.tolerance_for(measure.measure_id),
                )
                result = replace(result, snapshot_changes=changes)
        results.append(result)
    return MeasureResult(measure, results)


def compute_area(
    area_code: str,
    measures: Sequence[Measure],
    observations: Iterable[Observation],
    benchmarks: Iterable[Benchmark],
    groups: Sequence[Group],
    settings: Settings | None = None,
) -> list[MeasureResult]:
    """Everything computed for ``area_code``: one result per measure, in the given order."""
    return compute_areas({area_code: groups}, measures, observations, benchmarks, settings)[
        area_code
    ]


def compute_areas(
    groups: Mapping[str, Sequence[Group]],
    measures: Sequence[Measure],
    observations: Iterable[Observation],
    benchmarks: Iterable[Benchmark],
    settings: Settings | None = None,
) -> dict[str, list[MeasureResult]]:
    """Everything computed for each area against its own groups (``groups`` by area), from
    one index of the release: the rows are resolved once, however many areas there are."""
    settings = settings or Settings()
    by_id = {m.measure_id: m for m in measures}
    index = build_index(by_id, observations, benchmarks, settings)
    return {
        area: [measure_result(m, area, area_groups, index, settings) for m in measures]
        for area, area_groups in groups.items()
    }
