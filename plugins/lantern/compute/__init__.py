"""The computation layer: pure functions from typed records to the figures a page shows.

Nothing here imports Pelican or reads files, so every badge, rank and change
can be checked by hand in a unit test. ``engine.compute_area`` assembles it all.
"""

from __future__ import annotations

from .engine import compute_area, compute_areas

# The records going in, then the results coming out.
from .model import Benchmark, Group, Measure, Observation, Settings

# isort: split
from .model import Comparison, Figure, MeasureResult, PeriodResult

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
    "compute_areas",
]
