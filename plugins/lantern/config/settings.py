"""Lantern's settings: each declared once, read once into a frozen ``LanternSettings``.

Every setting is prefixed ``LANTERN_`` and may be set in ``pelicanconf.py``.
A ``Setting`` holds its name, default, the help text ``docs/settings.md``
repeats (a test fails when they drift apart) and a check that names what is
wrong with a bad value. Settings that refer to the data (the home area, its
groups, measure ids, themes) are checked again once the data are loaded, in
``check_against_data``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from lantern.compute.bands import METHODS as BAND_METHODS
from lantern.config import setting_checks as checks
from lantern.config.setting_checks import Check
from lantern.data.problems import LanternError
from lantern.vocab.shorthand import DEFAULT_SUPPRESS_BELOW


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default, the help shown in docs/settings.md and its check."""

    name: str
    default: Any
    help: str
    check: Check


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "LANTERN_AREA",
        None,
        "The home area the site reports on: an area_code of data/reference/areas.csv.",
        checks.area,
    ),
    Setting(
        "LANTERN_AREAS",
        None,
        "Also build pages for these areas (a national site): 'all' (every area in areas.csv), "
        "a group_id (its members) or a list of area_codes; None for the home area only.",
        checks.areas,
    ),
    Setting(
        "LANTERN_COMPARATORS",
        [],
        "The comparator groups shown beside each area, in order (group_ids of groups.csv; "
        "'region' is each area's region).",
        checks.text_list("['cipfa-neighbours', 'england']", unique=True),
    ),
    Setting(
        "LANTERN_DATA_PATH",
        "data",
        "The folder of data packages, relative to the settings file's folder.",
        checks.text,
    ),
    Setting(
        "LANTERN_CACHE_PATH",
        "cache",
        "Where drawn charts, finished figures and validation results are kept between "
        "builds; empty to keep none.",
        checks.optional_text,
    ),
    Setting(
        "LANTERN_HEADLINE_EXCLUDE_THEMES",
        [],
        "Themes left out of the home page's headline table (still in the scorecard).",
        checks.text_list('["Carers\' survey"]'),
    ),
    Setting(
        "LANTERN_SUPPRESS_BELOW",
        DEFAULT_SUPPRESS_BELOW,
        "Counts from 1 to below this are published as [c], with figures worked out from them.",
        checks.whole_number,
    ),
    Setting(
        "LANTERN_BAND_METHOD",
        "inclusive-better",
        "Which band a value exactly on a quartile cut-point gets (docs/methodology.md).",
        checks.one_of(*BAND_METHODS),
    ),
    Setting(
        "LANTERN_TOLERANCE",
        0.0,
        "A change no bigger than this, in the measure's unit, counts as no change.",
        checks.number,
    ),
    Setting(
        "LANTERN_MEASURE_TOLERANCE",
        {},
        "The tolerance for single measures, e.g. {'2A1': 0.5}.",
        checks.numbers_by_measure,
    ),
    Setting(
        "LANTERN_MEASURE_REDIRECTS",
        {},
        "Old codes whose address leads to a measure, e.g. {'2B': '2A1'}.",
        checks.codes_to_measures,
    ),
    Setting(
        "LANTERN_RELEASE_TAGS",
        "*",
        "Which git tags are releases: a shell pattern such as '20*'.",
        checks.text,
    ),
    Setting(
        "LANTERN_MEASURE_URL",
        "measures/{slug}/",
        "The address of a measure's page; {slug} is its measure_id in lower case.",
        checks.pattern("slug"),
    ),
    Setting(
        "LANTERN_MEASURE_SAVE_AS",
        "measures/{slug}/index.html",
        "The file a measure's page is written to.",
        checks.pattern("slug"),
    ),
    Setting(
        "LANTERN_MEASURE_FEED",
        "updates.atom.xml",
        "The name of each measure's Atom feed, beside its page.",
        checks.text,
    ),
    Setting(
        "LANTERN_DATA_URL",
        "data/{package}/",
        "Where each data package's files are published; {package} is its name.",
        checks.pattern("package"),
    ),
    Setting(
        "LANTERN_RELEASE_DATA_URL",
        "data/releases/{release}/",
        "Where each release's data are kept; {release} is its tag.",
        checks.pattern("release"),
    ),
    Setting(
        "LANTERN_RELEASES_FEED",
        "feeds/releases.atom.xml",
        "The Atom feed of every release.",
        checks.text,
    ),
    Setting(
        "LANTERN_UPDATES_FEED",
        "feeds/updates.atom.xml",
        "The Atom feed of every update (content/updates/).",
        checks.text,
    ),
)

BY_NAME = {s.name: s for s in SETTINGS}

