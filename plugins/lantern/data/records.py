"""From the loaded tables to the computation's typed records.

``load`` gives pandas tables; ``compute`` takes plain dataclasses so it can
be tested with hand-worked numbers. This module is the one place that
converts between them.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

import pandas as pd

from lantern.compute import Benchmark, Group, Measure, Observation
from lantern.data.loading import Dataset

R = TypeVar("R")


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
    numbers = ("numerator", "denominator", "value")
    return _record(Observation, row, numbers, status=_text(row.status) or "final")


def observations(dataset: Dataset) -> list[Observation]:
    """Every row of every values.csv."""
    return [observation(row) for row in dataset.values.itertuples(index=False)]


def benchmarks(dataset: Dataset) -> list[Benchmark]:
    """Every row of every benchmarks.csv (a band left empty is no band)."""
    numbers = ("value", "q1", "median", "q3")
    return [
        _record(Benchmark, row, numbers, band=_text(row.band) or None)
        for row in dataset.benchmarks.itertuples(index=False)
    ]


def groups(dataset: Dataset, group_ids: list[str]) -> list[Group]:
    """The named comparator groups, in the order given, with their members."""
    result = []
    for group_id in group_ids:
        rows = dataset.groups[dataset.groups["group_id"] == group_id]
        members = tuple(str(a) for a in rows["area_code"] if _text(a))
        result.append(Group(group_id, str(rows["group_name"].iloc[0]), members))
    return result
