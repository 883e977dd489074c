"""A chart on the page: a ``<figure>`` with a visible title, the SVG, a summary and the table.

With JavaScript off, or to a screen reader, nothing is lost: the summary says
what the chart shows and the table behind the disclosure holds every number.
``m.figure`` in ``theme/templates/_macros.html`` lays it out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.svg import render_svg


@dataclass(frozen=True)
class FigureView:
    """A chart ready for the page: the drawn SVG and the spec for the optional enhancement."""

    anchor: str
    title: str
    summary: str
    table: ChartTable
    svg: str
    spec_json: str


def figure(chart: Chart) -> FigureView:
    """Draw the chart; the Vega-Lite spec travels as inert JSON, safe inside a script tag."""
    spec = json.dumps(chart.spec, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return FigureView(
        chart.anchor,
        chart.title,
        chart.summary,
        chart.table,
        render_svg(chart.spec, chart.title),
        spec,
    )
