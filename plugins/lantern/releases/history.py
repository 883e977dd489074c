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
from lantern.data.tables import DataPackage
from lantern.data.validation import Release, validate_release
from lantern.present.gate import Gate
from lantern.releases.snapshot import (
    Changes,
    GitMissing,
    ReleaseUnreadable,
    Snapshot,
    compare,
    extract_data,
    release_tags,
    repository_of,
    snapshot,
)
from lantern.vocab.periods import in_words

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeLine:
    """One line of "what changed", about one measure."""

    measure_id: str
    title: str
    url: str
    kind: str  # new period, revised, new measure, retired measure, unusual
    text: str


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


# The kinds of line that say a measure's figures changed.
FIGURE_CHANGES = frozenset({"new measure", "new period", "revised"})


@dataclass
class ReleaseView:
    """A release as the site shows it."""

    tag: str
    date: str
    title: str
    note_url: str | None
    summary: str
    changes: Changes
    snapshot: Snapshot
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


def _text(site: AreaData, measure_id: str, value: str) -> str:
    if measure_id not in site.results:
        return value
    measure = site.result(measure_id).measure
    try:
        number = float(value)
    except ValueError:
        return value
    return Gate(site.suppress_below).text(number, measure.unit, measure.decimals)


def change_lines(site: AreaData, changes: Changes, urls: Urls) -> list[ChangeLine]:
    """Plain-English lines for a release note, a measure page or a feed."""
    titles = {m: site.result(m).measure.title for m in site.results}

    def line(measure_id: str, kind: str, text: str, title: str | None = None) -> ChangeLine:
        url = urls.measure(measure_id) if measure_id in titles else ""
        return ChangeLine(measure_id, title or titles.get(measure_id, measure_id), url, kind, text)

    lines = [line(m, "new measure", "New measure.", t) for m, t in changes.new_measures]
    lines += [
        line(
            n.measure_id,
            "new period",
            f"New figure for {in_words(n.period)}: {_text(site, n.measure_id, n.new)}.",
        )
        for n in changes.new_periods
    ]
    for r in changes.revisions:
        old, new = _text(site, r.measure_id, r.old or ""), _text(site, r.measure_id, r.new)
        note = f" {r.note}" if r.note else ""
        revised = f"{in_words(r.period)} revised from {old} to {new}.{note}"
        lines.append(line(r.measure_id, "revised", revised))
    lines += [
        line(m, "retired measure", "No longer published.", t) for m, t in changes.retired_measures
    ]
    lines += [
        line(m, "unusual", f"{in_words(period)}: unusual, {why}; published as supplied.")
        for m, period, why in changes.unusual
    ]
    return lines


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
        # The working data, read once: the release being prepared and "not yet released".
        self.current = snapshot(settings.data_path, site.area_code, site.suppress_below)
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

    def _tagged(self) -> list[tuple[str, str, Path, Release]]:
        """(tag, date, extracted data folder, its validated data) of every release tag, oldest
        first.

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
                found.append((tag.name, tag.date, folder, checked))
        if problems:
            raise LanternError(problems)
        return found

    def _read(self, notes: dict[str, Any]) -> list[ReleaseView]:
        # An old release's packages are the ones its validation read; the working data's
        # are the site's own. Neither is read again.
        found: list[tuple[str, str, Path, Release | None]] = list(self._tagged())
        tagged = {tag for tag, *_ in found}
        for release, note in notes.items():
            if release not in tagged:
                found.append(
                    (release, note.date.strftime("%Y-%m-%d"), self.settings.data_path, None)
                )
        releases = []
        previous: Snapshot | None = None
        for tag, day, folder, checked in found:
            current = checked is None
            packages = self.site.dataset.packages if checked is None else checked.packages
            now = (
                self.current
                if current
                else snapshot(folder, self.site.area_code, self.site.suppress_below)
            )
            for problem in now.problems:
                log.warning("Release %s: %s", tag, problem)
            view = _release_view(tag, day, notes.get(tag), compare(previous, now), now, current)
            view.packages, view.release = packages, checked
            view.lines = change_lines(self.site, view.changes, self.urls)
            view.zip_url = self.urls.release_zip(tag)
            view.package_zips = [
                (p.name, self.urls.release_package_zip(tag, p.name)) for p in packages
            ]
            releases.append(view)
            previous = now
        return releases

    def _pending(self) -> list[ChangeLine]:
        """Changes in the working data since the latest release, if any (not yet released)."""
        latest = self.latest
        if latest is None or latest.current:
            return []
        return change_lines(self.site, self.changes_since(latest), self.urls)

    def changes_since(self, view: ReleaseView) -> Changes:
        """What changed from ``view`` to the working data: the pending changes, a measure's
        changes since a release, an update's revised figures (compared once per build)."""
        if view.tag not in self._since:
            self._since[view.tag] = compare(view.snapshot, self.current)
        return self._since[view.tag]


def _release_view(
    tag: str, day: str, note: Any, changes: Changes, now: Snapshot, current: bool
) -> ReleaseView:
    """A release as listed, titled and dated by its note when it has one."""
    return ReleaseView(
        tag=tag,
        date=note.date.strftime("%Y-%m-%d") if note else day,
        title=str(note.title) if note else f"Release {tag}",
        note_url=str(note.url) if note else None,
        summary=str(getattr(note, "summary", "") or "") if note else "",
        changes=changes,
        snapshot=now,
        packages=[],
        current=current,
    )


def _in_release(problem: Problem, extracted: Path) -> str:
    """A problem of an old release, its file named as in the tag, not the temporary copy."""
    text = str(problem)
    for prefix in (extracted, extracted.resolve()):
        text = text.replace(f"{prefix}/", "")
        with contextlib.suppress(ValueError):
            text = text.replace(f"{prefix.resolve().relative_to(Path.cwd().resolve())}/", "")
    return text
