"""Releases on the site: the list of releases, what each changed, feeds and permanent zips.

Every git tag matching ``LANTERN_RELEASE_TAGS`` is a release; a release note in
``content/releases/`` whose ``Release:`` (or slug) names a tag that does not
exist yet is the release being prepared, and its data are the working copy.
Each release's packages are rebuilt from its tag into
``/data/releases/<tag>/`` on every build, so a figure cited from an old
release can always be traced.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import feedgenerator

from .downloads import add_to_zip, published_files
from .formatting import format_value
from .releases import (
    Changes,
    Snapshot,
    compare,
    extract_data,
    release_tags,
    repository_of,
    snapshot,
)
from .site_data import SiteData
from .tables import DataPackage, read_package


@dataclass(frozen=True)
class ChangeLine:
    """One line of "what changed", about one measure."""

    measure_id: str
    title: str
    url: str
    kind: str  # new period, revised, new measure, retired measure
    text: str


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

    @property
    def slug(self) -> str:
        """The tag, safe in a web address."""
        return self.tag.replace("/", "-")


def _text(site: SiteData, measure_id: str, value: str) -> str:
    if measure_id not in site.results:
        return value
    measure = site.result(measure_id).measure
    try:
        return format_value(float(value), measure.unit, measure.decimals)
    except ValueError:
        return value


def change_lines(site: SiteData, changes: Changes, url_format: str) -> list[ChangeLine]:
    """Plain-English lines for a release note, a measure page or a feed."""
    titles = {m: site.result(m).measure.title for m in site.results}

    def line(measure_id: str, kind: str, text: str, title: str | None = None) -> ChangeLine:
        url = url_format.format(slug=measure_id.lower()) if measure_id in titles else ""
        return ChangeLine(measure_id, title or titles.get(measure_id, measure_id), url, kind, text)

    lines = [line(m, "new measure", "New measure.", t) for m, t in changes.new_measures]
    lines += [
        line(
            n.measure_id,
            "new period",
            f"New figure for {n.period}: {_text(site, n.measure_id, n.value)}.",
        )
        for n in changes.new_periods
    ]
    for r in changes.revisions:
        old, new = _text(site, r.measure_id, r.old), _text(site, r.measure_id, r.new)
        note = f" {r.note}" if r.note else ""
        lines.append(
            line(r.measure_id, "revised", f"{r.period} revised from {old} to {new}.{note}")
        )
    lines += [
        line(m, "retired measure", "No longer published.", t) for m, t in changes.retired_measures
    ]
    return lines


def _notes_by_release(articles: list[Any]) -> dict[str, Any]:
    return {str(getattr(a, "release", "") or a.slug): a for a in articles}


class ReleaseHistory:
    """Reads every release once per build; call ``close`` to remove the extracted copies."""

    def __init__(self, site: SiteData, settings: dict[str, Any], articles: list[Any]) -> None:
        self.site = site
        self.settings = settings
        self._temporary = tempfile.TemporaryDirectory(prefix="lantern-releases-")
        data_dir = Path(settings["LANTERN_DATA_PATH"]).resolve()
        # The working data, read once: the release being prepared and "not yet released".
        self.current = snapshot(data_dir, site.area_code)
        self.releases = self._read(data_dir, articles)

    def close(self) -> None:
        """Remove the extracted copies of old releases."""
        self._temporary.cleanup()

    @property
    def latest(self) -> ReleaseView | None:
        """The newest release."""
        return self.releases[-1] if self.releases else None

    def _read(self, data_dir: Path, articles: list[Any]) -> list[ReleaseView]:
        notes = _notes_by_release(articles)
        area = self.site.area_code
        repo = repository_of(data_dir)
        found: list[tuple[str, str, Path, bool]] = []  # tag, date, data folder, current
        if repo is not None:
            relative = data_dir.relative_to(repo.resolve()).as_posix()
            for release_tag in release_tags(repo, str(self.settings["LANTERN_RELEASE_TAGS"])):
                target = Path(self._temporary.name) / release_tag.name.replace("/", "-")
                folder = extract_data(repo, release_tag.name, relative, target)
                if folder is not None and folder.is_dir():
                    found.append((release_tag.name, release_tag.date, folder, False))
        tagged = {name for name, _, _, _ in found}
        for release, note in notes.items():
            if release not in tagged:
                found.append((release, note.date.strftime("%Y-%m-%d"), data_dir, True))
        releases = []
        previous: Snapshot | None = None
        url_format = str(self.settings["LANTERN_MEASURE_URL"])
        for tag, day, folder, current in found:
            now = self.current if current else snapshot(folder, area)
            packages = self.site.dataset.packages if current else _packages(folder)
            changes = compare(previous, now)
            note = notes.get(tag)
            view = ReleaseView(
                tag=tag,
                date=note.date.strftime("%Y-%m-%d") if note else day,
                title=str(note.title) if note else f"Release {tag}",
                note_url=str(note.url) if note else None,
                summary=str(getattr(note, "summary", "") or "") if note else "",
                changes=changes,
                snapshot=now,
                packages=packages,
                current=current,
            )
            view.lines = change_lines(self.site, changes, url_format)
            base = str(self.settings["LANTERN_RELEASE_DATA_URL"]).format(release=view.slug)
            view.zip_url = f"{base}{view.slug}.zip"
            view.package_zips = [(p.name, f"{base}{p.name}/{p.name}.zip") for p in packages]
            releases.append(view)
            previous = now
        return releases

    def pending(self) -> tuple[ReleaseView | None, list[ChangeLine]]:
        """Changes in the working data since the latest release, if any (not yet released)."""
        latest = self.latest
        if latest is None or latest.current:
            return latest, []
        changes = compare(latest.snapshot, self.current)
        return latest, change_lines(self.site, changes, str(self.settings["LANTERN_MEASURE_URL"]))


def _packages(folder: Path) -> list[DataPackage]:
    packages = []
    for descriptor in sorted(folder.glob("*/datapackage.json")):
        package, _ = read_package(descriptor.parent, descriptor.parent.name)
        if package is not None:
            packages.append(package)
    return packages


def write_release_data(release: ReleaseView, output: Path, base: str, threshold: int) -> None:
    """Each package of a release (files and zip) and one zip of the whole release."""
    folder = output / base
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / f"{release.slug}.zip", "w", zipfile.ZIP_DEFLATED) as whole:
        for package in release.packages:
            files = published_files(package, threshold)
            target = folder / package.name
            target.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(
                target / f"{package.name}.zip", "w", zipfile.ZIP_DEFLATED
            ) as single:
                for name, content in files.items():
                    (target / name).parent.mkdir(parents=True, exist_ok=True)
                    (target / name).write_bytes(content)
                    add_to_zip(single, f"{package.name}/{name}", content)
                    add_to_zip(whole, f"{release.slug}/{package.name}/{name}", content)


def _feed_date(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=9)


def write_feed(
    path: Path, title: str, link: str, feed_url: str, entries: list[tuple[str, str, str, str]]
) -> None:
    """An Atom feed; entries are (title, link, date, text), newest first."""
    feed = feedgenerator.Atom1Feed(
        title=title, link=link, description=title, feed_url=feed_url, language="en-GB"
    )
    for entry_title, entry_link, day, text in entries:
        feed.add_item(
            title=entry_title,
            link=entry_link,
            description=text,
            pubdate=_feed_date(day),
            unique_id=entry_link,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        feed.write(handle, "utf-8")
