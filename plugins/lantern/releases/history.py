"""Releases on the site: the list of releases, what each changed, and their data.

Every git tag matching ``LANTERN_RELEASE_TAGS`` is a release; a release note in
``content/releases/`` whose ``Release:`` (or slug) names a tag that does not
exist yet is the release being prepared, and its data are the working copy.
Each release's packages are rebuilt from its tag into
``/data/releases/<tag>/`` on every build, so a figure cited from an old
release can always be traced.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lantern.config.settings import LanternSettings
from lantern.config.urls import Urls, release_slug
from lantern.data.area import AreaData
from lantern.data.problems import LanternError, Problem
from lantern.data.release_changes import Changes
from lantern.data.tables import DataPackage
from lantern.data.validation import Release, validate_release
from lantern.present.change_lines import ChangeLine, change_lines
from lantern.present.gate import Gate
from lantern.releases.areas import release_area
from lantern.releases.figures import ReleaseFigures, compare, release_figures
from lantern.releases.git import (
    GitMissing,
    ReleaseUnreadable,
    extract_data,
    release_tags,
    repository_of,
)
from lantern.vocab.language import _

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReleaseLink:
    """A release as one page links to it, with the changes that matter to that page: a
    measure's in that release (or since it), or the figures an update quoted that have been
    revised since."""

    tag: str
    title: str
    date: str
    url: str
    lines: list[ChangeLine] = field(default_factory=list)
    latest: bool = False  # the newest release
    first: bool = False  # the measure's figures were first published in it


@dataclass
class ReleaseView:
    """A release as the site shows it."""

    tag: str
    date: str
    title: str
    note_url: str | None
    summary: str
    changes: Changes
    # What the release published about the home area, taken from ``area``.
    figures: ReleaseFigures
    # The home area computed from the release's data by today's rules, once per build (the
    # site's own for the working data): its figures, and for a tag its pages as they stood.
    area: AreaData
    packages: list[DataPackage]
    current: bool
    lines: list[ChangeLine] = field(default_factory=list)
    zip_url: str = ""
    package_zips: list[tuple[str, str]] = field(default_factory=list)
    # A tagged release's data as validated (None for the working data, the site's own).
    release: Release | None = None

    @property
    def slug(self) -> str:
        """The tag, safe in a web address."""
        return release_slug(self.tag)


def describe(area: AreaData, changes: Changes, urls: Urls) -> list[ChangeLine]:
    """``changes`` in words (``present.change_lines``), about the measures of ``area`` (the
    site's home area), each linking to its page."""
    return change_lines(changes, area.results, urls.measure, Gate(area.suppress_below))


# Old releases are unpacked into a folder of this name beside the output.
SCRATCH_PREFIX = ".lantern-releases-"


def _notes_by_release(articles: list[Any]) -> dict[str, Any]:
    return {str(getattr(a, "release", "") or a.slug): a for a in articles}


class ReleaseHistory:
    """Reads every release once per build; call ``close`` to remove the extracted copies."""

    def __init__(
        self,
        site: AreaData,
        settings: LanternSettings,
        urls: Urls,
        articles: list[Any],
        scratch: Path | None = None,
    ) -> None:
        self.site = site
        self.settings = settings
        self.urls = urls
        # Beside the output, not in /tmp, so the next build clears it if this one is killed.
        self._temporary = tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX, dir=scratch)
        # The working data, the site's own computed area: the release being prepared and
        # "not yet released".
        self.current = release_figures(site)
        # What changed from each earlier release to the working data, compared once.
        self._since: dict[str, Changes] = {}
        self.releases = self._read(_notes_by_release(articles))
        self.pending = self._pending()
        latest = self.latest
        newest = latest.lines if latest is not None and latest.current else []
        for line in [*newest, *self.pending]:
            if line.kind == "unusual":
                log.warning("Check %s, %s: %s", line.measure_id, line.title, line.text)

    def close(self) -> None:
        """Remove the extracted copies of old releases."""
        self._temporary.cleanup()

    @property
    def latest(self) -> ReleaseView | None:
        """The newest release."""
        return self.releases[-1] if self.releases else None

    def _tagged(self) -> list[tuple[str, str, Release]]:
        """(tag, date, its validated data) of every release tag, oldest first.

        A tag that cannot be read, or whose data would not pass ``lantern
        validate`` today, stops the build: its archive is permanent, so it is
        never rebuilt from anything else, and never published unchecked.
        """
        data_dir = self.settings.data_path
        try:
            repo = repository_of(data_dir)
        except GitMissing as error:
            raise LanternError(
                [f"git cannot be run ({error}), so the earlier releases cannot be read."]
            ) from None
        if repo is None:
            return []
        relative = data_dir.resolve().relative_to(repo.resolve()).as_posix()
        found, problems = [], []
        for tag in release_tags(repo, self.settings.release_tags):
            target = Path(self._temporary.name) / release_slug(tag.name)
            try:
                folder = extract_data(repo, tag.name, relative, target)
            except ReleaseUnreadable as error:
                problems.append(f"Release {tag.name} cannot be read: {error}.")
                continue
            checked = validate_release(folder)
            problems += [f"Release {tag.name}: {_in_release(p, target)}" for p in checked.problems]
            if not checked.problems:
                found.append((tag.name, tag.date, checked))
        if problems:
            raise LanternError(problems)
        return found

    def _area(self, tag: str, release: Release | None) -> AreaData:
        """The home area of a release, computed once: a tag's from its validated data by
        today's rules; the working data's is the site's own. LanternError naming the tag
        when its data lack the home area or a comparator group."""
        if release is None:
            return self.site
        try:
            return release_area(self.settings, release)
        except LanternError as error:
            raise LanternError([f"Release {tag}: {p}" for p in error.problems]) from None

    def _read(self, notes: dict[str, Any]) -> list[ReleaseView]:
        # A release's packages are the ones its computed area was loaded from (the site's
        # own for the working data): none is read again.
        found: list[tuple[str, str, Release | None]] = list(self._tagged())
        tagged = {tag for tag, *_ in found}
        for release, note in notes.items():
            if release not in tagged:
                found.append((release, note.date.strftime("%Y-%m-%d"), None))
        releases = []
        previous: ReleaseFigures | None = None
        for tag, day, checked in found:
            area = self._area(tag, checked)
            now = self.current if checked is None else release_figures(area)
            packages = area.dataset.packages
            view = ReleaseView(
                tag,
                *_listed(tag, day, notes.get(tag)),
                changes=compare(previous, now),
                figures=now,
                area=area,
                packages=packages,
                current=checked is None,
                zip_url=self.urls.release_zip(tag),
                package_zips=[
                    (p.name, self.urls.release_package_zip(tag, p.name)) for p in packages
                ],
                release=checked,
            )
            view.lines = describe(self.site, view.changes, self.urls)
            releases.append(view)
            previous = now
        return releases

    def _pending(self) -> list[ChangeLine]:
        """Changes in the working data since the latest release, if any (not yet released)."""
        latest = self.latest
        if latest is None or latest.current:
            return []
        return describe(self.site, self.changes_since(latest), self.urls)

    def changes_since(self, view: ReleaseView) -> Changes:
        """What changed from ``view`` to the working data: the pending changes, a measure's
        changes since a release, an update's revised figures (compared once per build)."""
        if view.tag not in self._since:
            self._since[view.tag] = compare(view.figures, self.current)
        return self._since[view.tag]


def _listed(tag: str, day: str, note: Any) -> tuple[str, str, str | None, str]:
    """How a release is listed (its date, title, note's address and summary): titled and
    dated by its note when it has one."""
    if not note:
        return day, _("Release %(tag)s") % {"tag": tag}, None, ""
    summary = str(getattr(note, "summary", "") or "")
    return note.date.strftime("%Y-%m-%d"), str(note.title), str(note.url), summary


def _in_release(problem: Problem, extracted: Path) -> str:
    """A problem of an old release, its file named as in the tag, not the temporary copy."""
    text = str(problem)
    for prefix in (extracted, extracted.resolve()):
        text = text.replace(f"{prefix}/", "")
        with contextlib.suppress(ValueError):
            text = text.replace(f"{prefix.resolve().relative_to(Path.cwd().resolve())}/", "")
    return text
