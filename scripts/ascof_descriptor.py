"""The ``datapackage.json`` the ASCOF importer writes beside its two tables.

Used by ``import_ascof.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from package_files import OGL, release_resources

from lantern.data.contract import BENCHMARKS, VALUES

# The interval columns are written only when a row has an interval (``with_intervals``).
INTERVAL_COLUMNS = ["lower", "upper"]
VALUE_COLUMNS = [c for c in (*VALUES.required, *VALUES.optional) if c not in INTERVAL_COLUMNS]
# National figures are every area's to share and carry no band, so no area is named.
BENCHMARK_COLUMNS = [
    c
    for c in (*BENCHMARKS.required, *BENCHMARKS.optional)
    if c != "for_area" and c not in INTERVAL_COLUMNS
]


def with_intervals(columns: list[str], rows: list[dict[str, str]]) -> list[str]:
    """``columns``, and ``lower`` and ``upper`` after them when any row has an interval."""
    return [*columns, *INTERVAL_COLUMNS] if any(r.get("lower") for r in rows) else columns


DESCRIPTION = (
    "NHS England's Adult Social Care Outcomes Framework (ASCOF) measures for every "
    "English council with adult social services responsibilities, {span}, and the "
    "published figures for England and each region. Only the headline figure of each "
    "measure is kept (no breakdowns by age or sex). Numerators and denominators are "
    "given where NHS England published them. A survey figure published with a margin "
    "of error has its 95% confidence interval (the value minus and plus the margin) "
    "in lower and upper. Cells NHS England suppressed are marked [c]; figures it did "
    "not publish are left out."
)


def describe(
    periods: list[str],
    value_columns: list[str] = VALUE_COLUMNS,
    benchmark_columns: list[str] = BENCHMARK_COLUMNS,
) -> dict[str, object]:
    """The package descriptor, naming the years it covers, for the columns written."""
    span = f"{periods[0]} to {periods[-1]}" if periods else "no years"
    return {
        "name": "ascof",
        "title": "Adult Social Care Outcomes Framework, every council",
        "description": DESCRIPTION.format(span=span),
        "licenses": [OGL],
        "attribution": (
            "Contains public sector information licensed under the Open Government Licence "
            "v3.0. Source: NHS England, Measures from the Adult Social Care Outcomes Framework."
        ),
        # Shown beside every quartile badge of the site (the badge key).
        "caveat": (
            "NHS England says its adult social care measures cannot on their own be used to "
            "judge how effective a council is."
        ),
        "sources": [
            {
                "title": (
                    f"NHS England, Measures from the Adult Social Care Outcomes Framework, {span}"
                ),
                "path": "https://digital.nhs.uk/data-and-information/publications/statistical/"
                "adult-social-care-outcomes-framework-ascof",
            }
        ],
        "resources": release_resources(value_columns, benchmark_columns),
    }
