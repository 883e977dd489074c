"""One Lantern build inside Pelican: Pelican's settings made ready for it, and Lantern's
receivers connected to Pelican's signals for as long as it runs.

Pelican hands its signals only the object that sent them (a generator, a
piece of content), so the receivers are methods of the run, which holds the
build's context; they are connected when the run starts and disconnected when
it ends, so a second build in the same process (the tests build many) never
hears the first one's.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

from pelican import signals

from lantern.build.checked import template_cache
from lantern.build.content_cache import cache_key, plain_settings, replay, use_content_cache
from lantern.embeds.markdown import EmbedExtension
from lantern.releases.history import ReleaseHistory
from lantern.releases.update_revisions import UpdateRevisions
from lantern.site.addresses import check_addresses
from lantern.site.context import TEMPLATE_FILTERS, TEMPLATE_GLOBALS, Build, Site
from lantern.site.generator import LanternGenerator
from lantern.site.messages import with_messages
from lantern.site.reader import SourceAwareMarkdownReader
from lantern.site.updates import is_update, missing_metadata, place_update, update_views
from lantern.site.writer import SiteWriter


def prepare_pelican(settings: MutableMapping[str, Any], build: Build) -> None:
    """Pelican's settings for this build: escaped templates with Lantern's filters, the
    embeds in Markdown, the reader that names the file being read, the content cache."""
    plain = plain_settings(settings)
    # Data text (titles, names, notes) is escaped wherever a template prints it.
    environment = with_messages({**settings.get("JINJA_ENVIRONMENT", {}), "autoescape": True})
    settings["JINJA_ENVIRONMENT"] = {**environment, **template_cache(build.templates)}
    settings["JINJA_FILTERS"] = {**settings.get("JINJA_FILTERS", {}), **TEMPLATE_FILTERS}
    settings["JINJA_GLOBALS"] = {**settings.get("JINJA_GLOBALS", {}), **TEMPLATE_GLOBALS}
    reader = SourceAwareMarkdownReader.bound(build)
    extensions = SourceAwareMarkdownReader.file_extensions
    settings["READERS"] = {**settings.get("READERS", {}), **dict.fromkeys(extensions, reader)}
    whole = build.shard.shard.whole
    key = cache_key(plain, settings, build.release_key) if whole and build.cache else None
    use_content_cache(settings, build.cache, key)
    markdown = settings.setdefault("MARKDOWN", {})
    markdown.setdefault("extensions", []).append(EmbedExtension(lambda: build.embeds))


class PelicanRun:
    """Pelican run once for ``build``; ``run`` it, and read its ``site`` once the release
    notes are read."""

    def __init__(self, build: Build, settings: MutableMapping[str, Any]) -> None:
        self.build, self.settings = build, settings
        self._site: Site | None = None
        self._receivers: list[tuple[Any, Callable[..., Any]]] = [
            (signals.get_generators, self._generators),
            (signals.get_writer, self._writer),
            (signals.content_object_init, self._content_made),
            (signals.article_generator_finalized, self._releases_read),
            (signals.all_generators_finalized, check_addresses),
        ]

    @property
    def site(self) -> Site:
        """The build with its releases and updates, read with the release notes."""
        if self._site is None:
            raise RuntimeError("the release notes are read before any Lantern page")
        return self._site

    def run(self) -> None:
        """Prepare Pelican's settings, connect the receivers and run Pelican."""
        from pelican import Pelican

        prepare_pelican(self.settings, self.build)
        for signal, receiver in self._receivers:
            signal.connect(receiver, weak=False)
        try:
            Pelican(self.settings).run()
        finally:
            for signal, receiver in self._receivers:
                signal.disconnect(receiver)
            if self._site is not None:
                self._site.history.close()

    def _generators(self, pelican: Any) -> type[LanternGenerator]:
        """Add Lantern's page families to the generators Pelican runs."""
        return LanternGenerator.bound(self)

    def _writer(self, pelican: Any) -> type[SiteWriter]:
        """Pelican's writer, writing this build's pages only (one shard's, or all)."""
        return SiteWriter.bound(self.build)

    def _content_made(self, content: Any) -> None:
        """Each piece of content as Pelican makes it: a page read from Pelican's cache hands
        on its charts' specs again; an update gets its permanent address, or stops the build
        naming what its header lacks."""
        replay(content, self.build.figures)
        if not is_update(content):
            return
        missing = missing_metadata(content)
        if missing:
            self.build.embeds.problems.extend(missing)
            raise ValueError(missing[0])
        place_update(content, self.build.urls)

    def _releases_read(self, articles: Any) -> None:
        """Read every release as soon as the release notes are read, before the pages: a
        figure copied from a page names the release it comes from, and the pages' embeds
        are filled as the pages are read."""
        build, every = self.build, list(articles.articles)
        history = ReleaseHistory(
            build.area,
            build.settings,
            build.urls,
            [a for a in every if not is_update(a)],
            Path(articles.output_path).parent,
        )
        build.embeds.release = history.latest.tag if history.latest else None
        revisions = UpdateRevisions(build.area, build.urls, history)
        self._site = Site(build, history, update_views(every, revisions))
