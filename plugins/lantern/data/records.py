"""From the loaded tables to the computation's typed records.

``load`` gives pandas tables; ``compute`` takes plain dataclasses so it can
be tested with hand-worked numbers. This module is the one place that
converts between them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from lantern.compute import Benchmark, Group, Measure, Observation
from lantern.data.loading import Dataset


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
        )
        for row in dataset.measures.to_dict("records")
    ]


def observation(row: Any) -> Observation:
    """One row of values.csv (a pandas named tuple) as an Observation."""
    return Observation(
        area_code=str(row.area_code),
        measure_id=str(row.measure_id),
        period=str(row.period),
        numerator=_number(row.numerator),
        denominator=_number(row.denominator),
        value=_number(row.value),
        status=_text(row.status) or "final",
        note=_text(row.note),
    )


def observations(dataset: Dataset) -> list[Observation]:
    """Every row of every values.csv."""
    return [observation(row) for row in dataset.values.itertuples(index=False)]


def benchmarks(dataset: Dataset) -> list[Benchmark]:
    """Every row of every benchmarks.csv."""
    return [
        Benchmark(
            group_id=str(row.group_id),
            measure_id=str(row.measure_id),
            period=str(row.period),
            value=_number(row.value),
            q1=_number(row.q1),
            median=_number(row.median),
            q3=_number(row.q3),
            band=_text(row.band) or None,  # type: ignore[arg-type]
        )
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
