"""Lantern's Pelican plugin: registration, and what happens when Pelican starts.

``register`` only connects module-level receivers to Pelican's signals
(receivers defined inside it would be garbage-collected).
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from lantern.embeds.markdown import EmbedExtension
from lantern.present.charts.svg import use_cache_folder
from lantern.site.generator import LanternGenerator
from lantern.site.loaded import LOADED, load_site
from lantern.site.reader import SourceAwareMarkdownReader
from lantern.site.settings import add_pages


def initialize(pelican: Any) -> None:
    """Read the settings, load and compute the data, and add the Markdown extension.

    The data are loaded here, before any content is read, because narrative
    pages embed computed figures.
    """
    settings = pelican.settings
    # Data text (titles, names, notes) is escaped wherever a template prints it.
    settings["JINJA_ENVIRONMENT"] = {**settings.get("JINJA_ENVIRONMENT", {}), "autoescape": True}
    add_pages(settings)
    loaded = load_site(settings)
    settings[LOADED] = loaded
    use_cache_folder(loaded.settings.cache_path)
    markdown = settings.setdefault("MARKDOWN", {})
    extensions = markdown.setdefault("extensions", [])
    extensions.append(EmbedExtension(lambda: settings[LOADED].embeds))


def add_reader(readers: Any) -> None:
    """Read Markdown with a reader that tells error messages which file is being read."""
    for extension in SourceAwareMarkdownReader.file_extensions:
        readers.reader_classes[extension] = SourceAwareMarkdownReader


def get_generators(pelican: Any) -> type[LanternGenerator]:
    """Add Lantern's pages to the generators Pelican runs."""
    return LanternGenerator


def register() -> None:
    """Connect Lantern to Pelican's signals."""
    signals.initialized.connect(initialize)
    signals.readers_init.connect(add_reader)
    signals.get_generators.connect(get_generators)
