"""A figure as one sentence a councillor can paste: "Copy this figure", link previews, search.

A figure quoted on its own loses what the page around it says: that it is
provisional or illustrative, that the series broke, which group it was
compared with and which release it came from. ``quote`` puts all of that in
one sentence, built only from view objects whose figures have passed the gate,
so the sentence says exactly what the page says. The same words make a
measure page's description (for link previews and search engines) and its
search result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lantern.present.badges import BadgeView, ValueView, status_words
from lantern.vocab.language import N_, _
from lantern.vocab.periods import in_words, when_words
from lantern.vocab.shorthand import SHORTHANDS

if TYPE_CHECKING:
    # Only named in annotations: importing the panel would load the chart libraries at
    # start-up, before ``lantern build`` takes its lock.
    from lantern.present.measure_panel import MeasurePanel
    from lantern.present.views import MeasureView

PUBLISHED = N_("as published")
ILLUSTRATIVE_WORD = N_("illustrative")
# What a copied figure says in place of its link while the site has no web address.
NO_ADDRESS = N_("(no site address set: publish the site to get a link)")
# A band as a sentence says it, mid-sentence, then as a search result shows it.
IN_BAND = {
    "top": N_("top quartile of %(group)s"),
    "middle": N_("middle quartiles of %(group)s"),
    "bottom": N_("bottom quartile of %(group)s"),
}
BAND_RESULT = {
    "top": N_("Top quartile of %(group)s"),
    "middle": N_("Middle quartiles of %(group)s"),
    "bottom": N_("Bottom quartile of %(group)s"),
}
# A badge of some other band, by its words.
OTHER_BAND = N_("%(band)s of %(group)s")


@dataclass(frozen=True)
class Subject:
    """Whose figure, on what: ``Sefton`` and a measure's title and code (none for a figure
    a report states), and the measure's series break, if it has one."""

    area_name: str
    title: str
    measure_id: str = ""
    series_break: str = ""


@dataclass(frozen=True)
class Standing:
    """Where the figure stands in one comparator group: its band, its rank, or both."""

    group_name: str
    badge: BadgeView | None = None
    rank: str = ""
    compared_period: str = ""


@dataclass(frozen=True)
class Source:
    """Where the figure is published: the site, its latest release, a permanent link
    (None while the site has no web address)."""

    site_name: str
    release: str | None = None
    link: str | None = None


@dataclass(frozen=True)
class Quote:
    """The sentence to copy (``text``), the figure part alone (``statement``) and a short
    ``label`` naming the figure, for screen readers meeting several copy controls."""

    text: str
    statement: str
    label: str


def _first_lower(words: str) -> str:
    """``Bottom quartile`` → ``bottom quartile`` (mid-sentence)."""
    return words[:1].lower() + words[1:]


def figure_words(value: ValueView) -> str:
    """The figure as the page writes it; a shorthand code followed by what it means, as
    the page tells a screen reader (``[c], confidential (…),``)."""
    code = SHORTHANDS.get(value.text)
    meaning = value.meaning or (code.meaning if code else "")
    if meaning:
        return f"{value.text}, {meaning},"
    return f"{value.text} ({value.interval})" if value.interval else value.text


def caveats(value: ValueView) -> list[str]:
    """What a reader must know before repeating the figure: provisional, illustrative."""
    found = [status_words(value.status)] if value.status else []
    return [*found, _(ILLUSTRATIVE_WORD)] if value.illustrative else found


def period_words(value: ValueView, period: str) -> str:
    """``in 2024-25 (provisional)``: when, and what to bear in mind."""
    marks = caveats(value)
    said = [when_words(period)] if period else []
    return " ".join([*said, f"({', '.join(marks)})"] if marks else said)


def when(value: ValueView, period: str) -> str:
    """``25.0 per 100,000 in 2024-25 (provisional)``: the figure, its period and caveats."""
    return " ".join(part for part in (figure_words(value), period_words(value, period)) if part)


def standing_words(standing: Standing, period: str) -> str:
    """``bottom quartile of England, against 2023-24 quartiles``; a rank; or why there is
    no band."""
    parts = []
    badge = standing.badge
    if badge is not None and badge.band and badge.against:
        parts.append(_first_lower(badge.words))  # ``better than England``
    elif badge is not None and badge.band:
        band = _(IN_BAND.get(badge.band, OTHER_BAND)) % {
            "band": _first_lower(badge.words),
            "group": standing.group_name,
        }
        parts.append(f"{band} ({_(PUBLISHED)})" if badge.published else band)
    elif badge is not None:
        parts.append(
            _("not compared with %(group)s (%(reason)s)")
            % {"group": standing.group_name, "reason": badge.reason}
        )
    if standing.rank:
        parts.append(
            _("%(rank)s in %(group)s") % {"rank": standing.rank, "group": standing.group_name}
        )
    text = "; ".join(parts)
    if standing.compared_period and standing.compared_period != period:
        text = _("%(standing)s, against %(period)s quartiles") % {
            "standing": text,
            "period": in_words(standing.compared_period),
        }
    return text


