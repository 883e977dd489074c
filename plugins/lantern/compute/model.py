"""The records the computation takes and returns.

The field names are the words on the page (measure, area, comparator group,
period, band, direction) and the keys of ``lantern compute --json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from lantern.vocab.polarity import Band, Polarity, Verdict
from lantern.vocab.shorthand import DEFAULT_SUPPRESS_BELOW

# A figure as a publisher gave it, or None when it was not given.
Published = float | None


@dataclass(frozen=True)
class Measure:
    """What is measured, and which way is better."""

    measure_id: str
    title: str
    unit: str
    polarity: Polarity
    decimals: int
    target: float | None = None
    # The first period of a new, non-comparable series (``series_break_from``).
    series_break_from: str | None = None
    # How the home area is compared with its groups: ``quartile`` bands, or ``interval``
    # (its confidence interval against the group's figure and interval).
    comparison: str = "quartile"


@dataclass(frozen=True)
class Observation:
    """One row of values.csv: an area's figure for a measure in a period.

    A row may give the value, its numerator and denominator, or both; ``note``
    may start with a shorthand code saying why a value is missing.
    """

    area_code: str
    measure_id: str
    period: str
    numerator: float | None = None
    denominator: float | None = None
    value: float | None = None
    status: str = "final"
    note: str = ""
    lower: float | None = None
    upper: float | None = None
    confidence_level: float | None = None
    """The value's confidence interval, and its level (95 for 95%), when given."""


@dataclass(frozen=True)
class Benchmark:
    """One row of benchmarks.csv: what was published about a group."""

    group_id: str
    measure_id: str
    period: str
    """The group, measure and period the published figures are for."""
    value: Published = None
    q1: Published = None
    median: Published = None
    q3: Published = None
    band: Band | None = None
    """The group's own figure, its quartile cut-points and an area's band in it:
    whichever the publisher gave."""
    for_area: str = ""
    """The area whose band (or whose own group) the row gives; empty when the row is
    about a group every area shares and gives no band."""
    lower: Published = None
    upper: Published = None
    confidence_level: float | None = None
    """The group figure's confidence interval and its level, when published."""


@dataclass(frozen=True)
class Group:
    """A comparator group and its member areas (empty if known only by its benchmarks)."""

    group_id: str
    group_name: str
    members: tuple[str, ...] = ()
    for_area: str = ""
    """The area whose own group this is (its nearest neighbours); empty when shared."""


@dataclass(frozen=True)
class Settings:
    """How the figures are computed; see docs/methodology.md."""

    suppress_below: int = DEFAULT_SUPPRESS_BELOW
    band_method: str = "inclusive-better"
    tolerance: float = 0.0
    measure_tolerance: Mapping[str, float] = field(default_factory=dict)

    def tolerance_for(self, measure_id: str) -> float:
        """The change below which a measure counts as unchanged."""
        return float(self.measure_tolerance.get(measure_id, self.tolerance))


@dataclass(frozen=True)
class Interval:
    """A confidence interval: its ends, in the measure's unit, and its level (95 for 95%)."""

    lower: float
    upper: float
    level: float


@dataclass(frozen=True)
class Figure:
    """A value ready to show: a number, or the shorthand that stands in for it and why."""

    value: float | None
    shorthand: str | None = None
    reason: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    interval: Interval | None = None
    """The value's confidence interval; never set on a figure that is not shown."""

    @property
    def usable(self) -> bool:
        """Whether the figure can be compared, ranked and charted."""
        return self.value is not None and self.shorthand is None


@dataclass(frozen=True)
class Comparison:
    """Where the home area's value sits in one comparator group.

    Everything after ``compared_period`` is found step by step (group figure,
    rank, band), so it starts empty; ``reason`` says why a band is missing.
    """

    group_id: str
    group_name: str
    n: int
    compared_period: str | None
    cut_points: tuple[float | None, float, float | None, float, float | None] | None = None
    """Minimum, Q1, median, Q3 and maximum (only Q1 to Q3 when published thresholds)."""
    quartile: int | None = None
    band: Band | None = None
    band_source: str | None = None
    """Where the band came from: members, published thresholds or published band."""
    rank: int | None = None
    rank_label: str | None = None
    """The rank as printed in a table: ``3`` or ``3=`` when tied."""
    group_value: float | None = None
    group_value_method: str | None = None
    group_value_period: str | None = None
    """The group's own figure, how it was obtained and for which period."""
    reason: str | None = None
    """Why there is no band, in words a reader can follow."""
    verdict: Verdict | None = None
    """For a measure compared by interval: better, similar or worse than the group's figure
    (higher, similar or lower when neither is better), in place of a band."""
    group_interval: Interval | None = None
    """The group figure's published interval, when the comparison used one."""


@dataclass(frozen=True)
class SnapshotChange:
    """The change since a dated snapshot a week, month, quarter or year earlier.

    ``since`` is the date of the snapshot compared with: the nearest on or before
    the look-back date, so a missing week does not lose the card.
    """

    label: str
    since: str
    previous_value: float
    change: float
    percent_change: float | None
    direction: str


@dataclass(frozen=True)
class TargetResult:
    """Whether a value meets its target, and by how much it is above (+) or below (-)."""

    target: float
    met: bool | None
    distance: float


@dataclass(frozen=True)
class PeriodResult:
    """Everything computed for the home area in one period."""

    period: str
    kind: str
    value: float | None
    shorthand: str | None
    reason: str | None
    status: str
    note: str
    direction: str | None
    previous_period: str | None
    change: float | None
    comparisons: list[Comparison]
    target: TargetResult | None = None
    snapshot_changes: list[SnapshotChange] = field(default_factory=list)
    # Set when this period starts a new series: there is no direction across the break.
    new_series: bool = False
    # The value's confidence interval, only when the value itself is shown.
    interval: Interval | None = None

    @property
    def usable(self) -> bool:
        """Whether there is a figure to show, chart and compare (not a shorthand)."""
        return self.value is not None and self.shorthand is None

    @property
    def group_figures(self) -> dict[str, float]:
        """Each group's own figure for this period, by group name, in the groups' order
        (a figure carried from another period is left out: it is not this period's)."""
        return {
            c.group_name: c.group_value
            for c in self.comparisons
            if c.group_value is not None and c.group_value_period == self.period
        }

    @property
    def compared(self) -> bool:
        """Whether any group gives something to compare with: a band or a group figure."""
        return any(c.band or c.group_value is not None for c in self.comparisons)


@dataclass(frozen=True)
class MeasureResult:
    """A measure and the home area's results for every period it has."""

    measure: Measure
    periods: list[PeriodResult]

    @property
    def latest(self) -> PeriodResult | None:
        """The most recent period (periods are in time order)."""
        return self.periods[-1] if self.periods else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``lantern compute --json``."""
        return {
            "measure_id": self.measure.measure_id,
            "title": self.measure.title,
            "unit": self.measure.unit,
            "polarity": self.measure.polarity,
            "decimals": self.measure.decimals,
            "target": self.measure.target,
            "periods": [asdict(p) for p in self.periods],
        }
