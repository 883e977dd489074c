"""From the loaded tables to the computation's typed records.

``load`` gives pandas tables; ``compute`` takes plain dataclasses so it can
be tested with hand-worked numbers. This module is the one place that
converts between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, TypeVar

import pandas as pd

from lantern.compute import Benchmark, Group, Measure, Observation
from lantern.data.contract import REGION
from lantern.data.loading import Dataset
from lantern.vocab.polarity import QUARTILE

R = TypeVar("R")
# A row's interval and its level (from its package's schema): numbers or None.
INTERVAL_NUMBERS = ("lower", "upper", "confidence_level")


def _number(value: Any) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _text(value: Any) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def measures(dataset: Dataset) -> list[Measure]:
    """Measures in the order of measures.csv."""
    return [
        Measure(
            measure_id=str(row["measure_id"]),
            title=str(row["title"]),
            unit=str(row["unit"]),
            polarity=row["polarity"],
            decimals=int(row["decimals"]),
            target=_number(row["target"]),
            series_break_from=_text(row.get("series_break_from")) or None,
            comparison=_text(row.get("comparison")) or QUARTILE,
        )
        for row in dataset.measures.to_dict("records")
    ]


def _record(kind: type[R], row: Any, numbers: tuple[str, ...], **given: Any) -> R:
    """A compute record from a row (a pandas named tuple): the ``numbers`` fields as
    numbers or None, every other field as text, unless ``given``."""
    values = {
        f.name: _number(getattr(row, f.name)) if f.name in numbers else _text(getattr(row, f.name))
        for f in fields(kind)  # type: ignore[arg-type]
    }
    return kind(**{**values, **given})


def observation(row: Any) -> Observation:
    """One row of values.csv as an Observation (a row with no status is final)."""
    numbers = ("numerator", "denominator", "value", *INTERVAL_NUMBERS)
    return _record(Observation, row, numbers, status=_text(row.status) or "final")


def observations(dataset: Dataset) -> list[Observation]:
    """Every row of every values.csv."""
    return [observation(row) for row in dataset.values.itertuples(index=False)]


def benchmarks(dataset: Dataset) -> list[Benchmark]:
    """Every row of every benchmarks.csv (a band left empty is no band)."""
    numbers = ("value", "q1", "median", "q3", *INTERVAL_NUMBERS)
    return [
        _record(Benchmark, row, numbers, band=_text(row.band) or None)
        for row in dataset.benchmarks.itertuples(index=False)
    ]


@dataclass(frozen=True)
class GroupTable:
    """groups.csv by (group_id, for_area), and each area's region, read once for every area."""

    groups: dict[tuple[str, str], Group]
    regions: dict[str, str]
    """The shared group named as each area's region_name in areas.csv, by area."""

    def for_area(self, group_ids: Sequence[str], area: str) -> list[Group]:
        """The comparator groups of ``area``, in the order given: its own group where it
        has one (``for_area``), else the shared one, and for ``region`` its region's group.
        A group the area has neither of (a council the neighbours list does not cover) is
        left out: the area is compared with the others."""
        found = []
        for named in group_ids:
            group_id = self.regions.get(area, "") if named == REGION else named
            group = self.groups.get((group_id, area)) or self.groups.get((group_id, ""))
            if group is not None:
                found.append(group)
        return found


def group_table(dataset: Dataset) -> GroupTable:
    """Every group of groups.csv with its members, and the group of each area's region."""
    members: dict[tuple[str, str], list[str]] = {}
    names: dict[str, str] = {}
    for row in dataset.groups.itertuples(index=False):
        key = (str(row.group_id), _text(row.for_area))
        names[key[0]] = str(row.group_name)
        members.setdefault(key, [])
        if _text(row.area_code):
            members[key].append(str(row.area_code))
    groups = {
        key: Group(key[0], names[key[0]], tuple(codes), key[1]) for key, codes in members.items()
    }
    by_name = {g.group_name: g.group_id for (_, area), g in groups.items() if not area}
    regions = {
        str(row.area_code): by_name[str(row.region_name)]
        for row in dataset.areas.itertuples(index=False)
        if str(row.region_name) in by_name
    }
    return GroupTable(groups, regions)
