"""Lantern's settings: their defaults in one place and their checks in one function.

Every setting is prefixed ``LANTERN_`` and may be set in ``pelicanconf.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

from .problems import LanternError

DEFAULTS: dict[str, Any] = {
    # Folder holding the data packages, relative to the settings file's folder.
    "LANTERN_DATA_PATH": "data",
    # Rendered charts are kept here between builds (relative to the settings file's folder).
    "LANTERN_CACHE_PATH": "cache",
    # The area the site reports on (an area_code of data/reference/areas.csv).
    "LANTERN_AREA": None,
    # Comparator groups to show, in order (group_ids of data/reference/groups.csv).
    "LANTERN_COMPARATORS": [],
    # Themes left out of the home page's headline scorecard (still in the full scorecard).
    "LANTERN_HEADLINE_EXCLUDE_THEMES": [],
    # Counts below this are suppressed as [c], with every value derived from them.
    "LANTERN_SUPPRESS_BELOW": 5,
    # How a value on a quartile cut-point is banded: see docs/methodology.md.
    "LANTERN_BAND_METHOD": "inclusive-better",
    # A change no bigger than this (in the measure's unit) counts as "no change".
    "LANTERN_TOLERANCE": 0.0,
    # Per-measure overrides of the tolerance: {"2A1": 0.5}.
    "LANTERN_MEASURE_TOLERANCE": {},
    # Where measure pages go. {slug} is the measure_id in lower case.
    "LANTERN_MEASURE_URL": "measures/{slug}/",
    "LANTERN_MEASURE_SAVE_AS": "measures/{slug}/index.html",
    "LANTERN_MEASURES_INDEX_URL": "measures/",
    "LANTERN_MEASURES_INDEX_SAVE_AS": "measures/index.html",
    "LANTERN_SCORECARD_URL": "scorecard/",
    "LANTERN_SCORECARD_SAVE_AS": "scorecard/index.html",
    "LANTERN_OPEN_DATA_URL": "open-data/",
    "LANTERN_OPEN_DATA_SAVE_AS": "open-data/index.html",
    # Where each data package's files are published; {package} is its name.
    "LANTERN_DATA_URL": "data/{package}/",
    # Releases: git tags matching this glob; their data at LANTERN_RELEASE_DATA_URL.
    "LANTERN_RELEASE_TAGS": "*",
    "LANTERN_RELEASE_DATA_URL": "data/releases/{release}/",
    "LANTERN_RELEASES_URL": "releases/",
    "LANTERN_RELEASES_SAVE_AS": "releases/index.html",
    "LANTERN_RELEASES_FEED": "feeds/releases.atom.xml",
    # Each measure's feed, beside its page.
    "LANTERN_MEASURE_FEED": "updates.atom.xml",
    # Old measure codes that now have another code: {"2B": "2A1"} (renumbered_as is automatic).
    "LANTERN_MEASURE_REDIRECTS": {},
    "LANTERN_SEARCH_URL": "search/",
    "LANTERN_SEARCH_SAVE_AS": "search/index.html",
}

# Where the loaded release is kept for the build (not a user setting).
SITE_DATA = "_LANTERN_SITE_DATA"

BAND_METHODS = ("inclusive-better", "fingertips-legacy")


def apply_defaults(settings: MutableMapping[str, Any]) -> None:
    """Fill in every LANTERN_ setting the site did not set."""
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)


def data_path(settings: Mapping[str, Any]) -> Path:
    """The data folder, resolved against the folder Pelican treats as the site root."""
    configured = Path(settings["LANTERN_DATA_PATH"])
    if configured.is_absolute():
        return configured
    root = Path(settings.get("PATH", ".")).resolve().parent
    return root / configured


def cache_path(settings: Mapping[str, Any]) -> Path | None:
    """The chart cache folder, or None when LANTERN_CACHE_PATH is empty."""
    configured = settings.get("LANTERN_CACHE_PATH")
    if not configured:
        return None
    path = Path(configured)
    return path if path.is_absolute() else Path(settings.get("PATH", ".")).resolve().parent / path


def check_settings(settings: Mapping[str, Any]) -> None:
    """Raise LanternError naming each bad key, its value and what is allowed."""
    problems: list[str] = []
    area = settings.get("LANTERN_AREA")
    if not isinstance(area, str) or not area:
        problems.append(
            f"Setting LANTERN_AREA must name the home area's area_code "
            f"(e.g. 'E08000014'), got {area!r}."
        )
    comparators = settings.get("LANTERN_COMPARATORS")
    if not isinstance(comparators, list | tuple) or not all(
        isinstance(c, str) for c in comparators
    ):
        problems.append(
            "Setting LANTERN_COMPARATORS must be a list of group_ids, "
            f"e.g. ['cipfa-neighbours', 'england'], got {comparators!r}."
        )
    method = settings.get("LANTERN_BAND_METHOD")
    if method not in BAND_METHODS:
        problems.append(
            f"Setting LANTERN_BAND_METHOD must be one of {', '.join(BAND_METHODS)}, got {method!r}."
        )
    suppress = settings.get("LANTERN_SUPPRESS_BELOW")
    if not isinstance(suppress, int) or isinstance(suppress, bool) or suppress < 0:
        problems.append(
            f"Setting LANTERN_SUPPRESS_BELOW must be a whole number of 0 or more, got {suppress!r}."
        )
    excluded = settings.get("LANTERN_HEADLINE_EXCLUDE_THEMES")
    if not isinstance(excluded, list | tuple) or not all(isinstance(t, str) for t in excluded):
        problems.append(
            "Setting LANTERN_HEADLINE_EXCLUDE_THEMES must be a list of themes from "
            f"measures.csv, e.g. ['Carers' survey'], got {excluded!r}."
        )
    tolerance = settings.get("LANTERN_TOLERANCE")
    if not isinstance(tolerance, int | float) or tolerance < 0:
        problems.append(
            f"Setting LANTERN_TOLERANCE must be a number of 0 or more, got {tolerance!r}."
        )
    overrides = settings.get("LANTERN_MEASURE_TOLERANCE")
    if not isinstance(overrides, dict) or not all(
        isinstance(v, int | float) and v >= 0 for v in overrides.values()
    ):
        problems.append(
            "Setting LANTERN_MEASURE_TOLERANCE must map measure_ids to numbers of 0 or more, "
            f"e.g. {{'2A1': 0.5}}, got {overrides!r}."
        )
    if problems:
        raise LanternError(problems)
