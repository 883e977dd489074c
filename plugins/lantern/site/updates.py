"""Regular updates to a committee (a cabinet member's report, a quarterly overview) as
dated posts.

An update is a Markdown file in ``content/updates/`` (``UPDATES``) with a
date, the period it reports on, the portfolio and the committee. It lives at
``/updates/<yyyy-mm>-<slug>/`` for good, so a councillor can link to it in a
debate years later; the updates are listed by year at ``/updates/``, each
links to the one before and after, and an Atom feed announces each new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from pathlib import PurePath
from typing import Any

from pelican.contents import Article

from lantern.config.urls import Urls
from lantern.releases.history import ReleaseLink
from lantern.vocab.language import ngettext
from lantern.vocab.periods import in_words

# The folder of content/ that holds updates.
UPDATES = "updates"
# What every update says about itself, beside its title and date: metadata → label.
REQUIRED = {"period": "Period", "portfolio": "Portfolio", "committee": "Committee"}


def is_update(content: Any) -> bool:
    """Whether a piece of content is an update: an article in ``content/updates/``."""
    relative = getattr(content, "relative_source_path", "") or ""
    return isinstance(content, Article) and PurePath(relative).parts[:1] == (UPDATES,)


def missing_metadata(content: Any) -> list[str]:
    """The metadata an update lacks, each as a line naming its file and how to write it."""
    return [
        f"{content.relative_source_path}: the update has no {label}; add a line "
        f"'{label}: …' to its header."
        for name, label in REQUIRED.items()
        if not str(getattr(content, name, "") or "").strip()
    ]


def place_update(content: Any, urls: Urls) -> None:
    """Give an update its permanent address (``/updates/<yyyy-mm>-<slug>/``) and template."""
    address = urls.update(content.date.strftime("%Y-%m"), content.slug)
    content.override_url = address
    content.override_save_as = f"{address}index.html"
    content.template = "update"
    # Named by its address, so two years' updates of one title are two slugs to Pelican too.
    content.slug = address.rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Neighbour:
    """The update before or after one: its title and address."""

    title: str
    url: str


@dataclass(frozen=True)
class UpdateView:
    """An update as the index and its neighbours show it."""

    title: str
    url: str
    date: str  # yyyy-mm-dd
    period: str
    portfolio: str
    committee: str
    summary: str
    earlier: Neighbour | None = None
    later: Neighbour | None = None
    # The release it was written against, with the figures it quoted revised since.
    written_against: ReleaseLink | None = None

    @property
    def year(self) -> str:
        """The year it was published, for the index's headings."""
        return self.date[:4]

    @property
    def revised_words(self) -> str:
        """ "1 figure it quoted has been revised since <release>", "2 figures … have been"…
        ("" when it was written against no release)."""
        against = self.written_against
        if against is None:
            return ""
        count = len(against.lines)
        return ngettext(
            "%(count)s figure it quoted has been revised since %(release)s",
            "%(count)s figures it quoted have been revised since %(release)s",
            count,
        ) % {"count": count, "release": against.title}


def update_views(
    articles: list[Any], against: Callable[[Any], ReleaseLink | None] = lambda _: None
) -> list[UpdateView]:
    """The updates among ``articles``, newest first, each knowing its neighbours and (from
    ``against``) the release it was written against."""
    oldest_first = sorted((a for a in articles if is_update(a)), key=lambda a: a.date)
    views = []
    for index, article in enumerate(oldest_first):
        before = oldest_first[index - 1] if index else None
        after = oldest_first[index + 1] if index + 1 < len(oldest_first) else None
        views.append(
            UpdateView(
                title=article.title,
                url=article.url,
                date=article.date.strftime("%Y-%m-%d"),
                period=in_words(str(article.period)),
                portfolio=str(article.portfolio),
                committee=str(article.committee),
                # Only a summary written in the header: Pelican's own is the first words of
                # the page, "Copy this figure" blocks and all.
                summary=str(article.metadata.get("summary") or ""),
                earlier=Neighbour(before.title, before.url) if before else None,
                later=Neighbour(after.title, after.url) if after else None,
                written_against=against(article),
            )
        )
    return list(reversed(views))


def by_year(updates: list[UpdateView]) -> list[tuple[str, list[UpdateView]]]:
    """The updates grouped under the year they were published, newest first."""
    return [(year, list(group)) for year, group in groupby(updates, key=lambda u: u.year)]