def statement(
    subject: Subject,
    value: ValueView,
    period: str,
    standing: Standing | None = None,
    titled: bool = True,
) -> str:
    """The figure in one sentence: who, how much, when, with caveats, and how it compares.

    ``titled`` names the measure (a copied figure travels alone); a page's
    description leaves it to the page's title.
    """
    text = f"{subject.area_name}: {when(value, period)}"
    if titled:
        words = {"statement": text, "title": subject.title, "code": subject.measure_id}
        if subject.measure_id:
            text = _("%(statement)s for “%(title)s” (measure %(code)s)") % words
        else:
            text = _("%(statement)s for “%(title)s”") % words
    if standing is not None:
        text += f"; {standing_words(standing, period)}"
    return text + "."


def series_break(subject: Subject) -> str:
    """The measure's series break, as a sentence of its own."""
    if not subject.series_break:
        return ""
    note = subject.series_break.rstrip()
    return _("Series break: %(note)s") % {"note": note if note.endswith(".") else f"{note}."}


def source_words(source: Source) -> str:
    """``Sefton adult social care, release 2025-01: https://…`` (or why there is no link)."""
    named = source.site_name
    if source.release:
        named = _("%(site)s, release %(release)s") % {"site": named, "release": source.release}
    return f"{named}: {source.link}" if source.link else f"{named} {_(NO_ADDRESS)}"


def quote(
    subject: Subject,
    value: ValueView,
    period: str,
    standing: Standing | None,
    source: Source,
) -> Quote:
    """The sentence a "Copy this figure" control copies, with its caveats and source."""
    said = statement(subject, value, period, standing)
    text = " ".join(part for part in (said, series_break(subject), source_words(source)) if part)
    label = when(value, period) + (f", {standing.group_name}" if standing else "")
    return Quote(text, said, label)


@dataclass(frozen=True)
class MeasureQuotes:
    """What a measure page quotes: its headline figure, each comparison row (by group
    name), its description for link previews, and its search result's figure and band."""

    headline: Quote | None
    rows: dict[str, Quote] = field(default_factory=dict)
    description: str = ""
    search_figure: str = ""
    search_band: str = ""


def _headline_standing(standings: list[Standing]) -> Standing | None:
    """The first group (in the site's order) with a band, else the first group."""
    banded = [s for s in standings if s.badge is not None and s.badge.band]
    return next(iter(banded or standings), None)


def search_band(standing: Standing | None) -> str:
    """``✘ Bottom quartile of Statistical neighbours (CIPFA)``: the badge in words and icon."""
    if standing is None or standing.badge is None or not standing.badge.band:
        return ""
    if standing.badge.against:
        return f"{standing.badge.icon} {standing.badge.words}"
    band = _(BAND_RESULT.get(standing.badge.band, OTHER_BAND)) % {
        "band": standing.badge.words,
        "group": standing.group_name,
    }
    return f"{standing.badge.icon} {band}"


def measure_quotes(
    area_name: str, measure: MeasureView, panel: MeasurePanel, source: Source
) -> MeasureQuotes:
    """Every quote on a measure's page, from its view and its computed panel."""
    if panel.latest is None:
        return MeasureQuotes(None, description=measure.description)
    subject = Subject(area_name, measure.title, measure.measure_id, measure.series_break)
    period = panel.latest.period
    standings = [
        Standing(row.group_name, row.badge, compared_period=row.compared_period)
        for row in panel.comparisons
    ]
    first = _headline_standing(standings)
    short = statement(subject, panel.value, period, first, titled=False)
    rows = {s.group_name: quote(subject, panel.value, period, s, source) for s in standings}
    # The headline quotes the first banded group: its row's quote is that same sentence.
    value = panel.value
    headline = rows[first.group_name] if first else quote(subject, value, period, None, source)
    return MeasureQuotes(
        headline=headline,
        rows=rows,
        description=f"{short} {measure.description}".strip(),
        search_figure=when(panel.value, period),
        search_band=search_band(first),
    )
