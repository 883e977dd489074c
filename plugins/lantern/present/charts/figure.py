"""A chart on the page: a ``<figure>`` with a visible title, the SVG, a summary and the table.

With JavaScript off, or to a screen reader, nothing is lost: the summary says
what the chart shows and the table behind the disclosure holds every number.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from .model import Chart
from .svg import render_svg


def table_html(chart: Chart) -> Markup:
    """The chart's data as an accessible table (caption, header scopes, numbers right-aligned)."""
    table = chart.table
    head = Markup("").join(
        Markup('<th scope="col"{}>{}</th>').format(
            Markup(' class="num"') if numeric else "", column
        )
        for column, numeric in zip(table.columns, table.numeric, strict=True)
    )
    body = Markup("")
    for row in table.rows:
        cells = Markup('<th scope="row">{}</th>').format(row[0])
        for cell, numeric in zip(row[1:], table.numeric[1:], strict=True):
            cells += Markup("<td{}>{}</td>").format(Markup(' class="num"') if numeric else "", cell)
        body += Markup("<tr>{}</tr>").format(cells)
    notes = Markup("").join(Markup('<p class="table-note">{}</p>').format(n) for n in table.notes)
    return Markup(
        '<div class="table-scroll" tabindex="0" role="region" aria-label="{}">'
        "<table><caption>{}</caption>"
        "<thead><tr>{}</tr></thead><tbody>{}</tbody></table></div>{}"
    ).format(table.caption, table.caption, head, body, notes)


def figure_html(chart: Chart) -> Markup:
    """The whole figure. The Vega-Lite spec travels as inert JSON for the optional enhancement."""
    svg = Markup(render_svg(chart.spec, chart.title))
    spec = json.dumps(chart.spec, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(
        '<figure class="chart" id="{anchor}">'
        '<figcaption class="chart-title">{title} <a class="anchor-link" href="#{anchor}">'
        '<span class="visually-hidden">Link to this chart</span>'
        '<span aria-hidden="true">#</span></a>'
        "</figcaption>"
        '<div class="chart-svg">{svg}</div>'
        '<p class="chart-summary">{summary}</p>'
        "<details><summary>Show the data as a table</summary>{table}</details>"
        '<script type="application/json" class="chart-spec">{spec}</script>'
        "</figure>"
    ).format(
        anchor=chart.anchor,
        title=chart.title,
        svg=svg,
        summary=chart.summary,
        table=table_html(chart),
        spec=Markup(spec),
    )
