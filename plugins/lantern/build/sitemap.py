"""The sitemap: every published page's address and when it last changed.

Pages are noted as Pelican's writer writes them (``site.writer``) and the file is
written once all are written. Old codes' redirects, drafts and hidden pages
are left out. A page's date is its own (an article's ``Modified:`` or
``Date:``), else the build's time, so two builds of the same release at the
same ``SOURCE_DATE_EPOCH`` write the same file. ``lantern merge`` reads each
shard's sitemap and writes the whole site's with the same function, in the
same order, so a merged site's sitemap is the one a single build writes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lantern.data.problems import LanternError

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
SITEMAP = "sitemap.xml"


@dataclass(frozen=True, order=True)
class SitemapEntry:
    """One page: its address (absolute on a published site) and the day it last changed."""

    loc: str
    lastmod: str


def entry_for(
    path: str, context: dict[str, Any], output: str, site_url: str, when: datetime
) -> SitemapEntry | None:
    """The entry for the page Pelican wrote at ``path``, or None when it is not listed."""
    page = context.get("article") or context.get("page")
    if getattr(page, "private", "") == "True" or getattr(page, "status", "published") != (
        "published"
    ):
        return None
    url = getattr(page, "url", None)
    if url is None:
        url = Path(path).relative_to(output).as_posix()
    url = re.sub(r"(?:^|(?<=/))index\.html$", "", url)
    changed = getattr(page, "modified", None) or getattr(page, "date", None) or when
    day: date = changed.date() if isinstance(changed, datetime) else changed
    return SitemapEntry(f"{site_url}/{url}", day.isoformat())


@dataclass
class SitemapPages:
    """The pages one build has written so far, and where and when it is building."""

    output: str
    site_url: str
    when: datetime
    entries: set[SitemapEntry] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.site_url = self.site_url.rstrip("/")

    def note(self, path: str, context: dict[str, Any]) -> None:
        """A page as Pelican's writer wrote it: listed unless it is hidden."""
        entry = entry_for(path, context, self.output, self.site_url, self.when)
        if entry is not None:
            self.entries.add(entry)

    def write(self) -> None:
        """Write ``sitemap.xml`` into the output folder."""
        (Path(self.output) / SITEMAP).write_text(sitemap_xml(self.entries), encoding="utf-8")


def sitemap_xml(entries: set[SitemapEntry]) -> str:
    """The sitemap's text, entries in order of address."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<urlset xmlns="{NAMESPACE}">']
    lines += [
        f"<url><loc>{escape(e.loc)}</loc><lastmod>{e.lastmod}</lastmod></url>"
        for e in sorted(entries)
    ]
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def read_sitemap(path: Path) -> set[SitemapEntry]:
    """The entries of a sitemap this module wrote (a shard's); LanternError if it has none."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise LanternError([f"{path}: the shard's sitemap cannot be read ({error})."]) from None
    return {
        SitemapEntry(
            url.findtext(f"{{{NAMESPACE}}}loc") or "",
            url.findtext(f"{{{NAMESPACE}}}lastmod") or "",
        )
        for url in root.iter(f"{{{NAMESPACE}}}url")
    }
