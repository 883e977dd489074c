"""What an embed is filled from: the home area's data, the theme's templates, the problems.

The site layer makes one ``EmbedContext`` per build and hands it to the
Markdown extension, so the embeds never import Pelican or the site layer.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import jinja2

from lantern.data.area import AreaData
from lantern.present.charts.figure_cache import FigureCache
from lantern.present.quote import Source

# The content file being read, for messages (Pelican does not tell extensions).
SOURCE_PATH: contextvars.ContextVar[str] = contextvars.ContextVar("source", default="<text>")


@dataclass
class EmbedContext:
    """The loaded area, the Jinja environment with the theme's macros, and problems found.

    ``problems`` collects ``path:line: message`` for every embed that could not be
    filled: Pelican only logs that a file failed, the build reports these.
    """

    area: AreaData
    templates: jinja2.Environment
    # The build's finished figures and drawings, kept between builds.
    figures: FigureCache = field(default_factory=FigureCache)
    problems: list[str] = field(default_factory=list)
    # The site's latest release, once the release notes are read (a copied figure names it).
    release: str | None = None
    # The folder of dated records (updates), as the reader names files: a figure quoted
    # there names its period, so the record keeps saying what it said when written.
    dated_folder: str = ""

    def reading_dated_page(self) -> bool:
        """Whether the page being read is a dated record (an update to a committee)."""
        folder = PurePosixPath(self.dated_folder)
        return bool(self.dated_folder) and folder in PurePosixPath(SOURCE_PATH.get()).parents

    def measure_link(self, measure_id: str) -> str:
        """The address of a measure's page, from the site's one URL builder."""
        urls: Any = self.templates.globals["urls"]
        return str(urls.absolute(urls.measure(measure_id)))

    def figure_link(self, measure_id: str, period: str) -> str | None:
        """The full address of a period's row on a measure's page (the page itself when the
        home area has no row for the period); None without a site address."""
        urls: Any = self.templates.globals["urls"]
        rows = {p.period for p in self.area.result(measure_id).periods}
        path = urls.measure_period(measure_id, period) if period in rows else None
        found: str | None = urls.public(path or urls.measure(measure_id))
        return found

    def file_link(self, package: str, path: str) -> str | None:
        """The full address of a published data file; None without a site address."""
        urls: Any = self.templates.globals["urls"]
        found: str | None = urls.public(urls.package_file(package, path))
        return found

    def source(self, link: str | None) -> Source:
        """Where a copied figure is published: the site, its latest release and ``link``."""
        urls: Any = self.templates.globals["urls"]
        return Source(str(urls.settings.site_name), self.release, link)
