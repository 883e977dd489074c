"""The data contract: file names, columns and the values each column allows.

Everything a council can put in ``data/`` is described here once, so the
validator, the loader and the documentation agree. See ``docs/data.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REFERENCE_PACKAGE = "reference"

# Units, shorthand codes, statuses, polarity and bands have their own homes:
# lantern.vocab.units, lantern.vocab.shorthand and lantern.vocab.polarity.


@dataclass(frozen=True)
class TableSpec:
    """The columns a contract file must have, and which of them may be left empty."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    not_empty: tuple[str, ...] = ()


AREAS = TableSpec(
    "areas.csv",
    required=("area_code", "area_name", "region_code", "region_name"),
    not_empty=("area_code", "area_name"),
)
# ``for_area`` makes a group one area's own (its CIPFA nearest neighbours): a comparator
# named by group_id is the area's own group where it has one, else the shared group.
GROUPS = TableSpec(
    "groups.csv",
    required=("group_id", "group_name", "area_code"),
    optional=("for_area",),
    not_empty=("group_id", "group_name"),
)
MEASURES = TableSpec(
    "measures.csv",
    required=(
        "measure_id",
        "title",
        "description",
        "theme",
        "unit",
        "polarity",
        "decimals",
        "source",
    ),
    optional=(
        "target",
        "renumbered_as",
        "renumbered_from",
        "series_break",
        "series_break_from",
        "min",
        "max",
        "comparison",
    ),
    not_empty=("measure_id", "title", "theme", "unit", "polarity", "decimals"),
)
VALUES = TableSpec(
    "values.csv",
    required=(
        "area_code",
        "measure_id",
        "period",
        "numerator",
        "denominator",
        "value",
        "status",
        "note",
    ),
    # A value's confidence interval; its level is in the Table Schema (lantern.data.intervals).
    optional=("lower", "upper"),
    not_empty=("area_code", "measure_id", "period", "status"),
)
BENCHMARKS = TableSpec(
    "benchmarks.csv",
    required=("group_id", "measure_id", "period", "value"),
    optional=("q1", "median", "q3", "band", "for_area", "lower", "upper"),
    not_empty=("group_id", "measure_id", "period"),
)
REFERENCE_TABLES = (AREAS, GROUPS, MEASURES)
DATA_TABLES = (VALUES, BENCHMARKS)

# A comparator that stands for each area's own region: the group named as the area's
# region_name in areas.csv.
REGION = "region"

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MEASURE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
