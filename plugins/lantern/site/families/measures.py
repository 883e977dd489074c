"""A page per measure (``/measures/<id>/``), and a redirect at each old code's address."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property, partial
from pathlib import Path
from typing import Any

from lantern.data.problems import LanternError
from lantern.present.charts.figure import MisleadingChart
from lantern.present.code_notes import code_notes
from lantern.present.measure_panel import measure_panel
from lantern.present.national_map import MapView
from lantern.present.views import MeasureView
from lantern.releases.measure_history import MeasureHistory
from lantern.site.cards import MeasureFigures
from lantern.site.families.base import Family, Page
from lantern.site.redirects import measure_redirects


class MeasurePages(Family):
    """Every measure's page: its figures, comparisons and charts, quotes and preview card,
    notes on codes, and what each release changed."""

    stage = "measure pages"

    @cached_property
    def _figures(self) -> MeasureFigures:
        latest = self.site.history.latest
        output = Path(self.site.build.sitemap.output)
        return MeasureFigures(
            self.site, latest.tag if latest else None, output, self.shared.templates
        )

    @cached_property
    def _published(self) -> MeasureHistory:
        return MeasureHistory(self.site.area, self.site.urls, self.site.history)

    @cached_property
    def _notes(self) -> dict[str, list[Any]]:
        return code_notes(self.shared.measures, self.site.settings.measure_redirects)

    def pages(self) -> Iterable[Page]:
        for measure in self.shared.measures:
            yield Page(measure.save_as, measure.url, "measure", partial(self._values, measure))

    def _values(self, measure: MeasureView) -> Mapping[str, Any]:
        code, history = measure.measure_id, self.site.history
        try:
            panel = measure_panel(self.site.area, code, self.site.build.figures)
            maps = self._maps(code)
        except MisleadingChart as error:
            raise LanternError([f"Measure {code}: {error}"]) from None
        latest = history.latest
        return {
            "measure": measure,
            "panel": panel,
            "maps": maps,
            **self._figures.for_page(measure, panel),
            "code_notes": self._notes.get(code, []),
            "release_changes": [
                x for x in (latest.lines if latest else []) if x.measure_id == code
            ],
            "pending_changes": [x for x in history.pending if x.measure_id == code],
            "published": self._published.published_in(code),
            "changed_since": self._published.changed_since(code),
        }

    def _maps(self, code: str) -> list[MapView]:
        """Every council on a hex map, when the site has every council to draw."""
        maps = self.shared.maps
        if code not in self.shared.national or not maps.every_council:
            return []
        return maps.maps(code)


class Redirects(Family):
    """A page at each old or renumbered code's address that sends readers on (not in the
    sitemap, which lists the measure itself)."""

    def pages(self) -> Iterable[Page]:
        urls = self.site.urls
        for code, target in measure_redirects(
            self.shared.measures, self.site.settings.measure_redirects
        ):
            yield Page(
                urls.measure_save_as(code),
                urls.measure(code),
                "redirect",
                partial(dict, target=target, code=code),
                listed=False,
            )
