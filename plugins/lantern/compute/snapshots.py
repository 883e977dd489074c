"""Changes between dated snapshots: a week, a month, a quarter and a year earlier.

Finance and caseload reports compare this week's snapshot with the same
seven-day snapshot last week, last month, last quarter and last year. The
comparison uses the nearest snapshot on or before each date, so a missing
week does not break the card.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta

from .direction import direction
from .model import Polarity, SnapshotChange

LOOK_BACKS = (("week", 0, 7), ("month", 1, 0), ("quarter", 3, 0), ("year", 12, 0))
MAX_GAP = timedelta(days=6)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, clamped to the month's end (31 May → 30 April)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def nearest_on_or_before(
    series: Sequence[tuple[date, float]], day: date
) -> tuple[date, float] | None:
    """The latest snapshot dated ``day`` or earlier."""
    earlier = [point for point in series if point[0] <= day]
    return max(earlier, default=None)


def snapshot_changes(
    series: Sequence[tuple[date, float]], at: date, polarity: Polarity, tolerance: float = 0.0
) -> list[SnapshotChange]:
    """Changes since a week, month, quarter and year before the snapshot dated ``at``."""
    current = dict(series)[at]
    changes = []
    for label, months, days in LOOK_BACKS:
        target = months_before(at, months) - timedelta(days=days)
        found = nearest_on_or_before([p for p in series if p[0] < at], target)
        if found is None or target - found[0] > MAX_GAP:
            continue
        since, previous = found
        change = current - previous
        percent = change / previous * 100 if previous else None
        changes.append(
            SnapshotChange(
                label=label,
                since=since.isoformat(),
                previous_value=previous,
                change=change,
                percent_change=percent,
                direction=direction(current, previous, polarity, tolerance),
            )
        )
    return changes
