"""Lantern's ``indicators`` plugin for Pelican.

The data flows ``load → compute → render → generate``; this module only
connects module-level receivers to Pelican's signals (receivers defined inside
``register`` would be garbage-collected).
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from .charts.svg import use_cache_folder
from .generator import MeasurePagesGenerator
from .markdown_ext import EmbedExtension, SourceAwareMarkdownReader
from .settings import SITE_DATA, apply_defaults, cache_path
from .site_data import load_site_data


def initialize(pelican: Any) -> None:
    """Fill in defaults, load and compute the data, and add the Markdown extension.

    The data are loaded here, before any content is read, because narrative
    pages embed computed figures.
    """
    settings = pelican.settings
    apply_defaults(settings)
    # Data text (titles, names, notes) is escaped wherever a template prints it.
    settings["JINJA_ENVIRONMENT"] = {**settings.get("JINJA_ENVIRONMENT", {}), "autoescape": True}
    settings[SITE_DATA] = load_site_data(settings)
    use_cache_folder(cache_path(settings))
    markdown = settings.setdefault("MARKDOWN", {})
    extensions = markdown.setdefault("extensions", [])
    extensions.append(EmbedExtension(lambda: settings[SITE_DATA]))


def add_reader(readers: Any) -> None:
    """Read Markdown with a reader that tells error messages which file is being read."""
    for extension in SourceAwareMarkdownReader.file_extensions:
        readers.reader_classes[extension] = SourceAwareMarkdownReader


def get_generators(pelican: Any) -> type[MeasurePagesGenerator]:
    """Add the measure pages to the generators Pelican runs."""
    return MeasurePagesGenerator


def register() -> None:
    """Pelican's entry point for the plugin."""
    signals.initialized.connect(initialize)
    signals.readers_init.connect(add_reader)
    signals.get_generators.connect(get_generators)
