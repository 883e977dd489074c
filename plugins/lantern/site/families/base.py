"""What a page family is: the pages it owns, what each needs, and the files it writes.

Every kind of page or file Lantern adds to a site (measure pages, area pages,
national tables, lists, pages as they stood, redirects, downloads, feeds,
chart files, the sitemap) is one ``Family``, listed once in
``families.FAMILIES``. The generator asks each for its pages and hands them to
the writer, which alone decides whether this build (or shard) writes a page
(``site.writer``), so a family never asks which shard it is in. What a page
needs is worked out only when it is written, so a shard does no work for
another shard's pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import jinja2

from lantern.present.gate import Gate
from lantern.present.views import MeasureView
from lantern.site.context import Site
from lantern.site.downloads import Disclosure
from lantern.site.national_maps import NationalMaps


@dataclass(frozen=True)
class Page:
    """One page a family makes: its file, its address, its template and what the template
    needs (worked out when the page is written)."""

    save_as: str
    url: str
    template: str
    values: Callable[[], Mapping[str, Any]] = dict
    # In the sitemap (a redirect or the chart explorer is not a page worth listing).
    listed: bool = True
    # One step of the family's progress line (an area's page, on a national site).
    step: bool = False
    # The page's head names its own address (``page_path``: its link-preview address).
    own_address: bool = True


@dataclass(frozen=True)
class Shared:
    """What every family shares, made once per build by the generator."""

    # The home area's measures, in the order of measures.csv.
    measures: list[MeasureView]
    gate: Gate
    # What disclosure control needs of the site's own release, worked out once for its
    # open data and its release's data (``downloads.release_disclosure``).
    disclosure: Disclosure
    # Pelican's template environment (a family that draws from a template: the cards).
    templates: jinja2.Environment
    # Each measure's table of every area, on a national site whose areas can be compared.
    national: Mapping[str, str]
    # Each measure's rows of every area and its hex maps, worked out once per build.
    maps: NationalMaps


class Family:
    """A kind of page or file. Subclasses override ``pages`` and ``write_files``."""

    # The stage of the build's closing summary its time counts under.
    stage: ClassVar[str] = "downloads, feeds and releases"
    # The progress line's label for its steps ("Areas"), or "" for none.
    progress: ClassVar[str] = ""

    def __init__(self, site: Site, shared: Shared) -> None:
        self.site, self.shared = site, shared

    def pages(self) -> Iterable[Page]:
        """Every page of the family on the whole site (the writer keeps this build's)."""
        return ()

    def write_files(self, output: Path) -> None:
        """The files that are not pages (downloads, feeds), the same in every shard."""
