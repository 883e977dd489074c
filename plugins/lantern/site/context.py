"""One build's context: made once, typed, and handed to every part of the build.

``Build`` is made before Pelican starts, from the checked settings and the
checked release: the computed areas, the addresses, the embeds' context, the
caches, the shard, the build's time and the record of what it has written.
``Site`` adds what can only be known once Pelican has read the release notes
and the updates (the release history); the page families are handed a
``Site``, so nothing they use is missing or filled in later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2

from lantern.build.build_time import build_time
from lantern.build.checked import (
    CheckedRelease,
    computed_areas,
    template_cache,
    templates_folder,
    writable_cache,
)
from lantern.build.progress import Stages
from lantern.build.shards import WHOLE, Shard, ShardPlan, plan_for
from lantern.build.sitemap import SitemapPages
from lantern.compute.ranks import RANK_MEANING
from lantern.config.settings import LanternSettings
from lantern.config.urls import Urls, slug
from lantern.data.area import AreaData
from lantern.embeds.context import EmbedContext
from lantern.present.charts.figure_cache import FigureCache
from lantern.releases.history import ReleaseHistory
from lantern.site.messages import with_messages
from lantern.site.updates import UPDATES, UpdateView
from lantern.vocab.periods import in_words, machine_date

# What every template may use, on Lantern's pages and inside embeds alike: a period or
# date in words and its machine form (``m.when``), and what a rank means.
TEMPLATE_FILTERS = {"in_words": in_words, "machine_date": machine_date}
TEMPLATE_GLOBALS = {"RANK_MEANING": RANK_MEANING}


@dataclass(frozen=True)
class Build:
    """Everything one build reads before Pelican starts, made once (``make_build``)."""

    settings: LanternSettings
    urls: Urls
    # The home area, computed from the checked release.
    area: AreaData
    embeds: EmbedContext
    # Every area of a national site (LANTERN_AREAS), the home area first; empty otherwise.
    national: Mapping[str, AreaData]
    # The pages this build writes: all of them, or one shard's (``lantern build --shard``).
    shard: ShardPlan
    # A hash of the data, the settings and Lantern's code (``CheckedRelease.key``).
    release_key: str
    # Where drawings, figures, pages and the computed release are kept between builds.
    cache: Path | None
    # Where the theme's compiled templates are kept between builds.
    templates: Path | None
    # The build's finished figures and drawings (its counts go in the closing summary).
    figures: FigureCache
    # How long each stage took, for the closing summary.
    stages: Stages
    # Every listed page written so far, for the sitemap.
    sitemap: SitemapPages
    # When the site was built (SOURCE_DATE_EPOCH when set): pages and sitemap agree on it.
    built_at: datetime


@dataclass(frozen=True)
class Site:
    """A build once Pelican has read the release notes and the updates: what the page
    families are made from."""

    build: Build
    history: ReleaseHistory
    # The updates (content/updates/), newest first.
    updates: list[UpdateView] = field(default_factory=list)

    @property
    def settings(self) -> LanternSettings:
        return self.build.settings

    @property
    def urls(self) -> Urls:
        return self.build.urls

    @property
    def area(self) -> AreaData:
        return self.build.area


def theme_environment(
    pelican_settings: Mapping[str, Any], urls: Urls, templates: Path | None = None
) -> jinja2.Environment:
    """A Jinja environment over the theme's templates, for embeds rendered inside Markdown."""
    folders = [str(p) for p in pelican_settings.get("THEME_TEMPLATES_OVERRIDES") or []]
    folders.append(str(Path(pelican_settings["THEME"]) / "templates"))
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        **with_messages(template_cache(templates)),
    )
    environment.globals.update(urls=urls, SITEURL=urls.settings.site_url, **TEMPLATE_GLOBALS)
    environment.filters.update(TEMPLATE_FILTERS)
    return environment


def make_build(
    pelican_settings: Mapping[str, Any],
    settings: LanternSettings,
    checked: CheckedRelease,
    shard: Shard = WHOLE,
    stages: Stages | None = None,
) -> Build:
    """The build's context: the checked release's areas (computed now, or kept by an
    earlier build), the addresses, the embeds' context and the caches."""
    stages = stages or Stages()
    with stages.stage("compute"):
        areas = computed_areas(settings, checked)
    cache = writable_cache(settings.cache_path)
    templates = templates_folder(settings, cache)
    urls = Urls(settings)
    area = areas[settings.area]
    figures = FigureCache(cache)
    embeds = EmbedContext(
        area,
        theme_environment(pelican_settings, urls, templates),
        figures=figures,
        dated_folder=f"{Path(str(pelican_settings.get('PATH', ''))).name}/{UPDATES}",
    )
    national = areas if settings.areas is not None else {}
    plan = plan_for(shard, (slug(code) for code in national), urls.areas())
    built_at = build_time()
    sitemap = SitemapPages(str(pelican_settings["OUTPUT_PATH"]), settings.site_url, built_at)
    return Build(
        settings=settings,
        urls=urls,
        area=area,
        embeds=embeds,
        national=national,
        shard=plan,
        release_key=checked.key,
        cache=cache,
        templates=templates,
        figures=figures,
        stages=stages,
        sitemap=sitemap,
        built_at=built_at,
    )
