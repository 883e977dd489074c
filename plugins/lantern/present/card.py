"""The picture a link preview shows for a measure: its latest figure, large, on a card.

When a councillor pastes a measure's address into a message or a social
site, the preview shows this card. It carries the same words as the page's
headline (from ``quote``), so the figure, its period, its caveats and its
band travel together, and its alt text says all of it for people who cannot
see the picture. The theme's ``card.svg`` lays it out; the site layer turns
it into a PNG, which every social site can show.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from lantern.present.measure_panel import MeasurePanel
from lantern.present.palette import HOME, TEXT
from lantern.present.quote import MeasureQuotes, figure_words, period_words
from lantern.present.views import MeasureView
from lantern.vocab.language import _

# The size social sites ask for a large preview picture (1.91:1).
CARD_WIDTH = 1200
CARD_HEIGHT = 630
# Room for text across the card, and how wide a character is for its size (roughly).
TEXT_WIDTH = 1080
CHARACTER_WIDTH = 0.6
TITLE_CHARACTERS = 42
TITLE_LINES = 3
LARGEST_FIGURE = 120


@dataclass(frozen=True)
class CardView:
    """What the card shows, line by line, and its alt text."""

    site_name: str
    title_lines: list[str]
    area_name: str
    figure: str
    figure_size: int
    when: str
    band: str
    alt: str
    width: int = CARD_WIDTH
    height: int = CARD_HEIGHT
    colour: str = HOME
    text_colour: str = TEXT


def title_lines(title: str) -> list[str]:
    """The title in lines that fit the card, the last cut short with "…" if it must be."""
    lines = textwrap.wrap(title, TITLE_CHARACTERS)
    if len(lines) <= TITLE_LINES:
        return lines
    kept = lines[:TITLE_LINES]
    rest = f"{kept[-1]} {lines[TITLE_LINES]}"
    kept[-1] = textwrap.shorten(rest, TITLE_CHARACTERS, placeholder="…")
    return kept


def figure_size(text: str) -> int:
    """The largest font size at which the figure fits across the card."""
    return min(LARGEST_FIGURE, int(TEXT_WIDTH / (CHARACTER_WIDTH * max(len(text), 1))))


def measure_card(
    site_name: str, area_name: str, measure: MeasureView, panel: MeasurePanel, quotes: MeasureQuotes
) -> CardView:
    """A measure's card from its page's view objects and quotes."""
    lines = title_lines(measure.title)
    if panel.latest is None or quotes.headline is None:
        words = _("There is no figure for %(area)s yet.") % {"area": area_name}
        return CardView(site_name, lines, area_name, "", 0, words, "", f"{measure.title}: {words}")
    shown = figure_words(panel.value)
    return CardView(
        site_name=site_name,
        title_lines=lines,
        area_name=area_name,
        figure=shown,
        figure_size=figure_size(shown),
        when=period_words(panel.value, panel.latest.period),
        band=quotes.search_band,
        alt=quotes.headline.statement,
    )
