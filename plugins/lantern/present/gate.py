"""The gate: every figure that leaves the build is written here, and only here.

Pages, charts, chart data, summaries, feeds, the search index and downloads
all ask the gate for the text of a figure. It rounds half away from zero,
writes the unit, puts a shorthand code in place of a missing value and
suppresses a small count, so none of them can publish a figure the others
would hide. Nothing else in Lantern formats a value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lantern.compute.rounding import round_half_away
from lantern.data.tables import parse_number
from lantern.vocab.shorthand import CONFIDENTIAL, DEFAULT_SUPPRESS_BELOW, NOT_AVAILABLE
from lantern.vocab.units import COUNT, unit_of

if TYPE_CHECKING:
    from lantern.compute import Measure


def decimals_written(raw: str) -> int:
    """How many decimals a number was written with: ``84.5`` → 1, so it shows as printed."""
    return len(raw.split(".", 1)[1]) if "." in raw else 0


@dataclass(frozen=True)
class Gate:
    """The site's rules for publishing a figure; ``suppress_below`` is its small-count threshold."""

    suppress_below: int = DEFAULT_SUPPRESS_BELOW

    def is_small(self, count: float | None) -> bool:
        """Whether a count is above zero and below the threshold, so could identify people."""
        return count is not None and 0 < count < self.suppress_below

    def text(
        self,
        value: float | None,
        unit: str | None = None,
        decimals: int = 0,
        *,
        shorthand: str | None = None,
        count: bool = False,
        signed: bool = False,
    ) -> str:
        """A figure as a resident reads it: ``25.0 per 100,000``, ``89.6%``, ``£2,703,204``.

        A missing value is its shorthand (``[x]`` unless told otherwise); a
        ``count`` below the threshold is ``[c]``. ``signed`` writes a ``+`` before
        a rise, for changes.
        """
        if shorthand is not None and value is None:
            return shorthand
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return shorthand or NOT_AVAILABLE
        if count and self.is_small(value):
            return CONFIDENTIAL
        rounded = round_half_away(value, decimals)
        number = f"{rounded:,.{decimals}f}"
        if signed and rounded > 0:
            number = "+" + number
        return unit_of(unit).write(number)

    def plotted(
        self, value: float | None, decimals: int = 0, *, count: bool = False
    ) -> float | None:
        """A figure as a chart drawn in the reader's browser plots it: rounded as ``text``
        writes it, or None where ``text`` writes a shorthand code (missing or suppressed)."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if count and self.is_small(value):
            return None
        return round_half_away(value, decimals)

    def measure_plotted(
        self, measure: Measure, value: float | None, shorthand: str | None = None
    ) -> float | None:
        """``plotted`` for a figure of ``measure``: to its decimals, None for a shorthand code
        or, for a measure of counts, a small count. Every chart and download of a computed
        figure writes it so, as the page's text does."""
        if shorthand is not None:
            return None
        return self.plotted(value, measure.decimals, count=measure.unit == COUNT.name)

    def written(self, raw: str, unit: str | None = None, *, count: bool = False) -> str:
        """A number as it was written in a data file (same decimals), in ``unit``; text as is."""
        if raw in ("", None):
            return raw
        number = parse_number(raw)
        if number is None:
            return raw
        return self.text(number, unit, decimals_written(raw), count=count)
