"""Atom feeds: one of every release, and one per measure of the releases that changed it.

A councillor who follows a measure hears of a new or revised figure without
checking the site.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

import feedgenerator

from lantern.config.urls import Urls
from lantern.present.views import MeasureView
from lantern.releases.history import ReleaseView
from lantern.site.updates import UpdateView
from lantern.vocab.language import _, active_language

# (title, link, date, text), newest first.
Entry = tuple[str, str, str, str]


def _feed_date(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=9)


def _period_words(period: str) -> str:
    """An update's summary when it has none of its own: the period it reports on."""
    return _("Reporting period: %(period)s.") % {"period": period}


def write_feed(
    path: Path, title: str, link: str, feed_url: str, entries: list[Entry], built_at: datetime
) -> None:
    """An Atom feed; entries are (title, link, date, text), newest first.

    A feed with no entries yet says it was updated when the site was built
    (``build_time``), not at the moment it was written, so builds are repeatable.
    """
    feed = feedgenerator.Atom1Feed(
        title=title,
        link=link,
        description=title,
        feed_url=feed_url,
        language=active_language().tag,
    )
    if not entries:
        feed.latest_post_date = lambda: built_at
    for entry_title, entry_link, day, text in entries:
        feed.add_item(
            title=entry_title,
            link=entry_link,
            # Atom's summary is HTML to a feed reader: escaped, a note stays text.
            description=html.escape(text),
            pubdate=_feed_date(day),
            unique_id=entry_link,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        feed.write(handle, "utf-8")


def write_releases_feed(
    output: Path, urls: Urls, site_name: str, newest: list[ReleaseView], built_at: datetime
) -> None:
    """The feed of every release, each entry its note and what changed."""
    entries = [
        (
            r.title,
            urls.absolute(urls.release_note(r.tag, r.note_url)),
            r.date,
            " ".join(
                _("%(title)s: %(text)s") % {"title": line.title, "text": line.text}
                for line in r.lines
            )
            or r.summary
            or _("First release."),
        )
        for r in newest
    ]
    feed = urls.releases_feed()
    write_feed(
        output / feed,
        _("%(site)s: releases") % {"site": site_name},
        urls.absolute(urls.page("releases")),
        urls.absolute(feed),
        entries,
        built_at,
    )


def write_measure_feeds(
    output: Path,
    urls: Urls,
    measures: list[MeasureView],
    newest: list[ReleaseView],
    built_at: datetime,
) -> None:
    """Each measure's feed, beside its page: the releases that changed it."""
    for measure in measures:
        entries = []
        for release in newest:
            lines = [line for line in release.lines if line.measure_id == measure.measure_id]
            if lines or release.changes.first:
                entries.append(
                    (
                        _("%(measure)s: %(release)s")
                        % {"measure": measure.title, "release": release.title},
                        urls.absolute(measure.url) + f"#{urls.release_anchor(release.tag)}",
                        release.date,
                        " ".join(line.text for line in lines) or _("First published."),
                    )
                )
        feed = urls.measure_feed(measure.measure_id)
        write_feed(
            output / feed,
            _("%(measure)s: updates") % {"measure": measure.title},
            urls.absolute(measure.url),
            urls.absolute(feed),
            entries,
            built_at,
        )


def write_updates_feed(
    output: Path, urls: Urls, site_name: str, newest: list[UpdateView], built_at: datetime
) -> None:
    """The feed of every update to a committee, each entry its summary and period; none on a
    site with no updates (nor a link to one)."""
    if not newest:
        return
    entries = [
        (
            u.title,
            urls.absolute(u.url),
            u.date,
            u.summary or _period_words(u.period),
        )
        for u in newest
    ]
    feed = urls.updates_feed()
    write_feed(
        output / feed,
        _("%(site)s: updates") % {"site": site_name},
        urls.absolute(urls.page("updates")),
        urls.absolute(feed),
        entries,
        built_at,
    )
