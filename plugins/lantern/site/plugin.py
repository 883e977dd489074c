"""Lantern's Pelican plugin: registration, and what happens when Pelican starts.

``register`` only connects module-level receivers to Pelican's signals
(receivers defined inside it would be garbage-collected).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals

from lantern.build.content_cache import cache_key, plain_settings, replay, use_content_cache
from lantern.build.progress import STAGES
from lantern.build.sitemap import PAGES
from lantern.config.settings import add_pages
from lantern.data.problems import LanternError
from lantern.embeds.markdown import EmbedExtension
from lantern.present.charts.figure_cache import start_build
from lantern.releases.history import ReleaseHistory
from lantern.releases.update_revisions import UpdateRevisions
from lantern.site.generator import LanternGenerator
from lantern.site.loaded import (
    LOADED,
    TEMPLATE_FILTERS,
    TEMPLATE_GLOBALS,
    LoadedSite,
    load_site,
    template_cache,
    writable_cache,
)
from lantern.site.reader import SourceAwareMarkdownReader
from lantern.site.shard_writer import ShardWriter
from lantern.site.updates import is_update, missing_metadata, place_update, update_views


def initialize(pelican: Any) -> None:
    """Read the settings, load and compute the data, and add the Markdown extension.

    The data are loaded here, before any content is read, because narrative
    pages embed computed figures.
    """
    settings = pelican.settings
    plain = plain_settings(settings)
    # Data text (titles, names, notes) is escaped wherever a template prints it.
    settings["JINJA_ENVIRONMENT"] = {**settings.get("JINJA_ENVIRONMENT", {}), "autoescape": True}
    settings["JINJA_FILTERS"] = {**settings.get("JINJA_FILTERS", {}), **TEMPLATE_FILTERS}
    settings["JINJA_GLOBALS"] = {**settings.get("JINJA_GLOBALS", {}), **TEMPLATE_GLOBALS}
    add_pages(settings)
    with STAGES.stage("compute"):
        loaded = load_site(settings)
    settings[LOADED] = loaded
    cache = writable_cache(loaded.settings.cache_path)
    start_build(cache)
    settings["JINJA_ENVIRONMENT"].update(template_cache(cache))
    whole = loaded.shard.shard.whole
    key = cache_key(plain, settings, loaded.release_key) if whole and cache else None
    use_content_cache(settings, cache, key)
    PAGES.start(pelican.output_path, settings["SITEURL"], loaded.built_at)
    markdown = settings.setdefault("MARKDOWN", {})
    extensions = markdown.setdefault("extensions", [])
    extensions.append(EmbedExtension(lambda: settings[LOADED].embeds))


def content_made(content: Any) -> None:
    """Each piece of content as Pelican makes it: a page read from Pelican's cache hands on
    its charts' specs again; an update gets its permanent address, or stops the build
    naming what its header lacks."""
    replay(content)
    if not is_update(content):
        return
    loaded: LoadedSite = content.settings[LOADED]
    missing = missing_metadata(content)
    if missing:
        loaded.embeds.problems.extend(missing)
        raise ValueError(missing[0])
    place_update(content, loaded.urls)


def read_releases(articles: Any) -> None:
    """Read every release as soon as the release notes are read, before the pages.

    A figure copied from a page names the release it comes from, and the
    pages' embeds are filled as the pages are read.
    """
    loaded: LoadedSite = articles.settings[LOADED]
    every = list(articles.articles)
    loaded.history = ReleaseHistory(
        loaded.area,
        loaded.settings,
        loaded.urls,
        [a for a in every if not is_update(a)],
        Path(articles.output_path).parent,
    )
    latest = loaded.history.latest
    loaded.embeds.release = latest.tag if latest else None
    loaded.updates = update_views(every, UpdateRevisions(loaded, loaded.history))


def add_reader(readers: Any) -> None:
    """Read Markdown with a reader that tells error messages which file is being read."""
    for extension in SourceAwareMarkdownReader.file_extensions:
        readers.reader_classes[extension] = SourceAwareMarkdownReader


def check_addresses(generators: list[Any]) -> None:
    """Two pages with one address would overwrite each other: stop and name both files."""
    owners: dict[str, str] = {}
    problems = []
    for generator in generators:
        for kind in ("pages", "hidden_pages", "articles", "drafts"):
            for content in getattr(generator, kind, None) or []:
                address, source = str(content.save_as), _relative(content)
                first = owners.setdefault(address, source)
                if first != source:
                    problems.append(
                        f"{source}: has the same address as {first} (/{address}); "
                        "give one of them another Slug:."
                    )
    if problems:
        raise LanternError(problems)


def _relative(content: Any) -> str:
    path = Path(content.source_path)
    try:
        return str(path.relative_to(Path(content.settings["PATH"]).resolve().parent))
    except ValueError:
        return str(path)


def note_page(path: str, context: dict[str, Any]) -> None:
    """Every page Pelican writes goes in the sitemap, unless it is hidden."""
    PAGES.note(path, context)


def write_sitemap(pelican: Any) -> None:
    """Write the sitemap once every page is written."""
    PAGES.write()


def get_writer(pelican: Any) -> type[ShardWriter]:
    """Pelican's writer, limited to one shard's pages when the build is a shard."""
    return ShardWriter


def get_generators(pelican: Any) -> type[LanternGenerator]:
    """Add Lantern's pages to the generators Pelican runs."""
    return LanternGenerator


def register() -> None:
    """Connect Lantern to Pelican's signals."""
    signals.initialized.connect(initialize)
    signals.content_object_init.connect(content_made)
    signals.readers_init.connect(add_reader)
    signals.article_generator_finalized.connect(read_releases)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(get_writer)
    signals.all_generators_finalized.connect(check_addresses)
    signals.content_written.connect(note_page)
    signals.finalized.connect(write_sitemap)
