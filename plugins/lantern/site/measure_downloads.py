"""Each measure's figures as files beside its page: ``<id>.csv`` and ``<id>.json``, the area's
figure for every period and each comparator group's beside it.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from lantern.compute import MeasureResult
from lantern.compute.model import Interval
from lantern.present.gate import Gate
from lantern.site.downloads import safe_rows
from lantern.vocab.shorthand import CONFIDENTIAL

MEASURE_COLUMNS = [
    "measure_id",
    "area_code",
    "period",
    "value",
    "shorthand",
    "status",
    "note",
    # Empty on the area's own figures; on a comparator group's figure, the group.
    "group_id",
    "group_name",
]
GROUP_NONE = {"group_id": "", "group_name": ""}
# A measure's figures with their confidence intervals: the ends, then the level (95).
INTERVAL_COLUMNS = ["lower", "upper", "confidence_level"]


def measure_rows(gate: Gate, result: MeasureResult, area_code: str) -> list[dict[str, Any]]:
    """The home area's computed figures, one row per period (suppression applied), then
    each comparator group's own figure for each period, named in ``group_id`` and
    ``group_name`` (empty on the area's rows): the figures the trend chart draws beside
    the area's. ``lower``, ``upper`` and ``confidence_level`` are added when any period has
    an interval."""
    with_intervals = any(p.interval is not None for p in result.periods) or any(
        c.group_interval is not None for p in result.periods for c in p.comparisons
    )
    measure_id = result.measure.measure_id
    rows = [
        {
            "measure_id": measure_id,
            "area_code": area_code,
            "period": p.period,
            "value": p.value,
            "shorthand": p.shorthand or "",
            "status": p.status,
            "note": p.note,
            **GROUP_NONE,
            **(_interval_cells(p.interval) if with_intervals else {}),
        }
        for p in result.periods
    ]
    for p in result.periods:
        for c in p.comparisons:
            # As ``PeriodResult.group_figures``: a figure carried from another period is
            # that period's row, not this one's.
            if c.group_value is None or c.group_value_period != p.period:
                continue
            value = gate.measure_plotted(result.measure, c.group_value)
            rows.append(
                {
                    "measure_id": measure_id,
                    "area_code": area_code,
                    "period": p.period,
                    # None only for a small count, which the page shows as [c] too.
                    "value": value,
                    "shorthand": "" if value is not None else CONFIDENTIAL,
                    "status": p.status,
                    "note": "",
                    "group_id": c.group_id,
                    "group_name": c.group_name,
                    **(_interval_cells(c.group_interval) if with_intervals else {}),
                }
            )
    return rows


def _interval_cells(interval: Interval | None) -> dict[str, float | None]:
    """A period's interval as the download's cells: empty where there is none (and so
    where the value is suppressed, since its interval goes with it)."""
    if interval is None:
        return dict.fromkeys(INTERVAL_COLUMNS)
    return dict(
        zip(INTERVAL_COLUMNS, (interval.lower, interval.upper, interval.level), strict=True)
    )


def write_measure_files(gate: Gate, result: MeasureResult, area_code: str, folder: Path) -> None:
    """``<id>.csv`` and ``<id>.json`` beside the measure's page."""
    folder.mkdir(parents=True, exist_ok=True)
    slug = result.measure.measure_id.lower()
    rows = measure_rows(gate, result, area_code)
    buffer = io.StringIO()
    columns = [*MEASURE_COLUMNS, *(INTERVAL_COLUMNS if rows and "lower" in rows[0] else [])]
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_rows([{k: ("" if v is None else v) for k, v in r.items()} for r in rows]))
    (folder / f"{slug}.csv").write_text(buffer.getvalue(), encoding="utf-8")
    document = {"measure": asdict(result.measure), "area_code": area_code, "periods": rows}
    (folder / f"{slug}.json").write_text(
        json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
