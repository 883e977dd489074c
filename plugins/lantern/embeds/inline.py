"""Embeds that sit inside a sentence: a value, badge, direction, group figure, rank or
stated figure."""

from __future__ import annotations

from lantern.embeds import lookup
from lantern.embeds.context import EmbedContext
from lantern.embeds.kind import DirectiveError, Embed
from lantern.present import badges
from lantern.present.stated_figures import find_figure, stated_figure


def value(embed: Embed, context: EmbedContext, anchor: str = "") -> str:
    """``{{ value 2A1 }}``: the home area's figure, marked if provisional or illustrative."""
    site, measure_id = context.area, embed.args[0]
    found = lookup.period(site, measure_id, embed.options.get("period"))
    illustrative = site.illustrative(measure_id, found.period)
    view = badges.value(lookup.gate(context), site.result(measure_id).measure, found, illustrative)
    return lookup.macro(context, "value", view)


def direction(embed: Embed, context: EmbedContext, anchor: str = "") -> str:
    """``{{ direction 2A1 }}``: the direction of travel in words."""
    found = lookup.period(context.area, embed.args[0], embed.options.get("period"))
    return lookup.macro(context, "direction", badges.direction(found))


def badge(embed: Embed, context: EmbedContext, anchor: str = "") -> str:
    """``{{ badge 2A1 england }}``: the quartile badge, or why there is none."""
    site = context.area
    found = lookup.period(site, embed.args[0], embed.options.get("period"))
    view = badges.badge(lookup.comparison(site, found, embed.args[1]))
    return lookup.macro(context, "badge", view, reason=True)


def rank(embed: Embed, context: EmbedContext, anchor: str = "") -> str:
    """``{{ rank 2A1 england }}``: the rank in the group, in words."""
    site = context.area
    found = lookup.period(site, embed.args[0], embed.options.get("period"))
    return lookup.macro(context, "rank", badges.rank(lookup.comparison(site, found, embed.args[1])))


def group(embed: Embed, context: EmbedContext, anchor: str = "") -> str:
    """``{{ group 2A1 england }}``: the group's own figure."""
    site, measure_id = context.area, embed.args[0]
    found = lookup.period(site, measure_id, embed.options.get("period"))
    compared = lookup.comparison(site, found, embed.args[1])
    view = badges.group_figure(lookup.gate(context), site.result(measure_id).measure, compared)
    return lookup.macro(context, "group_figure", view)


def figure(embed: Embed, context: EmbedContext, anchor: str = "") -> str:
    """``{{ figure operations contacts-average }}``: a figure a report states in words."""
    package, key = embed.args
    try:
        found, row = find_figure(context.area.dataset.packages, package, key, lookup.gate(context))
    except KeyError as error:
        raise DirectiveError(str(error.args[0])) from None
    return lookup.macro(context, "value", stated_figure(found, row))
