"""Embeds that sit inside a sentence: a value, badge, direction, group figure, rank or
stated figure.

Each figure comes with its "Copy this figure" block (``present.quote``): the
figure as one sentence with its caveats, the release and a link, which the
Markdown extension places after the paragraph the figure is in.
"""

from __future__ import annotations

import pandas as pd

from lantern.compute import PeriodResult
from lantern.embeds import lookup, quoted
from lantern.embeds.context import EmbedContext
from lantern.embeds.kind import DirectiveError, Embed, InlineFigure
from lantern.present import badges
from lantern.present.badges import ValueView
from lantern.present.charts.resources import Resource
from lantern.present.claims import CLAIMS, check_claim
from lantern.present.quote import Standing, Subject, quote
from lantern.present.stated_figures import RESOURCE, figure_status, find_figure, stated_figure
from lantern.vocab.language import _


def _subject(context: EmbedContext, measure_id: str, area_name: str = "") -> Subject:
    """The measure a figure is about, with its series break from measures.csv."""
    site = context.area
    measures = site.dataset.measures
    found = measures.loc[measures["measure_id"] == measure_id, "series_break"]
    note = found.iloc[0] if len(found) else ""
    title = site.result(measure_id).measure.title
    broke = "" if pd.isna(note) else str(note)
    return Subject(area_name or site.area_name, title, measure_id, broke)


def _period(embed: Embed, context: EmbedContext) -> PeriodResult:
    """The period an embed names, or the measure's latest; on a dated record (an update)
    the period must be named, or the record would quote another figure once a new one is
    published."""
    measure_id, wanted = embed.args[0], embed.options.get("period")
    if not wanted and context.reading_dated_page():
        latest = lookup.period(context.area, measure_id, None).period
        raise DirectiveError(
            "an update quotes the figure for a period, so that it says what it said when "
            f"it was written: write {{{{ {embed.text} period={latest} }}}} (the latest now)"
        )
    return lookup.period(context.area, measure_id, wanted)


def _home_value(context: EmbedContext, measure_id: str, found: PeriodResult) -> ValueView:
    """The home area's figure in a period, marked if provisional or illustrative (and noted
    as quoted by the page: a later release may revise it)."""
    quoted.note(quoted.Quoted(quoted.MEASURE, measure_id, found.period))
    site = context.area
    illustrative = site.illustrative(measure_id, found.period)
    return badges.value(lookup.gate(context), site.result(measure_id).measure, found, illustrative)


def _with_copy(
    context: EmbedContext, html: str, subject: Subject, shown: ValueView, period: str,
    standing: Standing | None = None,
) -> InlineFigure:  # fmt: skip
    """The figure's HTML and its copy block, linked to the period's row of its measure."""
    source = context.source(context.figure_link(subject.measure_id, period))
    said = quote(subject, shown, period, standing, source)
    return InlineFigure(html, lookup.macro(context, "copy_figure", said))


def value(embed: Embed, context: EmbedContext, anchor: str = "") -> InlineFigure:
    """``{{ value 2A1 }}``: the home area's figure, marked if provisional or illustrative."""
    measure_id = embed.args[0]
    found = _period(embed, context)
    view = _home_value(context, measure_id, found)
    html = lookup.macro(context, "value", view)
    return _with_copy(context, html, _subject(context, measure_id), view, found.period)


def direction(embed: Embed, context: EmbedContext, anchor: str = "") -> str:
    """``{{ direction 2A1 }}``: the direction of travel in words (not a figure to copy)."""
    found = _period(embed, context)
    return lookup.macro(context, "direction", badges.direction(found))


def badge(embed: Embed, context: EmbedContext, anchor: str = "") -> InlineFigure:
    """``{{ badge 2A1 england }}``: the quartile badge, or why there is none."""
    site, measure_id = context.area, embed.args[0]
    found = _period(embed, context)
    compared = lookup.comparison(site, found, embed.args[1])
    view = badges.badge(compared)
    html = lookup.macro(context, "badge", view, reason=True)
    standing = Standing(compared.group_name, view, compared_period=compared.compared_period or "")
    shown = _home_value(context, measure_id, found)
    return _with_copy(context, html, _subject(context, measure_id), shown, found.period, standing)


def rank(embed: Embed, context: EmbedContext, anchor: str = "") -> InlineFigure:
    """``{{ rank 2A1 england }}``: the rank in the group, in words."""
    site, measure_id = context.area, embed.args[0]
    found = _period(embed, context)
    compared = lookup.comparison(site, found, embed.args[1])
    view = badges.rank(compared)
    html = lookup.macro(context, "rank", view)
    standing = Standing(compared.group_name, rank=view.words or _("not ranked"))
    shown = _home_value(context, measure_id, found)
    return _with_copy(context, html, _subject(context, measure_id), shown, found.period, standing)


def group(embed: Embed, context: EmbedContext, anchor: str = "") -> InlineFigure:
    """``{{ group 2A1 england }}``: the group's own figure."""
    site, measure_id = context.area, embed.args[0]
    found = _period(embed, context)
    compared = lookup.comparison(site, found, embed.args[1])
    view = badges.group_figure(lookup.gate(context), site.result(measure_id).measure, compared)
    html = lookup.macro(context, "group_figure", view)
    period = compared.group_value_period or compared.compared_period or found.period
    subject = _subject(context, measure_id, compared.group_name)
    return _with_copy(context, html, subject, ValueView(view.text), period)


def _path(found: Resource) -> str:
    """The file of a package's resource, as its datapackage.json names it."""
    for resource in found.package.descriptor.get("resources", []):
        if resource.get("name") == found.name:
            return str(resource.get("path") or "")
    return ""


def _stated_period(period: str, status: str) -> str:
    """When a stated figure is for, and its status: ``2022-23, forecast at October 2022``."""
    if period and status:
        return _("%(period)s, %(status)s") % {"period": period, "status": status}
    return period or status


def figure(embed: Embed, context: EmbedContext, anchor: str = "") -> InlineFigure:
    """``{{ figure operations contacts-average }}``: a figure a report states in words."""
    package, key = embed.args
    try:
        found, row = find_figure(context.area.dataset.packages, package, key, lookup.gate(context))
    except KeyError as error:
        raise DirectiveError(str(error.args[0])) from None
    view = stated_figure(found, row)
    quoted.note(quoted.Quoted(quoted.STATED, package, key))
    try:
        status = figure_status(row)
    except ValueError as error:
        raise DirectiveError(f"{package}/{RESOURCE}: {error}") from None
    subject = Subject(context.area.area_name, row.get("label") or key)
    source = context.source(context.file_link(package, _path(found)))
    period = _stated_period(row.get("period") or "", status)
    said = quote(subject, view, period, None, source)
    html = lookup.macro(context, "value", view) + lookup.macro(context, "figure_status", status)
    return InlineFigure(html, lookup.macro(context, "copy_figure", said))


def claim(embed: Embed, context: EmbedContext, anchor: str = "") -> InlineFigure:
    """``{{ claim 2A1 england bottom period=2021-22 }}``: whether a report's quartile
    statement matches the band computed for the period, in words beside the statement."""
    site, claimed = context.area, embed.args[2]
    if claimed not in CLAIMS:
        raise DirectiveError(f"unknown claim '{claimed}'. Allowed: {', '.join(CLAIMS)}")
    found = _period(embed, context)
    compared = lookup.comparison(site, found, embed.args[1])
    checked = check_claim(claimed, compared, found.period, site.area_name)
    return InlineFigure(lookup.macro(context, "claim", checked), "")
