"""Embeds that stand on a line of their own: a change card, a theme's table, a data table,
an overview with direction of travel."""

from __future__ import annotations

from lantern.embeds import lookup
from lantern.embeds.context import EmbedContext
from lantern.embeds.kind import DirectiveError, Embed
from lantern.present.change_cards import change_card
from lantern.present.charts.resources import data_table
from lantern.present.overview import overview as overview_view
from lantern.present.overview import problems_with
from lantern.present.theme_table import theme_measures, theme_table, themes


def changes(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ changes FIN-COST }}``: the latest snapshot and its changes since earlier ones."""
    site, measure_id = context.area, embed.args[0]
    latest = lookup.period(site, measure_id, None)
    if not latest.snapshot_changes:
        raise DirectiveError(
            f"measure {measure_id} has no earlier dated snapshot to compare its latest "
            f"({latest.period}) with; change cards need periods written as dates (2024-11-29)"
        )
    measure = site.result(measure_id).measure
    since = {c.since for c in latest.snapshot_changes} | {latest.period}
    illustrative = any(site.illustrative(measure_id, p) for p in since)
    title = embed.options.get("title") or measure.title
    card = change_card(lookup.gate(context), measure, latest, (anchor, title), illustrative)
    return lookup.macro(context, "change_card", card)


def scorecard(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ scorecard theme="Carers' survey" }}``: a theme's measures against each group."""
    theme = embed.options["theme"]
    if not theme_measures(context.area, theme):
        allowed = ", ".join(themes(context.area))
        raise DirectiveError(f"unknown theme '{theme}'. Allowed: {allowed}")
    table = theme_table(context.area, theme, anchor, embed.options.get("title"))
    return lookup.macro(context, "theme_table", table)


def table(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ table package/resource }}``: a resource as a table, its numbers through the gate."""
    found = lookup.resource(context, embed.args[0])
    chosen = lookup.columns(found, embed.options.get("columns"))
    caption = embed.options.get("title") or found.title
    return lookup.macro(context, "data_table", data_table(found, chosen, caption))


def _whole_number(embed: Embed, option: str) -> int | None:
    text = embed.options.get(option)
    if text is None:
        return None
    if not text.isdigit():
        raise DirectiveError(f"{option}= must be a whole number, not '{text}'")
    return int(text)


def overview(embed: Embed, context: EmbedContext, anchor: str) -> str:
    """``{{ overview package/resource periods=4 }}``: measures over their last periods, with
    the change from the period before and a sparkline."""
    found = lookup.resource(context, embed.args[0])
    problems = problems_with(found)
    if problems:
        raise DirectiveError("; ".join(problems))
    periods = _whole_number(embed, "periods")
    if periods == 0:
        raise DirectiveError("periods= must be at least 1")
    caption = embed.options.get("title") or found.title
    view = overview_view(found, anchor, caption, periods, _whole_number(embed, "change_decimals"))
    return lookup.macro(context, "overview", view)
