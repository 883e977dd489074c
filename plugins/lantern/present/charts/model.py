"""What a chart hands to the page: the spec, a summary and the data as a table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ChartTable:
    """The chart's data as rows of text, for the table behind the disclosure."""

    caption: str
    columns: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Chart:
    """A chart ready to render: Vega-Lite spec, title, summary sentence and table."""

    anchor: str
    title: str
    summary: str
    spec: dict[str, Any]
    table: ChartTable
    table_on_phones: bool = False
    illustrative: bool = False
    # The first period of a new series, when the chart has figures on both sides of it.
    series_break: str | None = None
    # The periods whose figures are drawn, when the chart knows them; a title that names
    # periods may name only these (honesty.py).
    periods: tuple[str, ...] = ()


def chart_with_table(
    heading: tuple[str, str],
    summary: str,
    spec: dict[str, Any],
    columns: list[str],
    rows: list[list[str]],
    numeric: list[bool],
) -> Chart:
    """A chart whose table is captioned with the chart's title; ``heading`` is (anchor, title)."""
    anchor, title = heading
    return Chart(anchor, title, summary, spec, ChartTable(title, columns, rows, numeric))
