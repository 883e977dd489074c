"""Badges and inline figures as HTML: words, icon and colour together, never colour alone."""

from __future__ import annotations

from markupsafe import Markup, escape

from lantern.compute import Comparison, Measure, PeriodResult
from lantern.compute.ranks import rank_words
from lantern.present.formatting import format_value

BADGES = {
    "top": ("✔", "Top quartile"),
    "middle": ("▬", "Middle quartiles"),
    "bottom": ("✘", "Bottom quartile"),
}
STATUS_MARKS = {"provisional": "[p]", "estimate": "[e]"}
ILLUSTRATIVE = Markup(' <span class="illustrative-mark">(illustrative)</span>')


def illustrative_mark(illustrative: bool) -> Markup:
    """``(illustrative)`` after a figure built to agree with a report, nothing otherwise."""
    return ILLUSTRATIVE if illustrative else Markup("")


def compact_badge(comparison: Comparison) -> Markup:
    """``✔ Top`` for crowded tables; the word "quartile" is there for screen readers."""
    if comparison.band is None:
        return Markup('<span class="badge badge-none">[x] Not compared</span>')
    icon, words = BADGES[comparison.band]
    first, rest = words.split(" ", 1)
    return Markup(
        '<span class="badge badge-{}"><span aria-hidden="true">{}</span> {}'
        '<span class="visually-hidden"> {}</span></span>'
    ).format(comparison.band, icon, first, rest)


def badge(comparison: Comparison, with_reason: bool = True) -> Markup:
    """``✔ Top quartile``; with no band, ``[x] Not compared`` and (inline) the reason."""
    if comparison.band is None and not with_reason:
        return Markup('<span class="badge badge-none">[x] Not compared</span>')
    if comparison.band is None:
        return Markup(
            '<span class="badge badge-none">[x] Not compared'
            '<span class="badge-reason"> ({})</span></span>'
        ).format(comparison.reason or "no comparison available")
    icon, words = BADGES[comparison.band]
    published = " (as published)" if comparison.band_source == "published band" else ""
    return Markup(
        '<span class="badge badge-{}"><span aria-hidden="true">{}</span> {}{}</span>'
    ).format(comparison.band, icon, words, published)


def value(measure: Measure, period: PeriodResult) -> Markup:
    """The formatted value, with ``[p]`` or ``[e]`` when provisional or an estimate."""
    shown = format_value(period.value, measure.unit, measure.decimals, period.shorthand or "[x]")
    mark = STATUS_MARKS.get(period.status)
    if mark:
        return Markup('<span class="figure">{} <abbr title="{}">{}</abbr></span>').format(
            shown, period.status, mark
        )
    return Markup('<span class="figure">{}</span>').format(shown)


def direction(period: PeriodResult) -> Markup:
    """``improving since 2022-23`` (or a note that there is nothing to compare with)."""
    if period.direction is None:
        return Markup('<span class="direction">no earlier figure to compare with</span>')
    return Markup('<span class="direction direction-{}">{} since {}</span>').format(
        period.direction.replace(" ", "-"), period.direction, period.previous_period
    )


def group_figure(measure: Measure, comparison: Comparison) -> Markup:
    """``England 26.2%``, the group's own figure."""
    shown = format_value(comparison.group_value, measure.unit, measure.decimals)
    return Markup('<span class="group-figure">{} {}</span>').format(comparison.group_name, shown)


def rank(comparison: Comparison) -> Markup:
    """``5th of 16`` or ``joint 3rd of 16``."""
    if comparison.rank is None:
        return Markup('<span class="rank">not ranked</span>')
    tied = bool(comparison.rank_label and comparison.rank_label.endswith("="))
    return Markup('<span class="rank">{}</span>').format(
        rank_words(comparison.rank, tied, comparison.n)
    )


def escape_text(text: str) -> Markup:
    """Data text made safe for HTML."""
    return escape(text)
