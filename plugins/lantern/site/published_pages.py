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
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from lantern.data.problems import LanternError
from lantern.present.gate import Gate
from lantern.present.measure_panel import measure_panel
from lantern.present.views import measure_views
from lantern.site.loaded import LoadedSite, release_area
from lantern.site.release_history import Snapshot, compare
from lantern.site.release_pages import (
    FIGURE_CHANGES,
    ChangeLine,
    ReleaseHistory,
    ReleaseView,
    change_lines,
)
from lantern.site.urls import Urls


@dataclass(frozen=True)
class PublishedIn:
    """A release in which a measure's figures changed, and its page as it then stood."""

    tag: str
    title: str
    date: str
    url: str
    latest: bool  # the newest release
    first: bool  # the measure's figures were first published in it
    lines: list[ChangeLine] = field(default_factory=list)


@dataclass(frozen=True)
class ChangedSince:
    """What changed in a measure's figures from an earlier release to the latest data."""

    tag: str
    title: str
    date: str
    url: str  # the page as it stood in that release
    lines: list[ChangeLine] = field(default_factory=list)


def has_figures(snapshot: Snapshot, measure_id: str) -> bool:
    """Whether a release gave the home area any figure for the measure."""
    return any(key[0] == measure_id for key in snapshot.values)


class MeasureHistory:
    """Each measure's releases and changes since, from the releases read once per build."""

    def __init__(self, loaded: LoadedSite, history: ReleaseHistory) -> None:
        self.loaded, self.history = loaded, history
        # An earlier release against the latest data, compared once for every measure.
        self._since = {
            view.tag: change_lines(
                loaded.area, compare(view.snapshot, history.current), loaded.urls
            )
            for view in history.releases
            if not view.current
        }

    def page_url(self, view: ReleaseView, measure_id: str) -> str:
        """The measure's page as it stood in ``view``: the live page for the latest data."""
        urls = self.loaded.urls
        return (
            urls.measure(measure_id) if view.current else urls.release_measure(view.tag, measure_id)
        )

    def published_in(self, measure_id: str) -> list[PublishedIn]:
        """The releases in which the measure's figures were first published or changed."""
        found = []
        for view in self.history.releases:
            lines = [
                x for x in view.lines if x.measure_id == measure_id and x.kind in FIGURE_CHANGES
            ]
            first = view.changes.first and has_figures(view.snapshot, measure_id)
            if lines or first:
                url = self.page_url(view, measure_id)
                latest = view is self.history.latest
                found.append(
                    PublishedIn(view.tag, view.title, view.date, url, latest, first, lines)
                )
        return found

    def changed_since(self, measure_id: str) -> list[ChangedSince]:
        """For every earlier release with figures for the measure: what changed since, newest
        release first."""
        return [
            ChangedSince(
                view.tag,
                view.title,
                view.date,
                self.page_url(view, measure_id),
                [
                    x
                    for x in self._since[view.tag]
                    if x.measure_id == measure_id and x.kind in FIGURE_CHANGES
                ],
            )
            for view in reversed(self.history.releases)
            if not view.current and has_figures(view.snapshot, measure_id)
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
                release=view,
                release_changes=[x for x in view.lines if x.measure_id == code],
                live_url=urls.measure(code) if code in loaded.area.results else None,
            )


def _address(urls: Urls, tag: str, measure_id: str) -> tuple[str, str]:
    """A measure's page in release ``tag``: its address and its file."""
    url = urls.release_measure(tag, measure_id)
    return url, urls.save_as(url)
