"""Turn a parsed directive into HTML from the site's data, or say exactly what is wrong."""

from __future__ import annotations

from markupsafe import Markup

from lantern.compute import Comparison, PeriodResult
from lantern.data.area import AreaData
from lantern.embeds.context import EmbedContext
from lantern.embeds.parser import MEASURE_CHARTS, Directive, DirectiveError
from lantern.present import badges, change_cards, stated_figures
from lantern.present import theme_table as comparison_table
from lantern.present.charts import measure_charts, resource_charts
from lantern.present.charts.figure import figure_html, table_html


def _measure(site: AreaData, measure_id: str) -> None:
    if measure_id not in site.results:
        allowed = ", ".join(site.results)
        raise DirectiveError(f"unknown measure '{measure_id}'. Allowed: {allowed}")


def _period(site: AreaData, measure_id: str, period: str | None) -> PeriodResult:
    _measure(site, measure_id)
    found = site.period(measure_id, period)
    if found is None:
        known = ", ".join(p.period for p in site.result(measure_id).periods) or "none"
        wanted = f"period '{period}'" if period else "any period"
        raise DirectiveError(
            f"measure {measure_id} has no value for {site.area_name} in {wanted}. "
            f"Periods with a value: {known}"
        )
    return found


def _comparison(site: AreaData, period: PeriodResult, group_id: str) -> Comparison:
    for comparison in period.comparisons:
        if comparison.group_id == group_id:
            return comparison
    allowed = ", ".join(g.group_id for g in site.groups)
    raise DirectiveError(f"unknown comparator group '{group_id}'. Allowed: {allowed}")


def inline(directive: Directive, context: EmbedContext) -> Markup:
    """A value, badge, direction, group figure, rank or stated figure, as inline HTML."""
    site = context.area
    if directive.kind == "figure":
        resource, row = stated_figures.find_figure(site.dataset.packages, *directive.args)
        return stated_figures.figure_html(resource, row)
    measure_id = directive.args[0]
    period = _period(site, measure_id, directive.options.get("period"))
    measure = site.result(measure_id).measure
    if directive.kind == "value":
        illustrative = site.illustrative(measure_id, period.period)
        return badges.value(measure, period) + badges.illustrative_mark(illustrative)
    if directive.kind == "direction":
        return badges.direction(period)
    comparison = _comparison(site, period, directive.args[1])
    if directive.kind == "badge":
        return badges.badge(comparison)
    if directive.kind == "rank":
        return badges.rank(comparison)
    return badges.group_figure(measure, comparison)


def block(directive: Directive, context: EmbedContext, anchor: str) -> Markup:
    """A chart, table, change card or comparison table."""
    site = context.area
    if directive.kind == "scorecard":
        theme = directive.options["theme"]
        return comparison_table.comparison_table(
            site, theme, anchor, directive.options.get("title"), context.measure_link
        )
    if directive.kind == "changes":
        return _changes(directive, site, anchor)
    if directive.kind == "table":
        resource = _resource(site, directive.args[0])
        columns = _columns(resource, directive.options.get("columns"))
        caption = directive.options.get("title") or resource.title
        return table_html_figure(resource_charts.data_table(resource, columns, caption))
    chart_type, target = directive.args
    title = directive.options.get("title")
    if chart_type in MEASURE_CHARTS:
        return figure_html(_measure_chart(directive, site, chart_type, target, anchor, title))
    resource = _resource(site, target)
    options = directive.options
    title = title or resource.title
    if chart_type == "bar":
        x, y = _required(resource, options, "x", "y")
        return figure_html(resource_charts.bar(resource, x, y, title, anchor))
    if chart_type == "line":
        x, y = _required(resource, options, "x", "y")
        series = options.get("series")
        if series:
            _columns(resource, series)
        return figure_html(resource_charts.line(resource, x, y, series, title, anchor))
    x, y, value = _required(resource, options, "x", "y", "value")
    return figure_html(resource_charts.heatmap(resource, x, y, value, title, anchor))


def _changes(directive: Directive, site: AreaData, anchor: str) -> Markup:
    measure_id = directive.args[0]
    latest = _period(site, measure_id, None)
    if not latest.snapshot_changes:
        raise DirectiveError(
            f"measure {measure_id} has no earlier dated snapshot to compare its latest "
            f"({latest.period}) with; change cards need periods written as dates (2024-11-29)"
        )
    measure = site.result(measure_id).measure
    since = {c.since for c in latest.snapshot_changes} | {latest.period}
    illustrative = any(site.illustrative(measure_id, p) for p in since)
    title = directive.options.get("title") or measure.title
    return change_cards.change_card(measure, latest, anchor, title, illustrative)


def table_html_figure(table: resource_charts.ChartTable) -> Markup:
    """A data table on its own."""
    from lantern.present.charts.model import Chart

    return table_html(Chart("", table.caption, "", {}, table))


def _measure_chart(
    directive: Directive,
    site: AreaData,
    chart_type: str,
    measure_id: str,
    anchor: str,
    title: str | None,
) -> measure_charts.Chart:
    result = site.result(measure_id) if measure_id in site.results else None
    if result is None:
        _measure(site, measure_id)
    assert result is not None
    if chart_type == "trend":
        chart = measure_charts.trend(result, site.area_name, anchor)
    else:
        period = _period(site, measure_id, directive.options.get("period"))
        if chart_type == "quartiles":
            chart = measure_charts.quartiles(result, period, site.area_name, anchor)
        else:
            group_id = directive.options.get("group") or site.groups[0].group_id
            comparison = _comparison(site, period, group_id)
            chart = measure_charts.position(
                result,
                period,
                comparison,
                site.members(measure_id, comparison),
                site.area_name,
                anchor,
            )
    if title:
        chart = measure_charts.Chart(chart.anchor, title, chart.summary, chart.spec, chart.table)
    return chart


def _resource(site: AreaData, reference: str) -> resource_charts.Resource:
    try:
        return resource_charts.find_resource(site.dataset.packages, reference, site.suppress_below)
    except KeyError as error:
        raise DirectiveError(str(error.args[0])) from None


def _columns(resource: resource_charts.Resource, names: str | None) -> list[str]:
    columns = names.split(",") if names else list(resource.table.columns)
    for column in columns:
        if column not in resource.table.columns:
            raise DirectiveError(
                f"unknown field '{column}' in {resource.package.name}/{resource.name}. "
                f"Allowed: {', '.join(resource.table.columns)}"
            )
    return columns


def _required(
    resource: resource_charts.Resource, options: dict[str, str], *names: str
) -> list[str]:
    missing = [n for n in names if n not in options]
    if missing:
        raise DirectiveError(f"the chart needs the option {missing[0]}=FIELD")
    return _columns(resource, ",".join(options[n] for n in names))
