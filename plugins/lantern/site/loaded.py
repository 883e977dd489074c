"""One build's state: the typed settings, the URL builder, the computed area, the embeds.

Made once per build on Pelican's ``initialized`` signal and kept in Pelican's
settings under ``LOADED``, so the generator and the Markdown extension share it.
When ``lantern build`` has already checked the release, the checked release
(validated, or computed by an earlier build: ``kept_areas``) is handed over
under ``VALIDATED`` and not read a second time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2

from lantern.build.build_time import build_time
from lantern.build.kept_areas import keep_areas, read_kept_areas, release_key
from lantern.build.shards import SHARD, WHOLE, ShardPlan, plan_for
from lantern.compute import Settings
from lantern.compute.ranks import RANK_MEANING
from lantern.config.settings import LanternSettings, read_settings
from lantern.config.urls import Urls, slug
from lantern.data.area import (
    AreaData,
    check_area_and_groups,
    chosen_areas,
    compute_areas_data,
)
from lantern.data.loading import to_dataset
from lantern.data.problems import LanternError
from lantern.data.validation import Release, validate_release
from lantern.embeds.context import EmbedContext
from lantern.releases.history import ReleaseHistory
from lantern.site.updates import UPDATES, UpdateView
from lantern.vocab.periods import in_words, machine_date

LOADED = "_LANTERN_LOADED"
VALIDATED = "_LANTERN_VALIDATED"
SETTINGS = "_LANTERN_SETTINGS"

# What every template may use, on Lantern's pages and inside embeds alike: a period or
# date in words and its machine form (``m.when``), and what a rank means.
TEMPLATE_FILTERS = {"in_words": in_words, "machine_date": machine_date}
TEMPLATE_GLOBALS = {"RANK_MEANING": RANK_MEANING}


@dataclass
class LoadedSite:
    """Everything Lantern reads once per build."""

    settings: LanternSettings
    urls: Urls
    area: AreaData
    embeds: EmbedContext
    # Read once the release notes are read, before the pages (``plugin.read_releases``).
    history: ReleaseHistory | None = None
    # The updates (content/updates/), newest first, read with the release notes.
    updates: list[UpdateView] = field(default_factory=list)
    # Every area of a national site (LANTERN_AREAS), the home area first; empty otherwise.
    areas: dict[str, AreaData] = field(default_factory=dict)
    # When the site was built (SOURCE_DATE_EPOCH when set): pages and sitemap agree on it.
    built_at: datetime = field(default_factory=build_time)
    # The pages this build writes: all of them, or one shard's (``lantern build --shard``).
    shard: ShardPlan = field(default_factory=ShardPlan)
    # A hash of the data, the settings and Lantern's code (``CheckedRelease.key``).
    release_key: str = ""


def writable_cache(folder: Path | None) -> Path | None:
    """The chart cache folder, made if needed; LanternError if it cannot be written."""
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".lantern-write-test-{os.getpid()}"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as error:
        raise LanternError(
            [
                f"Setting LANTERN_CACHE_PATH: {folder} cannot be written to "
                f"({error.strerror or error}); give a folder Lantern may write, or None."
            ]
        ) from None
    return folder


def checked_release(settings: LanternSettings) -> Release:
    """Validate the data folder; LanternError with every problem if it is not valid."""
    release = validate_release(settings.data_path, cache=writable_cache(settings.cache_path))
    if release.problems:
        raise LanternError(release.problems)
    return release


@dataclass(frozen=True)
class CheckedRelease:
    """A release that passed every check: validated now, or computed by an earlier build of
    the very same data and settings (``kept_areas``), whose areas need no computing."""

    release: Release | None
    areas: dict[str, AreaData] | None
    # A hash of the data, the settings and Lantern's code (``kept_areas.release_key``).
    key: str


def check_release(settings: LanternSettings) -> CheckedRelease:
    """Take the computed areas kept for this release, or validate it; LanternError with every
    problem if it is not valid."""
    key = release_key(settings)
    kept = read_kept_areas(settings, key)
    if kept is not None:
        return CheckedRelease(None, kept, key)
    return CheckedRelease(checked_release(settings), None, key)


def computed_areas(settings: LanternSettings, checked: CheckedRelease) -> dict[str, AreaData]:
    """The checked release's areas: the kept ones, or computed now and kept for the next
    build (when there is a cache folder)."""
    if checked.areas is not None:
        return checked.areas
    areas = load_areas(settings, checked.release)
    keep_areas(settings, checked.key, areas)
    return areas


def prepare_release(settings: LanternSettings) -> str:
    """Check and compute the release once and keep it for the builds that follow (the shards
    of one site); what was done, in words."""
    checked = check_release(settings)
    if checked.areas is not None:
        return "The data were checked and computed by an earlier build; nothing to do."
    areas = computed_areas(settings, checked)
    if settings.cache_path is None:
        return "The data are valid. LANTERN_CACHE_PATH is None, so each shard computes them."
    return f"The data are valid; {len(areas)} areas computed and kept for the shards."


def template_cache(folder: Path | None) -> dict[str, Any]:
    """Jinja's compiled templates, kept in the cache folder between builds (Jinja checks
    each against its template's text), so a rebuild does not compile them again."""
    if folder is None:
        return {}
    (folder / "templates").mkdir(parents=True, exist_ok=True)
    return {"bytecode_cache": jinja2.FileSystemBytecodeCache(str(folder / "templates"))}


