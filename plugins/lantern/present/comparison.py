"""The reader's own comparison on a national site: one measure's figures for every area and
England, as the document the comparison script fetches (``measures/<id>/areas.json``).

Every figure in it is written by the gate, as on the pages: each point is the period, the
text a table shows (a shorthand code where there is no figure, ``[c]`` for a suppressed
small count) and the value a chart plots (None wherever the text is a code), so the
browser never rounds, formats or suppresses anything itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from lantern.compute import Measure, PeriodResult
from lantern.data.area import AreaData
from lantern.present import palette
from lantern.present.badges import measure_text
from lantern.present.charts.style import ILLUSTRATIVE_NOTE, ZOOM_WORDS, axis_title, from_zero
from lantern.present.gate import Gate
from lantern.present.national import AreaEntry
from lantern.vocab.language import _
from lantern.vocab.periods import every_period, in_words, parse_period
from lantern.vocab.shorthand import NOT_AVAILABLE, STATUS_MARKS

# What each point of a series holds, in order; ``marks`` has ``p`` for a provisional figure,
# ``e`` for an estimate and ``i`` for an illustrative one.
POINT = ["period", "text", "value", "marks"]
MOST_AREAS = 6


def _point(gate: Gate, measure: Measure, period: PeriodResult, illustrative: bool) -> list[Any]:
    text = measure_text(gate, measure, period.value, period.shorthand or NOT_AVAILABLE)
    mark = STATUS_MARKS.get(period.status, "")
    value = gate.measure_plotted(measure, period.value, period.shorthand)
    marks = (mark.strip("[]") if mark and value is not None else "") + ("i" if illustrative else "")
    return [period.period, f"{text} {mark}" if mark and value is not None else text, value, marks]


def _periods(areas: Iterable[AreaData], measure_id: str, kind: str) -> list[str]:
    seen = {p.period for a in areas for p in a.result(measure_id).periods if p.kind == kind}
    return every_period(sorted(seen, key=lambda p: parse_period(p).start))


def _england(gate: Gate, home: AreaData, measure: Measure, name: str) -> list[list[Any]]:
    points = []
    for period in home.result(measure.measure_id).periods:
        value = period.group_figures.get(name)
        if value is not None:
            text = measure_text(gate, measure, value, None)
            points.append([period.period, text, gate.measure_plotted(measure, value), ""])
    return points


def comparison_document(
    gate: Gate,
    areas: Mapping[str, AreaData],
    entries: list[AreaEntry],
    home: AreaData,
    measure_id: str,
    group_name: str,
) -> dict[str, Any]:
    """The measure's document for the comparison: the measure, the periods in order, every
    area's series and the shared group's (England's), each figure through the gate."""
    result = home.result(measure_id)
    measure = result.measure
    latest = result.latest or next(
        (a.result(measure_id).latest for a in areas.values() if a.result(measure_id).latest),
        None,
    )
    kind = latest.kind if latest else ""
    periods = _periods(areas.values(), measure_id, kind)
    series = []
    illustrative = False
    for entry in entries:
        area = areas[entry.code]
        points = [
            _point(gate, measure, p, area.illustrative(measure_id, p.period))
            for p in area.result(measure_id).periods
            if p.kind == kind
        ]
        illustrative = illustrative or any("i" in point[3] for point in points)
        series.append(
            {"code": entry.code, "name": entry.name, "region": entry.region, "points": points}
        )
    england = [p for p in _england(gate, home, measure, group_name) if p[0] in set(periods)]
    zero = from_zero(measure.unit)
    return {
        "measure": {"id": measure.measure_id, "title": measure.title, "unit": measure.unit},
        "axis": {"title": axis_title(measure), "zero": zero, "note": "" if zero else _(ZOOM_WORDS)},
        "new_series_from": measure.series_break_from or "",
        "illustrative_note": _(ILLUSTRATIVE_NOTE) if illustrative else "",
        "most": MOST_AREAS,
        "point": POINT,
        "periods": [[p, in_words(p)] for p in periods],
        "colours": {"series": list(palette.SERIES), "text": palette.TEXT, "grid": palette.GRID},
        "group": {"name": group_name, "points": england},
        "areas": series,
    }
