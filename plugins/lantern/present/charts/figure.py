"""A chart on the page: a ``<figure>`` with a visible title, the SVG, a summary and the table.

With JavaScript off, or to a screen reader, nothing is lost: the summary says
what the chart shows and the table behind the disclosure holds every number.
The chart is drawn once per screen width (``variants``), and CSS shows the one
that fits. ``m.figure`` in ``theme/templates/_macros.html`` lays it out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from lantern.data.kept import sha256_text
from lantern.present.charts.honesty import problems
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.svg import UNCACHED, SvgCache, render_svg
from lantern.present.charts.variants import VARIANTS, sized


@dataclass(frozen=True)
class Drawing:
    """One variant of a chart: the drawn SVG, and its spec for the interactive view a
    reader may ask for, published as a file named by its hash (``spec_name``)."""

    variant: str
    svg: str
    spec_json: str
    spec_name: str


@dataclass(frozen=True)
class FigureView:
    """A chart ready for the page: a drawing per screen width, the summary and the table."""

    anchor: str
    title: str
    summary: str
    table: ChartTable
    drawings: tuple[Drawing, ...]
    # A heatmap reads better as its table on a phone: the table is shown instead.
    table_on_phones: bool = False

    @property
    def downloads_name(self) -> str:
        """The name the chart's SVG and CSV go by (``chart_files``): its wide drawing's."""
        return self.drawings[-1].spec_name

    @property
    def explore_query(self) -> str:
        """The "Explore this chart" page's query: each drawing's spec by width, and the title."""
        named = {d.variant: d.spec_name for d in self.drawings}
        return urlencode({**named, "title": self.title})


def inert_json(spec: dict[str, Any]) -> str:
    """The spec as JSON that cannot close the ``<script>`` element it travels in."""
    return json.dumps(spec, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")


class MisleadingChart(ValueError):
    """A chart that breaks a rule of ``honesty``; the message says which."""


def figure(chart: Chart, drawings_cache: SvgCache = UNCACHED) -> FigureView:
    """Draw the chart at every width (through ``drawings_cache``), with each drawing's spec
    for the interactive view.

    Every chart passes here, from a measure page or an embed, so this is where a chart
    that could mislead is refused (``MisleadingChart``).
    """
    misleading = problems(chart)
    if misleading:
        raise MisleadingChart(f"this chart could mislead a reader: {'; '.join(misleading)}")
    drawings = []
    for variant in VARIANTS:
        spec = sized(chart.spec, variant)
        text = inert_json(spec)
        name = sha256_text(text)[:24]
        drawings.append(
            Drawing(variant.name, render_svg(spec, chart.title, drawings_cache), text, name)
        )
    return FigureView(
        chart.anchor,
        chart.title,
        chart.summary,
        chart.table,
        tuple(drawings),
        chart.table_on_phones,
    )
