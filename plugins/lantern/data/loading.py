"""Load a validated release into typed pandas tables.

Loading happens only after validation has passed, so it can trust the text
it converts: an error here is a bug in Lantern, not in the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from lantern.data.contract import AREAS, BENCHMARKS, GROUPS, MEASURES, VALUES, TableSpec
from lantern.data.intervals import confidence_level
from lantern.data.tables import DataPackage
from lantern.data.validation import Release

# The confidence level of each row's interval, from its package's Table Schema.
LEVEL_COLUMN = "confidence_level"
NUMERIC = {
    VALUES.name: ("numerator", "denominator", "value", "lower", "upper", LEVEL_COLUMN),
    BENCHMARKS.name: ("value", "q1", "median", "q3", "lower", "upper", LEVEL_COLUMN),
    MEASURES.name: ("target",),
}


@dataclass
class Dataset:
    """The release as typed tables, plus the packages it came from (for downloads and credits)."""

    folder: Path
    packages: list[DataPackage]
    areas: pd.DataFrame
    groups: pd.DataFrame
    measures: pd.DataFrame
    values: pd.DataFrame
    benchmarks: pd.DataFrame


def _frame(release: Release, spec: TableSpec) -> pd.DataFrame:
    """Stack every table of this kind, keeping which package each row came from."""
    columns = [*spec.required, *spec.optional]
    if LEVEL_COLUMN in NUMERIC.get(spec.name, ()):
        columns.append(LEVEL_COLUMN)
    frames = []
    for package in release.packages:
        table = package.tables.get(spec.name)
        if table is None:
            continue
        frame = pd.DataFrame(table.rows, columns=table.columns, dtype="string")
        for name in columns:
            if name not in frame:
                frame[name] = ""
        if LEVEL_COLUMN in columns:
            level = confidence_level(package, spec.name)
            frame[LEVEL_COLUMN] = "" if level is None else f"{level:g}"
        frame = frame[columns].fillna("")
        frame["package"] = package.name
        frames.append(frame)
    if not frames:
        return pd.DataFrame({name: pd.Series(dtype="string") for name in [*columns, "package"]})
    combined = pd.concat(frames, ignore_index=True)
    for name in NUMERIC.get(spec.name, ()):
        combined[name] = pd.to_numeric(combined[name].replace("", None), errors="raise")
    return combined


def to_dataset(release: Release) -> Dataset:
    """Typed tables from a release that has passed validation."""
    measures = _frame(release, MEASURES)
    measures["decimals"] = measures["decimals"].astype(int)
    return Dataset(
        folder=release.folder,
        packages=release.packages,
        areas=_frame(release, AREAS),
        groups=_frame(release, GROUPS),
        measures=measures,
        values=_frame(release, VALUES),
        benchmarks=_frame(release, BENCHMARKS),
    )
