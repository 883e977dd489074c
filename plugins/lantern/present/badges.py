"""Badges and inline figures as view objects: words, icon and colour together.

``theme/templates/_macros.html`` lays each one out (``m.badge``, ``m.value``,
``m.direction``, ``m.rank``, ``m.group_figure``); every number in them has
already passed the gate.
"""

from __future__ import annotations

from dataclasses import dataclass

from lantern.compute import Comparison, Measure, PeriodResult
from lantern.compute.direction import direction_words
from lantern.compute.model import Interval
from lantern.compute.ranks import rank_words
from lantern.present.gate import Gate
from lantern.vocab.language import N_, _
from lantern.vocab.polarity import BANDS, VERDICTS
from lantern.vocab.shorthand import NOT_AVAILABLE, STATUS_MARKS
from lantern.vocab.units import COUNT

PUBLISHED_BAND = "published band"
# A figure's status (a code of values.csv) as a page writes it.
STATUS_WORDS = {
    "final": N_("final"),
    "provisional": N_("provisional"),
    "estimate": N_("estimate"),
}


def status_words(status: str) -> str:
    """``provisional``: a status in the site's language (an unknown one as it is)."""
    return _(STATUS_WORDS[status]) if status in STATUS_WORDS else status


@dataclass(frozen=True)
class BadgeView:
    """A quartile badge, or (``band`` empty) why there is none."""

    band: str | None
    icon: str = ""
    words: str = ""
    short: str = ""
    rest: str = ""
    published: bool = False
    reason: str = ""
    missing: str = NOT_AVAILABLE
    # An interval comparison's badge (``Better than England``): its words name the group.
    against: bool = False


@dataclass(frozen=True)
class ValueView:
    """A figure with its status mark (``[p]``, ``[e]``) and whether it is illustrative;
    ``status`` is the code, ``status_words`` the status as the page writes it."""

    text: str
    status: str = ""
    mark: str = ""
    illustrative: bool = False
    # What a shorthand code standing in for the figure means (``[c]`` → "confidential …").
    meaning: str = ""
    # The figure's confidence interval: ``95% confidence interval 61.2% to 66.0%``.
    interval: str = ""
    status_words: str = ""


@dataclass(frozen=True)
class DirectionView:
    """``improving since 2022-23``; no direction when there is nothing earlier, or when
    the figure starts a new series (``new_series`` names its first period). ``direction``
    is the code (a CSS class), ``words`` the direction as the page writes it."""

    direction: str | None
    since: str | None
    new_series: str | None = None
    words: str = ""


@dataclass(frozen=True)
class RankView:
    """``5th of 16`` or ``joint 3rd of 16``; None when not ranked."""

    words: str | None


@dataclass(frozen=True)
class GroupFigureView:
    """A comparator group's own figure: ``England 26.2%``."""

    group_name: str
    text: str


def badge(comparison: Comparison) -> BadgeView:
    """The band (or an interval comparison's verdict) as icon and words, or the reason there
    is neither."""
    if comparison.verdict is not None:
        verdict = VERDICTS[comparison.verdict]
        return BadgeView(
            verdict.tone,
            verdict.icon,
            verdict.against(comparison.group_name),
            verdict.words,
            comparison.group_name,
            against=True,
        )
    if comparison.band is None:
        return BadgeView(None, reason=comparison.reason or _("no comparison available"))
    label = BANDS[comparison.band]
    return BadgeView(
        comparison.band,
        label.icon,
        label.words,
        label.short,
        label.rest,
        published=comparison.band_source == PUBLISHED_BAND,
    )


def measure_text(gate: Gate, measure: Measure, value: float | None, shorthand: str | None) -> str:
    """A measure's figure through the gate, in its unit and decimals."""
    count = measure.unit == COUNT.name
    return gate.text(value, measure.unit, measure.decimals, shorthand=shorthand, count=count)


def value(gate: Gate, measure: Measure, period: PeriodResult, illustrative: bool) -> ValueView:
    """The formatted value, with ``[p]`` or ``[e]`` when provisional or an estimate, marked
    illustrative when it is (no default: every figure shown must say whether it is)."""
    shown = measure_text(gate, measure, period.value, period.shorthand or NOT_AVAILABLE)
    mark = STATUS_MARKS.get(period.status, "")
    interval = interval_words(gate, measure, period.interval) if period.usable else ""
    status = period.status if mark else ""
    return ValueView(
        shown,
        status,
        mark,
        illustrative,
        interval=interval,
        status_words=status_words(status) if status else "",
    )


def interval_ends(gate: Gate, measure: Measure, interval: Interval | None) -> str:
    """``61.2% to 66.0%``: an interval's ends through the gate, rounded as its value is."""
    if interval is None:
        return ""
    lower, upper = (
        measure_text(gate, measure, end, None) for end in (interval.lower, interval.upper)
    )
    return _("%(lower)s to %(upper)s") % {"lower": lower, "upper": upper}


def interval_words(gate: Gate, measure: Measure, interval: Interval | None) -> str:
    """``95% confidence interval 61.2% to 66.0%``; empty when there is no interval."""
    if interval is None:
        return ""
    ends = interval_ends(gate, measure, interval)
    return _("%(level)s confidence interval %(ends)s") % {
        "level": level_words(interval.level),
        "ends": ends,
    }


def level_words(level: float) -> str:
    """``95%``: a confidence level as a page writes it."""
    return f"{level:g}%"


def direction(period: PeriodResult) -> DirectionView:
    """The direction of travel since the previous period of the same kind."""
    return DirectionView(
        period.direction,
        period.previous_period,
        period.period if period.new_series else None,
        direction_words(period.direction) if period.direction else "",
    )


def group_figure(gate: Gate, measure: Measure, comparison: Comparison) -> GroupFigureView:
    """The group's own figure."""
    return GroupFigureView(
        comparison.group_name, measure_text(gate, measure, comparison.group_value, None)
    )


def rank_of(comparison: Comparison) -> str:
    """The rank as a table shows it, ``3= of 16``; empty when not ranked."""
    if not comparison.rank_label:
        return ""
    return _("%(rank)s of %(size)s") % {"rank": comparison.rank_label, "size": comparison.n}


def rank(comparison: Comparison) -> RankView:
    """The rank in words, for a sentence."""
    if comparison.rank is None:
        return RankView(None)
    tied = bool(comparison.rank_label and comparison.rank_label.endswith("="))
    return RankView(rank_words(comparison.rank, tied, comparison.n))


def band_key(intervals: bool = False) -> list[tuple[BadgeView, str]]:
    """Each band's badge and what it means, for the key beside every table of badges; and
    each interval comparison's (``intervals``) when a measure is compared by interval."""
    key = [(BadgeView(b.band, b.icon, b.words, b.short, b.rest), b.key) for b in BANDS.values()]
    if intervals:
        group = _("the group")
        key += [
            (BadgeView(v.tone, v.icon, v.against(group), v.words, group, against=True), v.key)
            for v in VERDICTS.values()
        ]
    return key
