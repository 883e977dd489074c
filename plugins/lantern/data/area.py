"""The release loaded and computed for one home area: what every page draws on.

The narrative pages are read before Lantern's own generator runs, and they
embed computed figures, so the release is loaded and computed once when
Pelican starts and shared from there (see ``lantern.site.loaded``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lantern.compute import (
    Comparison,
    Group,
    MeasureResult,
    PeriodResult,
    Settings,
    compute_area,
)
from lantern.compute.suppression import resolve
from lantern.data import records
from lantern.data.loading import Dataset
from lantern.data.problems import LanternError


@dataclass
class AreaData:
    """The loaded release and the home area's computed results, by measure_id."""

    dataset: Dataset
    area_code: str
    area_name: str
    groups: list[Group]
    results: dict[str, MeasureResult] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    illustrative_values: set[tuple[str, str]] | None = None

    def result(self, measure_id: str) -> MeasureResult:
        """The computed results for a measure (KeyError if there is no such measure)."""
        return self.results[measure_id]

    def period(self, measure_id: str, period: str | None = None) -> PeriodResult | None:
        """A named period's result, or the latest when ``period`` is None."""
        result = self.results[measure_id]
        if period is None:
            return result.latest
        return next((p for p in result.periods if p.period == period), None)

    def members(self, measure_id: str, comparison: Comparison) -> list[tuple[str, float]]:
        """(area name, value) of every member with a usable value in the compared period."""
        group = self.group(comparison.group_id)
        names = dict(
            zip(self.dataset.areas["area_code"], self.dataset.areas["area_name"], strict=True)
        )
        values = self.dataset.values
        rows = values[
            (values["measure_id"] == measure_id)
            & (values["period"] == comparison.compared_period)
            & (values["area_code"].isin(group.members))
        ]
        result = self.results[measure_id]
        figures = []
        for row in rows.itertuples(index=False):
            figure = resolve(records.observation(row), result.measure, self.suppress_below)
            if figure.usable and figure.value is not None:
                figures.append((str(names[row.area_code]), figure.value))
        return figures

    @property
    def suppress_below(self) -> int:
        """The small-count threshold the figures were computed with."""
        return self.settings.suppress_below

    def illustrative(self, measure_id: str, period: str) -> bool:
        """Whether the home area's value comes from a package marked illustrative."""
        return (measure_id, period) in self._illustrative()

    def _illustrative(self) -> set[tuple[str, str]]:
        if self.illustrative_values is None:
            flagged = {p.name for p in self.dataset.packages if p.illustrative}
            values = self.dataset.values
            rows = values[(values["area_code"] == self.area_code) & values["package"].isin(flagged)]
            self.illustrative_values = set(zip(rows["measure_id"], rows["period"], strict=True))
        return self.illustrative_values

    def group(self, group_id: str) -> Group:
        """A comparator group shown on the site."""
        return next(g for g in self.groups if g.group_id == group_id)


def check_area_and_groups(dataset: Dataset, area: str, comparators: Sequence[str]) -> None:
    """The home area and comparator groups named in the settings exist in the data."""
    problems = []
    if area not in set(dataset.areas["area_code"]):
        problems.append(
            f"Setting LANTERN_AREA is {area!r}, which is not an area_code in "
            "data/reference/areas.csv."
        )
    groups = sorted(set(dataset.groups["group_id"]))
    for group_id in comparators:
        if group_id not in groups:
            problems.append(
                f"Setting LANTERN_COMPARATORS names {group_id!r}, which is not a group_id in "
                f"data/reference/groups.csv. Allowed: {', '.join(groups)}."
            )
    if problems:
        raise LanternError(problems)


def compute_area_data(
    dataset: Dataset, area: str, comparators: Sequence[str], settings: Settings
) -> AreaData:
    """Compute every measure for ``area`` against the comparator groups, in their order."""
    check_area_and_groups(dataset, area, comparators)
    groups = records.groups(dataset, list(comparators))
    results = compute_area(
        area,
        records.measures(dataset),
        records.observations(dataset),
        records.benchmarks(dataset),
        groups,
        settings,
    )
    name = str(dataset.areas.loc[dataset.areas["area_code"] == area, "area_name"].iloc[0])
    return AreaData(
        dataset, area, name, groups, {r.measure.measure_id: r for r in results}, settings
    )
