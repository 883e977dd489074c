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

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from lantern.config.urls import Urls
from lantern.data.problems import LanternError
from lantern.present.gate import Gate
from lantern.present.measure_panel import measure_panel
from lantern.present.views import measure_views
from lantern.releases.history import (
    FIGURE_CHANGES,
    ChangeLine,
    ReleaseHistory,
    ReleaseLink,
    ReleaseView,
    change_lines,
)
from lantern.site.loaded import LoadedSite, release_area


def _figure_changes(lines: list[ChangeLine], measure_id: str) -> list[ChangeLine]:
    return [x for x in lines if x.measure_id == measure_id and x.kind in FIGURE_CHANGES]


class MeasureHistory:
    """Each measure's releases and changes since, from the releases read once per build."""

    def __init__(self, loaded: LoadedSite, history: ReleaseHistory) -> None:
        self.loaded, self.history = loaded, history
        # The measures each release gave the home area a figure for.
        self._with_figures = {
            view.tag: {measure_id for measure_id, _ in view.snapshot.values}
            for view in history.releases
        }
        # An earlier release against the latest data, compared once for every measure.
        self._since = {
            view.tag: change_lines(loaded.area, history.changes_since(view), loaded.urls)
            for view in history.releases
            if not view.current
        }

    def _link(self, view: ReleaseView, measure_id: str, lines: list[ChangeLine]) -> ReleaseLink:
        """``view`` linking to the measure's page as it then stood (the live page for the
        working data)."""
        urls = self.loaded.urls
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


Write = Callable[..., Any]


def write_published_pages(
    loaded: LoadedSite, history: ReleaseHistory, write: Write, template: Any, context: Any
) -> None:
    """``releases/<tag>/measures/<id>/`` for every tagged release and each of its measures:
    the figures, comparisons and values table as that release's data give them (no charts:
    the page is the record of the figures, and the live page has the charts)."""
    urls = loaded.urls
    for view in history.releases:
        owned = [
            m
            for m in view.snapshot.measures
            if loaded.shard.owns(urls.save_as(urls.release_measure(view.tag, m)))
        ]
        if view.release is None or not owned:
            continue
        try:
            area = release_area(loaded.settings, view.release)
        except LanternError as error:
            raise LanternError([f"Release {view.tag}: {p}" for p in error.problems]) from None
        measures = measure_views(
            Gate(area.suppress_below),
            area.dataset,
            area.area_code,
            area.results,
            partial(_address, urls, view.tag),
        )
        for measure in (m for m in measures if m.measure_id in owned):
            code = measure.measure_id
            write(
                measure.save_as,
                template,
                context,
                url=measure.url,
                page_path=measure.url,
                measure=measure,
                area_name=area.area_name,
                panel=measure_panel(area, code, charts=False),
                quotes=None,
                release=view,
                release_changes=[x for x in view.lines if x.measure_id == code],
                live_url=urls.measure(code) if code in loaded.area.results else None,
            )


def _address(urls: Urls, tag: str, measure_id: str) -> tuple[str, str]:
    """A measure's page in release ``tag``: its address and its file."""
    url = urls.release_measure(tag, measure_id)
    return url, urls.save_as(url)
