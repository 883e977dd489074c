"""A theme's measures side by side: the home value, each group's figure and the badge.

Survey results are reported this way: one row per question, the council's
value, then each comparator group's value with the quartile the council falls
into there. Embedded with ``{{ scorecard theme="Carers' survey" }}`` and laid
out by ``m.theme_table``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lantern.data.area import AreaData
from lantern.present import badges
from lantern.present.badges import BadgeView, ValueView, measure_text
from lantern.present.gate import Gate
from lantern.vocab.language import N_, _
from lantern.vocab.periods import in_words
from lantern.vocab.polarity import POLARITY_WORDS

# Which way is good, as the table's "Good is" column says it, by polarity.
GOOD_IS = {
    "high": N_("high"),
    "low": N_("low"),
    "none": N_("Neither high nor low is better"),
}


@dataclass(frozen=True)
class GroupCell:
    """A group's own figure and the home area's badge in that group."""

    text: str
    badge: BadgeView


@dataclass(frozen=True)
class ThemeRow:
    """One measure: which way is good, the home value and a cell per group."""

    measure_id: str
    title: str
    good_is: str
    value: ValueView
    groups: list[GroupCell]
    # The whole phrase (``Good is high``), for the card that stands for the row on a phone.
    polarity_words: str = ""


@dataclass(frozen=True)
class ThemeTable:
    """The whole table; ``published_note`` when every badge is a published quartile mark."""

    anchor: str
    caption: str
    area_name: str
    group_names: list[str]
    rows: list[ThemeRow] = field(default_factory=list)
    published_note: bool = False


def theme_measures(site: AreaData, theme: str) -> list[str]:
    """The measure ids of a theme, in the order of measures.csv (empty if there is none)."""
    measures = site.dataset.measures
    return [str(m) for m in measures.loc[measures["theme"] == theme, "measure_id"]]


def themes(site: AreaData) -> list[str]:
    """Every theme, in the order of measures.csv."""
    return list(dict.fromkeys(str(t) for t in site.dataset.measures["theme"]))


def theme_table(site: AreaData, theme: str, anchor: str, title: str | None) -> ThemeTable:
    """The table, captioned, with a column per comparator group."""
    gate = Gate(site.suppress_below)
    rows, periods, sources = [], set(), set()
    for measure_id in theme_measures(site, theme):
        result = site.result(measure_id)
        latest = result.latest
        if latest is None:
            continue
        periods.add(latest.period)
        measure = result.measure
        cells = [
            GroupCell(measure_text(gate, measure, c.group_value, None), badges.badge(c))
            for c in latest.comparisons
        ]
        sources |= {c.band_source for c in latest.comparisons}
        words = POLARITY_WORDS[measure.polarity]
        value = badges.value(gate, measure, latest, site.illustrative(measure_id, latest.period))
        good_is = _(GOOD_IS[measure.polarity])
        rows.append(ThemeRow(measure_id, measure.title, good_is, value, cells, words))
    shown = ", ".join(in_words(p) for p in sorted(periods))
    caption = title or _("%(theme)s: %(area)s and comparator groups, %(periods)s") % {
        "theme": theme,
        "area": site.area_name,
        "periods": shown,
    }
    names = [g.group_name for g in site.groups]
    return ThemeTable(
        anchor, caption, site.area_name, names, rows, sources == {badges.PUBLISHED_BAND}
    )
