"""The release loaded and computed for one home area: what every page draws on.

The narrative pages are read before Lantern's own generator runs, and they
embed computed figures, so the release is loaded and computed once when
Pelican starts and shared from there (see ``lantern.build.checked``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lantern.compute import (
    Comparison,
    Group,
    MeasureResult,
    Observation,
    PeriodResult,
    Settings,
    compute_areas,
)
from lantern.compute.suppression import resolve
from lantern.data import records
from lantern.data.contract import REGION
from lantern.data.loading import Dataset
from lantern.data.problems import LanternError


@dataclass
class ValueIndex:
    """The release's observations by (measure_id, period) and area code, and area names by
    code, made on first use and shared by every area of a national site: filtering the
    whole table again for each area's charts took longer than reading the kept charts
    themselves, so each row is read once, as an Observation, for every area."""

    names: dict[str, str] = field(default_factory=dict)
    rows: dict[tuple[str, str], dict[str, Observation]] | None = None

    def filled(self, dataset: Dataset, observations: list[Observation] | None = None) -> ValueIndex:
        """The index with its names and rows made (from ``observations`` when the caller has
        them already, from the dataset otherwise)."""
        if not self.names:
            self.names = _named(dataset)
        if self.rows is None:
            rows: dict[tuple[str, str], dict[str, Observation]] = {}
            for row in observations if observations is not None else records.observations(dataset):
                rows.setdefault((row.measure_id, row.period), {})[row.area_code] = row
            self.rows = rows
        return self


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
    index: ValueIndex = field(default_factory=ValueIndex, repr=False, compare=False)

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
        index = self.index.filled(self.dataset)
        names = index.names
        period_rows = (index.rows or {}).get((measure_id, str(comparison.compared_period)), {})
        measure = self.results[measure_id].measure
        wanted = set(group.members)
        figures = []
        # In the release's order, as the table lists them (ties in a chart keep that order).
        for code, row in period_rows.items():
            if code not in wanted:
                continue
            figure = resolve(row, measure, self.suppress_below)
            if figure.usable and figure.value is not None:
                figures.append((str(names[code]), figure.value))
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
    """The home area and comparator groups named in the settings exist in the data, and
    the home area has each group (its own, or a shared one)."""
    problems = []
    if area not in set(dataset.areas["area_code"]):
        problems.append(
            f"Setting LANTERN_AREA is {area!r}, which is not an area_code in "
            "data/reference/areas.csv."
        )
    groups = sorted(set(dataset.groups["group_id"]))
    table = records.group_table(dataset)
    for group_id in comparators:
        if group_id != REGION and group_id not in groups:
            problems.append(
                f"Setting LANTERN_COMPARATORS names {group_id!r}, which is not a group_id in "
                f"data/reference/groups.csv. Allowed: {', '.join([*groups, REGION])}."
            )
        elif not problems and not table.for_area([group_id], area):
            problems.append(
                f"Setting LANTERN_COMPARATORS names {group_id!r}, but data/reference/groups.csv "
                f"has no such group for the home area {area} (no shared rows, and none with "
                f"for_area {area})."
            )
    if problems:
        raise LanternError(problems)


ALL_AREAS = "all"


def chosen_areas(
    dataset: Dataset, choice: str | Sequence[str], home: str, name: str = "LANTERN_AREAS"
) -> list[str]:
    """The areas LANTERN_AREAS (or the setting ``name``) names, the home area first and the
    rest by name: ``all``, a group's members (the home area's own group, for one that
    differs by area), or area codes. LanternError for a code or group not in the data."""
    names = _named(dataset)
    if choice == ALL_AREAS:
        codes = list(names)
    elif isinstance(choice, str):
        rows = dataset.groups[dataset.groups["group_id"] == choice]
        if rows.empty:
            raise LanternError(
                [
                    f"Setting {name} is {choice!r}, which is neither 'all' nor a "
                    "group_id in data/reference/groups.csv."
                ]
            )
        # A group that differs by area (CIPFA neighbours) means the home area's own.
        own = rows[rows["for_area"] == home]
        codes = [str(a) for a in (own if not own.empty else rows)["area_code"] if str(a)]
    else:
        unknown = [c for c in choice if c not in names]
        if unknown:
            raise LanternError(
                [
                    f"Setting {name} names {code!r}, which is not an area_code in "
                    "data/reference/areas.csv."
                    for code in unknown
                ]
            )
        codes = list(choice)
    rest = sorted(set(codes) - {home}, key=lambda c: (str(names[c]), c))
    return [home, *rest]


def _named(dataset: Dataset) -> dict[str, str]:
    return dict(zip(dataset.areas["area_code"], dataset.areas["area_name"], strict=True))


def compute_areas_data(
    dataset: Dataset, areas: Sequence[str], comparators: Sequence[str], settings: Settings
) -> dict[str, AreaData]:
    """Every measure for each area against its own comparator groups, from one index of
    the release (a national site computes every council in one pass)."""
    table = records.group_table(dataset)
    groups = {area: table.for_area(comparators, area) for area in areas}
    observations = records.observations(dataset)
    results = compute_areas(
        groups,
        records.measures(dataset),
        observations,
        records.benchmarks(dataset),
        settings,
    )
    names = _named(dataset)
    # The names are made once here, for every area's pages and its charts.
    index = ValueIndex(names=names).filled(dataset, observations)
    return {
        area: AreaData(
            dataset,
            area,
            str(names[area]),
            groups[area],
            {r.measure.measure_id: r for r in results[area]},
            settings,
            index=index,
        )
        for area in areas
    }
