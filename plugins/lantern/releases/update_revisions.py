"""What changed since an update was written: the figures it quoted that a later release
revised.

An update to a committee is written against one release: the one its
``Release:`` line names, or else the latest release published by its date.
Its page shows today's figures, so a councillor holding the paper needs to see
which of the figures it quoted are no longer what the committee was told. The
figures an update quoted are noted as its embeds are filled
(``embeds.quoted``); here they are compared between the release it was written
against and the latest data, measure figures through each release's figures (so
with the same words as a release note), stated figures through each release's
``figures`` resource.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from lantern.config.urls import Urls
from lantern.data.area import AreaData
from lantern.data.problems import LanternError
from lantern.data.release_changes import Changes
from lantern.data.tables import DataPackage
from lantern.embeds.quoted import MEASURE, QUOTES, STATED, Quoted
from lantern.present.change_lines import ChangeLine
from lantern.present.gate import Gate
from lantern.present.stated_figures import figure_status, find_figure, stated_figure
from lantern.releases.history import ReleaseHistory, ReleaseLink, ReleaseView, describe
from lantern.vocab.language import _


def release_of(update: Any, releases: list[ReleaseView]) -> ReleaseView | None:
    """The release ``update`` was written against: the one its ``Release:`` line names, or
    the latest dated on or before it (None when it is older than every release).
    LanternError naming the file when it names a release that does not exist."""
    named = str(getattr(update, "release", "") or "").strip()
    if named:
        for view in releases:
            if view.tag == named:
                return view
        known = ", ".join(view.tag for view in releases) or "none yet"
        path = PurePath(update.relative_source_path).as_posix()
        raise LanternError(
            [f"{path}: 'Release: {named}' is not a release of this site. Releases: {known}."]
        )
    day = update.date.strftime("%Y-%m-%d")
    earlier = [view for view in releases if view.date <= day]
    return earlier[-1] if earlier else None


@dataclass(frozen=True)
class _Stated:
    """A stated figure as one release gives it."""

    shown: str  # with its status: "£1.4m (forecast at October 2022)"
    label: str
    note: str


def _stated(packages: list[DataPackage], figure: Quoted, gate: Gate) -> _Stated | None:
    """A stated figure as a release's data give it; None when that release lacks it."""
    try:
        resource, row = find_figure(packages, figure.name, figure.key, gate)
        status = figure_status(row)
    except (KeyError, ValueError):
        return None
    shown = stated_figure(resource, row).text
    return _Stated(
        _("%(figure)s (%(status)s)") % {"figure": shown, "status": status} if status else shown,
        row.get("label") or figure.key,
        (row.get("note") or "").strip(),
    )


def stated_revisions(
    quoted: list[Quoted], then: list[DataPackage], now: list[DataPackage], gate: Gate
) -> list[ChangeLine]:
    """The stated figures in ``quoted`` that differ between two releases' packages."""
    lines = []
    for figure in (q for q in quoted if q.kind == STATED):
        before, after = _stated(then, figure, gate), _stated(now, figure, gate)
        if before is None or after is None or before.shown == after.shown:
            continue
        words = {"before": before.shown, "after": after.shown, "note": after.note}
        if after.note:
            text = _("revised from %(before)s to %(after)s. %(note)s") % words
        else:
            text = _("revised from %(before)s to %(after)s.") % words
        lines.append(ChangeLine("", after.label, "", "revised", text))
    return lines


def measure_revisions(quoted: list[Quoted], changes: Changes) -> Changes:
    """Of ``changes``, only the revisions of the measure figures in ``quoted``."""
    wanted = {(q.name, q.key) for q in quoted if q.kind == MEASURE}
    return Changes(revisions=[r for r in changes.revisions if (r.measure_id, r.period) in wanted])


class UpdateRevisions:
    """For each update, the release it was written against and what has been revised since."""

    def __init__(self, area: AreaData, urls: Urls, history: ReleaseHistory) -> None:
        self.area, self.urls, self.history = area, urls, history

    def __call__(self, update: Any) -> ReleaseLink | None:
        """What ``update`` was written against and what it quoted that has changed since."""
        view = release_of(update, self.history.releases)
        if view is None:
            return None
        url = self.urls.release_note(view.tag, view.note_url)
        revised = (
            [] if view.current else self._revised(list(getattr(update, QUOTES, None) or []), view)
        )
        latest = view is self.history.latest
        return ReleaseLink(view.tag, view.title, view.date, url, revised, latest=latest)

    def _revised(self, quoted: list[Quoted], view: ReleaseView) -> list[ChangeLine]:
        """The figures in ``quoted`` that differ between ``view`` and the latest data."""
        area = self.area
        lines = describe(
            area, measure_revisions(quoted, self.history.changes_since(view)), self.urls
        )
        gate = Gate(area.suppress_below)
        return lines + stated_revisions(quoted, view.packages, area.dataset.packages, gate)
