"""The computation layer: pure functions from typed records to the figures a page shows.

Nothing here imports Pelican or reads files, so every badge, rank and change
can be checked by hand in a unit test. ``engine.compute_area`` assembles it all.
"""

from __future__ import annotations

from .engine import compute_area
from .model import (
    Benchmark,
    Comparison,
    Figure,
    Group,
    Measure,
    MeasureResult,
    Observation,
    PeriodResult,
    Settings,
)

__all__ = [
    "Benchmark",
    "Comparison",
    "Figure",
    "Group",
    "Measure",
    "MeasureResult",
    "Observation",
    "PeriodResult",
    "Settings",
    "compute_area",
]
