"""What a measure page says when its figure leaves the site: quotes and a preview card.

Each measure page gets its "Copy this figure" sentences (``present.quote``),
pinned to the latest release with a link to the period's row, and, when the
site has a web address, a 1200 × 630 PNG card that link previews show
(``present.card``, drawn from the theme's ``card.svg``). A site with no
address writes no card: a preview needs an absolute address to find it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import vl_convert

from lantern.present.card import CardView, measure_card
from lantern.present.measure_panel import MeasurePanel
from lantern.present.quote import MeasureQuotes, Source, measure_quotes
from lantern.present.views import MeasureView
from lantern.site.context import Site

CARD_TEMPLATE = "card.svg"


@dataclass(frozen=True)
class CardLink:
    """A written card as the page's head names it: its address, size and alt text."""

    url: str
    width: int
    height: int
    alt: str


def draw_card(template: jinja2.Template, card: CardView) -> bytes:
    """The card as PNG: the theme's SVG layout, drawn without fetching anything."""
    return bytes(vl_convert.svg_to_png(template.render(card=card), scale=1))


class MeasureFigures:
    """Quotes and cards for every measure page of one build."""

    def __init__(
        self, loaded: Site, release: str | None, output: Path, env: jinja2.Environment
    ) -> None:
        self.loaded = loaded
        self.release = release
        self.output = output
        self.env = env

    def source(self, measure: MeasureView, panel: MeasurePanel) -> Source:
        """The site, the release and the permanent link to the latest period's row."""
        urls = self.loaded.urls
        path = urls.measure(measure.measure_id)
        if panel.latest is not None:
            path = urls.measure_period(measure.measure_id, panel.latest.period)
        return Source(self.loaded.settings.site_name, self.release, urls.public(path))

    def for_page(self, measure: MeasureView, panel: MeasurePanel) -> dict[str, Any]:
        """The page's ``quotes`` and ``card`` (None when the site has no web address)."""
        area = self.loaded.area.area_name
        quotes = measure_quotes(area, measure, panel, self.source(measure, panel))
        return {"quotes": quotes, "card": self.write_card(measure, panel, quotes)}

    def write_card(
        self, measure: MeasureView, panel: MeasurePanel, quotes: MeasureQuotes
    ) -> CardLink | None:
        """Draw the measure's card beside its page; None (and nothing written) without an
        address."""
        urls = self.loaded.urls
        path = urls.measure_card(measure.measure_id)
        address = urls.public(path)
        if address is None:
            return None
        names = (self.loaded.settings.site_name, self.loaded.area.area_name)
        card = measure_card(*names, measure, panel, quotes)
        target = self.output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(draw_card(self.env.get_template(CARD_TEMPLATE), card))
        return CardLink(address, card.width, card.height, card.alt)