def theme_environment(
    pelican_settings: Mapping[str, Any], urls: Urls, cache: Path | None = None
) -> jinja2.Environment:
    """A Jinja environment over the theme's templates, for embeds rendered inside Markdown."""
    folders = [str(p) for p in pelican_settings.get("THEME_TEMPLATES_OVERRIDES") or []]
    folders.append(str(Path(pelican_settings["THEME"]) / "templates"))
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        **template_cache(cache),
    )
    environment.globals.update(urls=urls, SITEURL=urls.settings.site_url, **TEMPLATE_GLOBALS)
    environment.filters.update(TEMPLATE_FILTERS)
    return environment


def check_names_in_data(settings: LanternSettings, area: AreaData) -> None:
    """Measure ids and themes named inside dict and list settings exist in the data."""
    measures = area.dataset.measures
    ids = set(measures["measure_id"])
    themes = list(dict.fromkeys(str(t) for t in measures["theme"]))
    problems = [
        f"Setting LANTERN_MEASURE_TOLERANCE names {m!r}, which is not a measure_id in "
        "data/reference/measures.csv."
        for m in settings.measure_tolerance
        if m not in ids
    ]
    problems += [
        f"Setting LANTERN_MEASURE_REDIRECTS sends {old!r} to {new!r}, which is not a "
        "measure_id in data/reference/measures.csv."
        for old, new in settings.measure_redirects.items()
        if new not in ids
    ]
    problems += [
        f"Setting LANTERN_HEADLINE_EXCLUDE_THEMES names {theme!r}, which is not a theme in "
        f"data/reference/measures.csv. Allowed: {', '.join(themes)}."
        for theme in settings.headline_exclude_themes
        if theme not in themes
    ]
    if problems:
        raise LanternError(problems)


def load_areas(settings: LanternSettings, release: Release | None = None) -> dict[str, AreaData]:
    """Compute the home area, and on a national site every area LANTERN_AREAS names, from a
    validated release (validated here if not given); the home area comes first."""
    if release is None or release.folder != settings.data_path:
        release = checked_release(settings)
    areas = _areas_of(settings, release)
    check_names_in_data(settings, areas[settings.area])
    return areas


def _areas_of(settings: LanternSettings, release: Release) -> dict[str, AreaData]:
    """The areas the site shows, computed from ``release`` by today's rules; LanternError
    naming what the release lacks (the home area or a comparator group)."""
    dataset = to_dataset(release)
    check_area_and_groups(dataset, settings.area, settings.comparators)
    codes = [settings.area]
    if settings.areas is not None:
        codes = chosen_areas(dataset, settings.areas, settings.area)
    compute = Settings(
        suppress_below=settings.suppress_below,
        band_method=settings.band_method,
        tolerance=settings.tolerance,
        measure_tolerance=dict(settings.measure_tolerance),
    )
    # One index of the release for every area, the home area first.
    return compute_areas_data(dataset, codes, settings.comparators, compute)


def release_area(settings: LanternSettings, release: Release) -> AreaData:
    """The home area computed from an earlier release's validated data, by today's rules:
    its measure pages as they stood (``published_pages``). LanternError naming what the
    release lacks (the area or a comparator group)."""
    return _areas_of(replace(settings, areas=None), release)[settings.area]


def load_area(settings: LanternSettings, release: Release | None = None) -> AreaData:
    """Compute the home area from a validated release (validated here if not given)."""
    return next(iter(load_areas(replace(settings, areas=None), release).values()))


def load_site(pelican_settings: MutableMapping[str, Any]) -> LoadedSite:
    """Read the settings, take (or make) the validated release and compute the home area
    (and every area of a national site)."""
    settings = pelican_settings.get(SETTINGS) or read_settings(pelican_settings)
    checked: CheckedRelease = pelican_settings.pop(VALIDATED, None) or check_release(settings)
    areas = computed_areas(settings, checked)
    area = areas[settings.area]
    urls = Urls(settings)
    embeds = EmbedContext(
        area,
        theme_environment(pelican_settings, urls, settings.cache_path),
        dated_folder=f"{Path(str(pelican_settings.get('PATH', ''))).name}/{UPDATES}",
    )
    national = areas if settings.areas is not None else {}
    shard = plan_for(
        pelican_settings.get(SHARD, WHOLE), (slug(code) for code in national), urls.areas()
    )
    return LoadedSite(
        settings, urls, area, embeds, areas=national, shard=shard, release_key=checked.key
    )
