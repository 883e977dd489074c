"""Lantern's lists: the scorecard, the list of measures, open data, releases, updates and the
search page, each a template over what every page shares.

Each is at ``/<name>/`` unless moved with Pelican's own settings for a page
(``SCORECARD_URL``, ``SCORECARD_SAVE_AS``; ``config.settings.LIST_PAGES``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import partial

from lantern.config.settings import LIST_PAGES
from lantern.config.urls import NOT_FOUND_PAGE
from lantern.site.families.base import Family, Page


class ListPages(Family):
    """One page per list, laid out by the template of the same name."""

    stage = "lists"

    def pages(self) -> Iterable[Page]:
        settings = self.site.settings
        for name in LIST_PAGES:
            save_as = settings.page_save_as[name]
            values = {"blog": True, "page_name": os.path.splitext(save_as)[0]}
            # A list's head has never named its own address (Pelican's direct templates).
            yield Page(
                save_as, settings.page_urls[name], name, partial(dict, values), own_address=False
            )


class NotFoundPage(Family):
    """The site's own page for an address it does not have."""

    stage = "lists"

    def pages(self) -> Iterable[Page]:
        yield Page(NOT_FOUND_PAGE, NOT_FOUND_PAGE, "404", listed=False, own_address=False)
