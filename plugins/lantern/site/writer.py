"""Pelican's writer for a Lantern build: the one place that decides which pages this build
writes, and the one place that notes each written page for the sitemap.

A shard (``lantern build --shard K/N``) writes only the pages it owns
(``build.shards.ShardPlan``), Pelican's own pages and Lantern's alike; a whole
build writes them all. A family's page (``families.base.Page``) is worked out
only once the writer knows it is this build's.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar

import jinja2
from pelican.writers import Writer

from lantern.site.context import Build
from lantern.site.families.base import Page


class SiteWriter(Writer):
    """Writes a page only when the build owns its address, and lists it in the sitemap
    unless it is unlisted. ``bound`` gives the class one build's context."""

    build: ClassVar[Build]

    @classmethod
    def bound(cls, build: Build) -> type[SiteWriter]:
        """This writer for ``build`` (Pelican makes its writer from a class)."""
        return type(cls.__name__, (cls,), {"build": build})

    def owns(self, save_as: str) -> bool:
        """Whether this build writes the page saved at ``save_as``."""
        return self.build.shard.owns(save_as)

    def write_file(
        self, name: Any, template: Any, context: Any, *args: Any, listed: bool = True, **kwargs: Any
    ) -> Any:
        """Pelican's ``write_file``, skipped for another shard's page; a written page is
        noted for the sitemap unless ``listed`` is False."""
        if not name or not self.owns(str(name)):
            return None
        written = super().write_file(name, template, context, *args, **kwargs)
        if listed:
            page = {**context, **kwargs}
            self.build.sitemap.note(os.path.join(self.output_path, str(name)), page)
        return written

    def write_page(
        self, page: Page, template: jinja2.Template, context: dict[str, Any], relative: bool
    ) -> bool:
        """Write a family's page if it is this build's (its values worked out only then)."""
        if not self.owns(page.save_as):
            return False
        self.write_file(
            page.save_as,
            template,
            context,
            relative_urls=relative,
            listed=page.listed,
            url=page.url,
            **({"page_path": page.url} if page.own_address else {}),
            **page.values(),
        )
        return True