# Lantern's lists (``site.families.lists``), each moved with the settings Pelican documents
# for its own pages, <NAME>_URL and <NAME>_SAVE_AS: name → default address.
LIST_PAGES: dict[str, str] = {
    "scorecard": "scorecard/",
    "measures": "measures/",
    "open_data": "open-data/",
    "releases": "releases/",
    "updates": "updates/",
    "search": "search/",
}


@dataclass(frozen=True)
class LanternSettings:
    """Every LANTERN_ setting, checked and typed, plus what Lantern needs of Pelican's."""

    area: str
    areas: str | tuple[str, ...] | None
    comparators: tuple[str, ...]
    data_path: Path
    cache_path: Path | None
    headline_exclude_themes: tuple[str, ...]
    suppress_below: int
    band_method: str
    tolerance: float
    measure_tolerance: Mapping[str, float]
    measure_redirects: Mapping[str, str]
    release_tags: str
    measure_url: str
    measure_save_as: str
    measure_feed: str
    data_url: str
    release_data_url: str
    releases_feed: str
    updates_feed: str
    site_url: str
    site_name: str
    page_urls: Mapping[str, str]
    page_save_as: Mapping[str, str]


def _root(settings: Mapping[str, Any]) -> Path:
    """The folder relative paths are read from: the one holding the content folder."""
    return Path(settings.get("PATH", ".")).resolve().parent


def _path(settings: Mapping[str, Any], configured: str | None) -> Path | None:
    if not configured:
        return None
    path = Path(configured)
    return path if path.is_absolute() else _root(settings) / path


def unknown_names(settings: Mapping[str, Any]) -> list[str]:
    """Problems for LANTERN_ names no setting declares (a typo would otherwise do nothing)."""
    problems = []
    for name in sorted(k for k in settings if k.startswith("LANTERN_") and k not in BY_NAME):
        close = get_close_matches(name, BY_NAME, n=1)
        hint = f" Did you mean {close[0]}?" if close else ""
        problems.append(f"Setting {name} is not a Lantern setting.{hint}")
    return problems


def read_settings(settings: Mapping[str, Any]) -> LanternSettings:
    """Check every LANTERN_ setting and return them typed; LanternError names each bad one."""
    problems = unknown_names(settings) + checks.pattern_problems(settings)
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        value = settings.get(setting.name, setting.default)
        wrong = setting.check(value)
        if wrong:
            problems.append(f"Setting {setting.name} {wrong}, got {value!r}.")
        values[setting.name] = value
    if problems:
        raise LanternError(problems)
    data_path = _path(settings, values["LANTERN_DATA_PATH"])
    assert data_path is not None
    return LanternSettings(
        area=values["LANTERN_AREA"],
        areas=values["LANTERN_AREAS"]
        if values["LANTERN_AREAS"] is None or isinstance(values["LANTERN_AREAS"], str)
        else tuple(values["LANTERN_AREAS"]),
        comparators=tuple(values["LANTERN_COMPARATORS"]),
        data_path=data_path,
        cache_path=_path(settings, values["LANTERN_CACHE_PATH"]),
        headline_exclude_themes=tuple(values["LANTERN_HEADLINE_EXCLUDE_THEMES"]),
        suppress_below=values["LANTERN_SUPPRESS_BELOW"],
        band_method=values["LANTERN_BAND_METHOD"],
        tolerance=float(values["LANTERN_TOLERANCE"]),
        measure_tolerance={k: float(v) for k, v in values["LANTERN_MEASURE_TOLERANCE"].items()},
        measure_redirects=dict(values["LANTERN_MEASURE_REDIRECTS"]),
        release_tags=values["LANTERN_RELEASE_TAGS"],
        measure_url=values["LANTERN_MEASURE_URL"],
        measure_save_as=values["LANTERN_MEASURE_SAVE_AS"],
        measure_feed=values["LANTERN_MEASURE_FEED"],
        data_url=values["LANTERN_DATA_URL"],
        release_data_url=values["LANTERN_RELEASE_DATA_URL"],
        releases_feed=values["LANTERN_RELEASES_FEED"],
        updates_feed=values["LANTERN_UPDATES_FEED"],
        site_url=str(settings.get("SITEURL") or ""),
        site_name=str(settings.get("SITENAME") or ""),
        page_urls={n: str(settings.get(f"{n.upper()}_URL") or u) for n, u in LIST_PAGES.items()},
        page_save_as={
            n: str(settings.get(f"{n.upper()}_SAVE_AS") or f"{u}index.html")
            for n, u in LIST_PAGES.items()
        },
    )


def setting_names() -> list[str]:
    """Every declared setting's name, for the documentation test."""
    return [s.name for s in SETTINGS]


def field_names() -> list[str]:
    """The fields of LanternSettings, for the documentation of the typed settings."""
    return [f.name for f in fields(LanternSettings)]
