"""A theme's measures side by side: the home value, each group's figure and the badge.

Survey results are reported this way: one row per question, the council's
value, then each comparator group's value with the quartile the council falls
into there. Embedded with ``{{ scorecard theme="Carers' survey" }}``.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from lantern.compute import Comparison
from lantern.data.area import AreaData
from lantern.embeds.parser import DirectiveError
from lantern.present import badges
from lantern.present.formatting import POLARITY_WORDS, format_value


def theme_measures(site: AreaData, theme: str) -> list[str]:
    """The measure ids of a theme, in the order of measures.csv."""
    measures = site.dataset.measures
    found = [str(m) for m in measures.loc[measures["theme"] == theme, "measure_id"]]
    if not found:
        themes = ", ".join(dict.fromkeys(str(t) for t in measures["theme"]))
        raise DirectiveError(f"unknown theme '{theme}'. Allowed: {themes}")
    return found


def comparison_table(
    site: AreaData, theme: str, anchor: str, title: str | None, link: Callable[[str], str]
) -> Markup:
    """The table, captioned, with a column per comparator group."""
    head = Markup('<th scope="col">Measure</th><th scope="col">Good is</th>')
    head += Markup('<th scope="col" class="num">{}</th>').format(site.area_name)
    for group in site.groups:
        head += Markup('<th scope="col" class="num">{}</th>').format(group.group_name)
    body = Markup("")
    periods = set()
    measure_ids = theme_measures(site, theme)
    for measure_id in measure_ids:
        result = site.result(measure_id)
        latest = result.latest
        if latest is None:
            continue
        periods.add(latest.period)
        measure = result.measure
        url = link(measure_id)
        cells = Markup('<th scope="row"><a href="{}">{}</a></th><td>{}</td>').format(
            url, measure.title, POLARITY_WORDS[measure.polarity].replace("Good is ", "")
        )
        cells += Markup('<td class="num">{}</td>').format(badges.value(measure, latest))
        for comparison in latest.comparisons:
            figure = format_value(comparison.group_value, measure.unit, measure.decimals)
            cells += Markup('<td class="num"><span class="group-value">{}</span> {}</td>').format(
                figure, badges.compact_badge(comparison)
            )
        body += Markup("<tr>{}</tr>").format(cells)
    caption = (
        title or f"{theme}: {site.area_name} and comparator groups, {', '.join(sorted(periods))}"
    )
    sources = {c.band_source for m in measure_ids for c in _latest_comparisons(site, m)}
    note = (
        Markup('<p class="table-note">Quartile marks as published with the figures.</p>')
        if sources == {"published band"}
        else Markup("")
    )
    return Markup(
        '<div class="table-scroll comparison-table" id="{anchor}" tabindex="0" role="region" '
        'aria-label="{caption}"><table><caption>{caption} '
        '<a class="anchor-link" href="#{anchor}"><span class="visually-hidden">Link to this '
        'table</span><span aria-hidden="true">#</span></a></caption>'
        "<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{note}"
    ).format(anchor=anchor, caption=caption, head=head, body=body, note=note)


def _latest_comparisons(site: AreaData, measure_id: str) -> list[Comparison]:
    latest = site.result(measure_id).latest
    return latest.comparisons if latest else []
