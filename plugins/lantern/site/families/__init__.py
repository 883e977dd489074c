"""Every page family Lantern adds to a site, in the order they are written.

Adding a kind of page is one class here (``base.Family``: which pages it owns,
what each needs, the files it writes) and one line in ``FAMILIES``
(docs/architecture.md). Charts are drawn as measure pages are written, so the
chart files come after every family that draws; the sitemap lists every page
written, so it comes last.

Narrative pages, release notes and updates are Pelican's own pages, read from
``content/``; an update is placed at its permanent address as Pelican makes it
(``site.updates``).
"""

from __future__ import annotations

from lantern.site.families.as_published import PagesAsTheyStood
from lantern.site.families.base import Family
from lantern.site.families.files import ChartFiles, Feeds, OpenData, ReleaseData, Sitemap
from lantern.site.families.lists import ListPages, NotFoundPage
from lantern.site.families.measures import MeasurePages, Redirects
from lantern.site.families.national import AreaPages, NationalTables

FAMILIES: tuple[type[Family], ...] = (
    MeasurePages,
    AreaPages,
    NationalTables,
    ListPages,
    NotFoundPage,
    Redirects,
    OpenData,
    ReleaseData,
    Feeds,
    PagesAsTheyStood,
    ChartFiles,
    Sitemap,
)
