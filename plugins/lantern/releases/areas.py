"""The areas of a validated release, computed by today's rules: the working data's and
every tagged release's alike.

The site's pages, each earlier release's pages as they stood, and the figures
compared between releases all come from here, so a figure of an old release is
read, suppressed and computed exactly as today's figures are. Validating a
release and keeping its computed areas between builds is the build's business
(``build.checked``); this module takes a release that has passed validation.
"""

from __future__ import annotations

from dataclasses import replace

from lantern.compute import Settings
from lantern.config.settings import LanternSettings
from lantern.data.area import (
    AreaData,
    check_area_and_groups,
    chosen_areas,
    compute_areas_data,
)
from lantern.data.loading import to_dataset
from lantern.data.problems import LanternError
from lantern.data.validation import Release


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


def load_areas(settings: LanternSettings, release: Release) -> dict[str, AreaData]:
    """The home area, and on a national site every area LANTERN_AREAS names, computed from
    the site's validated data; the home area comes first. LanternError when a setting names
    a measure or theme the data do not have."""
    areas = _areas_of(settings, release)
    check_names_in_data(settings, areas[settings.area])
    if settings.areas is not None and settings.chart_areas is not None:
        # Named wrongly, the areas to chart fail the build before any page is written.
        dataset = areas[settings.area].dataset
        chosen_areas(dataset, settings.chart_areas, settings.area, "LANTERN_CHART_AREAS")
    return areas


def load_area(settings: LanternSettings, release: Release) -> AreaData:
    """The home area alone, computed from the site's validated data."""
    return load_areas(replace(settings, areas=None), release)[settings.area]


def release_area(settings: LanternSettings, release: Release) -> AreaData:
    """The home area computed from an earlier release's validated data, by today's rules:
    what it published and its measure pages as they stood. The settings' measure names are
    not checked against it (a release may predate a measure they name). LanternError naming
    what the release lacks (the area or a comparator group)."""
    return _areas_of(replace(settings, areas=None), release)[settings.area]
