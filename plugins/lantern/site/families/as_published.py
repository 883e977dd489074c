"""A measure's page as each tagged release published it: ``releases/<tag>/measures/<id>/``.

A councillor holding a committee paper from an earlier release follows the
measure page's "Figures as published" to the page as it stood: the figures,
comparisons and values table as that release's data give them, by today's
rules (no charts: the page is the record of the figures, and the live page has
the charts). Rebuilt on every build from the tag's own data, already
extracted and validated by ``ReleaseHistory``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache, partial
from typing import Any

from lantern.data.area import AreaData
from lantern.present.gate import Gate
from lantern.present.measure_panel import measure_panel
from lantern.present.views import MeasureView, measure_views
from lantern.releases.history import ReleaseView
from lantern.site.families.base import Family, Page


class PagesAsTheyStood(Family):
    """Every measure of every tagged release, as that release published it."""

    def pages(self) -> Iterable[Page]:
        urls = self.site.urls
        for view in self.site.history.releases:
            if view.release is None:
                continue  # the working data: the live pages
            for measure_id in view.figures.measures:
                url = urls.release_measure(view.tag, measure_id)
                yield Page(
                    urls.save_as(url),
                    url,
                    "release_measure",
                    partial(self._values, view, measure_id),
                )

    @lru_cache(maxsize=1)  # noqa: B019 - one build's family: a release's pages come together
    def _release(self, tag: str) -> tuple[AreaData, dict[str, MeasureView]]:
        """The home area as release ``tag``'s data give it, and its measures' views."""
        view = next(v for v in self.site.history.releases if v.tag == tag)
        area, urls = view.area, self.site.urls

        def address(measure_id: str) -> tuple[str, str]:
            url = urls.release_measure(view.tag, measure_id)
            return url, urls.save_as(url)

        views = measure_views(
            Gate(area.suppress_below), area.dataset, area.area_code, area.results, address
        )
        return area, {v.measure_id: v for v in views}

    def _values(self, view: ReleaseView, code: str) -> Mapping[str, Any]:
        area, views = self._release(view.tag)
        return {
            "measure": views[code],
            "area_name": area.area_name,
            "panel": measure_panel(area, code),
            "quotes": None,
            "release": view,
            "release_changes": [x for x in view.lines if x.measure_id == code],
            "live_url": self.site.urls.measure(code) if code in self.site.area.results else None,
        }
