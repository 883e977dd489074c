"""Chart embeds: a measure's trend, position and quartiles; a resource's bar, line and heatmap.

Each is drawn at build time and laid out by ``m.figure``: title, SVG, a summary
sentence and the data as a table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from lantern.embeds import lookup
from lantern.embeds.context import EmbedContext
from lantern.embeds.kind import DirectiveError, Embed
from lantern.present.charts.figure import MisleadingChart
from lantern.present.charts.honesty import marked_illustrative
from lantern.present.charts.model import Chart
from lantern.present.charts.resources import Resource


# The chart builders are imported when a chart is drawn, not when the module is: they
# load Altair, which a build whose figures are all kept from the last build never needs.
def trend_chart(*args: Any) -> Chart:
    from lantern.present.charts.trend import trend

    return trend(*args)


def position_chart(*args: Any) -> Chart:
    from lantern.present.charts.position import position

    return position(*args)


def quartiles_chart(*args: Any) -> Chart:
    from lantern.present.charts.position import quartiles

    return quartiles(*args)


def resource_chart(kind: str, *args: Any) -> Chart:
    from lantern.present.charts import resource_charts

    draw: Callable[..., Chart] = getattr(resource_charts, kind)
    return draw(*args)


def _figure(
    embed: Embed, context: EmbedContext, anchor: str, inputs: object, make: Callable[[], Chart]
) -> str:
    """The chart as a figure, under the author's title if one was given; kept between
    builds under the embed as written and everything the chart is drawn from."""

    def titled() -> Chart:
        chart = make()
        if embed.options.get("title"):
            chart = replace(chart, title=embed.options["title"])
            if chart.illustrative:
                chart = marked_illustrative(chart)
        return chart

    key = ("embed", embed.words, sorted(embed.options.items()), anchor, inputs)
    try:
        drawn = context.figures.figure(key, titled)
    except MisleadingChart as error:
        raise DirectiveError(str(error)) from None
    return lookup.macro(context, "figure", drawn)


def _resource_figure(
    embed: Embed, context: EmbedContext, anchor: str, found: Resource, make: Callable[[], Chart]
) -> str:
    """A chart of a published resource, kept under the resource's rows and schema."""
    return _figure(embed, context, anchor, found.fingerprint(), make)


def trend(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ chart trend 2A1 }}``."""
    site, measure_id = context.area, embed.args[0]
    lookup.measure(site, measure_id)
    gate, result = lookup.gate(context), site.result(measure_id)
    return _figure(
        embed,
        context,
        anchor,
        ("trend", result, site.area_name, gate),
        lambda: trend_chart(gate, result, site.area_name, anchor),
    )


def quartiles(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ chart quartiles 2A1 }}``."""
    site, measure_id = context.area, embed.args[0]
    found = lookup.period(site, measure_id, embed.options.get("period"))
    gate, result = lookup.gate(context), site.result(measure_id)
    return _figure(
        embed,
        context,
        anchor,
        ("quartiles", result, found.period, site.area_name, gate),
        lambda: quartiles_chart(gate, result, found, site.area_name, anchor),
    )


def position(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ chart position 2A1 group=england }}`` (the first comparator group if not named)."""
    site, measure_id = context.area, embed.args[0]
    found = lookup.period(site, measure_id, embed.options.get("period"))
    group_id = embed.options.get("group") or site.groups[0].group_id
    compared = lookup.comparison(site, found, group_id)
    members = site.members(measure_id, compared)
    gate, result = lookup.gate(context), site.result(measure_id)
    return _figure(
        embed,
        context,
        anchor,
        ("position", result, found.period, group_id, members, site.area_name, gate),
        lambda: position_chart(gate, result, found, compared, members, site.area_name, anchor),
    )


def bar(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ chart bar package/resource x=FIELD y=FIELD }}``."""
    found = lookup.resource(context, embed.args[0])
    x, y = lookup.required(found, embed.options, "x", "y")
    title = embed.options.get("title") or found.title
    return _resource_figure(
        embed, context, anchor, found, lambda: resource_chart("bar", found, x, y, title, anchor)
    )


def line(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ chart line package/resource x=FIELD y=FIELD series=FIELD }}``."""
    found = lookup.resource(context, embed.args[0])
    x, y = lookup.required(found, embed.options, "x", "y")
    series = embed.options.get("series")
    if series:
        lookup.columns(found, series)
    title = embed.options.get("title") or found.title
    return _resource_figure(
        embed,
        context,
        anchor,
        found,
        lambda: resource_chart("line", found, x, y, series, title, anchor),
    )


def heatmap(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ chart heatmap package/resource x=FIELD y=FIELD value=FIELD }}``."""
    found = lookup.resource(context, embed.args[0])
    x, y, value = lookup.required(found, embed.options, "x", "y", "value")
    title = embed.options.get("title") or found.title
    return _resource_figure(
        embed,
        context,
        anchor,
        found,
        lambda: resource_chart("heatmap", found, x, y, value, title, anchor),
    )
