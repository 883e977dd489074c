"""The release indexed for comparison: every figure resolved once, by measure and period.

A national site compares 153 areas with groups that overlap (every area is in
England), so the members' figures and each group's own figure in a period are
worked out once and kept here, however many areas are compared with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from lantern.vocab.periods import Period, parse_period

from .group_figures import group_value
from .model import Benchmark, Figure, Group, Measure, Observation, Settings
from .suppression import resolve


@dataclass
class Index:
    """Figures by (measure, period) then area, and benchmarks by (group, measure, period)."""

    figures: dict[tuple[str, str], dict[str, Figure]]
    observations: dict[tuple[str, str], dict[str, Observation]]
    benchmarks: dict[tuple[str, str, str, str], Benchmark]
    periods: dict[str, list[Period]]
    # A group's members' figures and usable values in one period, worked out once
    # however many areas are compared with the group (a national site has 153).
    _members: dict[tuple[str, str, str, str], tuple[list[Figure], list[float]]] = field(
        default_factory=dict
    )
    _group_figures: dict[tuple[str, str, str, str, int], tuple[float | None, str | None]] = field(
        default_factory=dict
    )

    def members(
        self, group: Group, measure_id: str, period: str
    ) -> tuple[list[Figure], list[float]]:
        """The figures of the group's members in ``period``, and their usable values."""
        key = (group.group_id, group.for_area, measure_id, period)
        found = self._members.get(key)
        if found is None:
            now = self.figures.get((measure_id, period), {})
            figures = [now[a] for a in group.members if a in now]
            values = [f.value for f in figures if f.usable and f.value is not None]
            found = self._members[key] = (figures, values)
        return found

    def group_figure(
        self, group: Group, measure: Measure, period: str, benchmark: Benchmark | None
    ) -> tuple[float | None, str | None]:
        """The group's own figure in ``period`` (``group_value``), worked out once."""
        key = (group.group_id, group.for_area, measure.measure_id, period, id(benchmark))
        found = self._group_figures.get(key)
        if found is None:
            figures, _ = self.members(group, measure.measure_id, period)
            found = self._group_figures[key] = group_value(figures, measure, benchmark)
        return found

    def benchmark(self, group: Group, area: str, measure_id: str, period: str) -> Benchmark | None:
        """What was published about ``group`` for ``area``: the row naming the area, or
        for a group every area shares, the shared row (which carries no band)."""
        own = self.benchmarks.get((group.group_id, area, measure_id, period))
        if own is not None or group.for_area:
            return own
        return self.benchmarks.get((group.group_id, "", measure_id, period))


def build_index(
    measures: Mapping[str, Measure],
    observations: Iterable[Observation],
    benchmarks: Iterable[Benchmark],
    settings: Settings,
) -> Index:
    """Resolve every observation once and index it for the comparisons."""
    figures: dict[tuple[str, str], dict[str, Figure]] = defaultdict(dict)
    rows: dict[tuple[str, str], dict[str, Observation]] = defaultdict(dict)
    periods: dict[str, set[str]] = defaultdict(set)
    for obs in observations:
        measure = measures[obs.measure_id]
        figures[obs.measure_id, obs.period][obs.area_code] = resolve(
            obs, measure, settings.suppress_below
        )
        rows[obs.measure_id, obs.period][obs.area_code] = obs
        periods[obs.measure_id].add(obs.period)
    published = {(b.group_id, b.for_area, b.measure_id, b.period): b for b in benchmarks}
    for _, _, measure_id, period in published:
        periods[measure_id].add(period)
    ordered = {m: sorted(parse_period(p) for p in ps) for m, ps in periods.items()}
    return Index(dict(figures), dict(rows), published, ordered)
