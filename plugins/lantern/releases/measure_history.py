"""A measure's figures as each release published them.

A councillor holding a committee paper from an earlier release needs to see
what has been revised since. Every measure page lists the releases in which
its figures changed, each linking to the page as it stood then, and what has
changed since each earlier release. Those pages, at
``releases/<tag>/measures/<id>/``, are rebuilt on every build from the tag's
own data (already extracted and validated by ``ReleaseHistory``), so they stay
at their addresses for as long as the tag exists.
"""

from __future__ import annotations

from dataclasses import replace

from lantern.config.urls import Urls
from lantern.data.area import AreaData
from lantern.present.change_lines import FIGURE_CHANGES, ChangeLine
from lantern.releases.history import ReleaseHistory, ReleaseLink, ReleaseView, describe


def _figure_changes(lines: list[ChangeLine], measure_id: str) -> list[ChangeLine]:
    return [x for x in lines if x.measure_id == measure_id and x.kind in FIGURE_CHANGES]


class MeasureHistory:
    """Each measure's releases and changes since, from the releases read once per build."""

    def __init__(self, area: AreaData, urls: Urls, history: ReleaseHistory) -> None:
        self.area, self.urls, self.history = area, urls, history
        # The measures each release gave the home area a figure for.
        self._with_figures = {
            view.tag: {measure_id for measure_id, _ in view.figures.values}
            for view in history.releases
        }
        # An earlier release against the latest data, compared once for every measure.
        self._since = {
            view.tag: describe(area, history.changes_since(view), urls)
            for view in history.releases
            if not view.current
        }

    def _link(self, view: ReleaseView, measure_id: str, lines: list[ChangeLine]) -> ReleaseLink:
        """``view`` linking to the measure's page as it then stood (the live page for the
        working data)."""
        urls = self.urls
        url = (
            urls.measure(measure_id) if view.current else urls.release_measure(view.tag, measure_id)
        )
        return ReleaseLink(view.tag, view.title, view.date, url, lines)

    def published_in(self, measure_id: str) -> list[ReleaseLink]:
        """The releases in which the measure's figures were first published or changed."""
        found = []
        for view in self.history.releases:
            lines = _figure_changes(view.lines, measure_id)
            first = view.changes.first and measure_id in self._with_figures[view.tag]
            if lines or first:
                link = self._link(view, measure_id, lines)
                found.append(replace(link, latest=view is self.history.latest, first=first))
        return found

    def changed_since(self, measure_id: str) -> list[ReleaseLink]:
        """For every earlier release with figures for the measure: what changed since, newest
        release first."""
        return [
            self._link(view, measure_id, _figure_changes(self._since[view.tag], measure_id))
            for view in reversed(self.history.releases)
            if not view.current and measure_id in self._with_figures[view.tag]
        ]
