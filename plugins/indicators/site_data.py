"""Everything a build knows about the data, loaded and computed once.

The narrative pages are read before Lantern's own generator runs, and they
embed computed figures, so the release is validated, loaded and computed when
Pelican starts (on its ``initialized`` signal) and shared from there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import records
from .compute import Comparison, Group, MeasureResult, PeriodResult, compute_area
from .compute.suppression import resolve
from .load import Dataset, load_dataset
from .problems import LanternError
from .settings import check_settings, data_path


@dataclass
class SiteData:
    """The loaded release and the home area's computed results, by measure_id."""

    settings: dict[str, Any]
    dataset: Dataset
    area_code: str
    area_name: str
    groups: list[Group]
    results: dict[str, MeasureResult] = field(default_factory=dict)
    # Problems found while reading content; Pelican only logs that a file failed.
    content_problems: list[str] = field(default_factory=list)
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
            figure = resolve(
                records.observation(row),
                result.measure,
                int(self.settings["LANTERN_SUPPRESS_BELOW"]),
            )
            if figure.usable and figure.value is not None:
                figures.append((str(names[row.area_code]), figure.value))
        return figures

    def illustrative(self, measure_id: str, period: str) -> bool:
        """Whether the home area's value comes from a package marked illustrative."""
        return (measure_id, period) in self._illustrative()

    def _illustrative(self) -> set[tuple[str, str]]:
        if self.illustrative_values is None:
            flagged = {p.name for p in self.dataset.packages if p.descriptor.get("illustrative")}
            values = self.dataset.values
            rows = values[(values["area_code"] == self.area_code) & values["package"].isin(flagged)]
            self.illustrative_values = set(zip(rows["measure_id"], rows["period"], strict=True))
        return self.illustrative_values

    def group(self, group_id: str) -> Group:
        """A comparator group shown on the site."""
        return next(g for g in self.groups if g.group_id == group_id)


def check_site_against_data(settings: dict[str, Any], dataset: Dataset) -> None:
    """The home area and comparator groups named in the settings exist in the data."""
    problems = []
    area = settings["LANTERN_AREA"]
    if area not in set(dataset.areas["area_code"]):
        problems.append(
            f"Setting LANTERN_AREA is {area!r}, which is not an area_code in "
            "data/reference/areas.csv."
        )
    groups = sorted(set(dataset.groups["group_id"]))
    for group_id in settings["LANTERN_COMPARATORS"]:
        if group_id not in groups:
            problems.append(
                f"Setting LANTERN_COMPARATORS names {group_id!r}, which is not a group_id in "
                f"data/reference/groups.csv. Allowed: {', '.join(groups)}."
            )
    if problems:
        raise LanternError(problems)


def compute_site(settings: dict[str, Any], dataset: Dataset, area: str) -> SiteData:
    """Compute every measure for ``area`` against the site's comparator groups."""
    groups = records.groups(dataset, list(settings["LANTERN_COMPARATORS"]))
    results = compute_area(
        area,
        records.measures(dataset),
        records.observations(dataset),
        records.benchmarks(dataset),
        groups,
        records.settings(settings),
    )
    name = str(dataset.areas.loc[dataset.areas["area_code"] == area, "area_name"].iloc[0])
    return SiteData(
        settings, dataset, area, name, groups, {r.measure.measure_id: r for r in results}
    )


def load_site_data(settings: dict[str, Any]) -> SiteData:
    """Check the settings, validate and load ``data/``, and compute the home area."""
    check_settings(settings)
    dataset = load_dataset(data_path(settings))
    check_site_against_data(settings, dataset)
    return compute_site(settings, dataset, settings["LANTERN_AREA"])
