"""Lantern's settings: each declared once, read once into a frozen ``LanternSettings``.

Every setting is prefixed ``LANTERN_`` and may be set in ``pelicanconf.py``.
Each is one field of ``LanternSettings``: its type, and in ``setting(...)`` its
default, the help text ``docs/settings.md`` repeats (a test fails when they drift
apart), a check that names what is wrong with a bad value and how a good value is
read. The setting's name is the field's in capitals after ``LANTERN_``, so adding
a setting is adding one field, and ``read_settings`` reads every field the same way.
Settings that refer to the data (the home area, its groups, measure ids, themes)
are checked again once the data are loaded, in ``check_against_data``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from lantern.compute.bands import METHODS as BAND_METHODS
from lantern.config import setting_checks as checks
from lantern.config import setting_reads as reads
from lantern.config.setting_checks import Check
from lantern.config.setting_reads import Read
from lantern.data.problems import LanternError
from lantern.vocab.language import SOURCE_LANGUAGE, LanguageError, load_language, use_language
from lantern.vocab.shorthand import DEFAULT_SUPPRESS_BELOW

# The keys of a field's metadata: its declaration as a LANTERN_ setting, or how it is read
# from Pelican's own settings.
DECLARED = "lantern_setting"
FROM_PELICAN = "lantern_from_pelican"


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default, the help shown in docs/settings.md, its check, how a
    checked value is read and the field of ``LanternSettings`` it fills."""

    name: str
    default: Any
    help: str
    check: Check
    read: Read = reads.same
    field: str = ""


def setting(default: Any, help: str, check: Check, *, read: Read = reads.same) -> Any:
    """Declare a LANTERN_ setting as a field of ``LanternSettings``: the field has no default
    of its own, since ``read_settings`` fills every one. Its name is given by the field's."""
    return field(metadata={DECLARED: Setting("", default, help, check, read)})


def from_pelican(read: Callable[[Mapping[str, Any]], Any]) -> Any:
    """A field read from Pelican's own settings (SITEURL, the lists' addresses)."""
    return field(metadata={FROM_PELICAN: read})


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

    area: str = setting(
        None,
        "The home area the site reports on: an area_code of data/reference/areas.csv.",
        checks.area,
    )
    areas: str | tuple[str, ...] | None = setting(
        None,
        "Also build pages for these areas (a national site): 'all' (every area in areas.csv), "
        "a group_id (its members) or a list of area_codes; None for the home area only.",
        checks.areas,
        read=reads.texts_or_one,
    )
    chart_areas: str | tuple[str, ...] | None = setting(
        "all",
        "Which of LANTERN_AREAS have charts on their measure pages: 'all', a group_id (its "
        "members) or a list of area_codes; None for tables alone (the home area's own measure "
        "pages always have charts). Fewer areas make a shorter first build.",
        checks.areas,
        read=reads.texts_or_one,
    )
    comparators: tuple[str, ...] = setting(
        [],
        "The comparator groups shown beside each area, in order (group_ids of groups.csv; "
        "'region' is each area's region).",
        checks.text_list("['cipfa-neighbours', 'england']", unique=True),
        read=reads.texts,
    )
    data_path: Path = setting(
        "data",
        "The folder of data packages, relative to the settings file's folder.",
        checks.text,
        read=reads.path,
    )
    cache_path: Path | None = setting(
        "cache",
        "Where drawn charts, finished figures and validation results are kept between "
        "builds; empty to keep none.",
        checks.optional_text,
        read=reads.path,
    )
    template_cache_path: Path | None = setting(
        "",
        "Where the theme's compiled templates are kept between builds; empty for the "
        "templates folder of LANTERN_CACHE_PATH. Sites built with one theme may share one.",
        checks.optional_text,
        read=reads.path,
    )
    translations: tuple[Path, ...] = setting(
        [],
        "Folders of message catalogues, looked in before Lantern's own for the words of "
        "DEFAULT_LANG (docs/translations.md).",
        checks.text_list('["translations"]'),
        read=reads.paths,
    )
    headline_exclude_themes: tuple[str, ...] = setting(
        [],
        "Themes left out of the home page's headline table (still in the scorecard).",
        checks.text_list('["Carers\' survey"]'),
        read=reads.texts,
    )
    suppress_below: int = setting(
        DEFAULT_SUPPRESS_BELOW,
        "Counts from 1 to below this are published as [c], with figures worked out from them.",
        checks.whole_number,
    )
    band_method: str = setting(
        "inclusive-better",
        "Which band a value exactly on a quartile cut-point gets (docs/methodology.md).",
        checks.one_of(*BAND_METHODS),
    )
    tolerance: float = setting(
        0.0,
        "A change no bigger than this, in the measure's unit, counts as no change.",
        checks.number,
        read=reads.float_,
    )
    measure_tolerance: Mapping[str, float] = setting(
        {},
        "The tolerance for single measures, e.g. {'2A1': 0.5}.",
        checks.numbers_by_measure,
        read=reads.floats,
    )
    measure_redirects: Mapping[str, str] = setting(
        {},
        "Old codes whose address leads to a measure, e.g. {'2B': '2A1'}.",
        checks.codes_to_measures,
        read=reads.mapping,
    )
    release_tags: str = setting(
        "*",
        "Which git tags are releases: a shell pattern such as '20*'.",
        checks.text,
    )
    measure_url: str = setting(
        "measures/{slug}/",
        "The address of a measure's page; {slug} is its measure_id in lower case.",
        checks.pattern("slug"),
    )
    measure_save_as: str = setting(
        "measures/{slug}/index.html",
        "The file a measure's page is written to.",
        checks.pattern("slug"),
    )
    measure_feed: str = setting(
        "updates.atom.xml",
        "The name of each measure's Atom feed, beside its page.",
        checks.text,
    )
    data_url: str = setting(
        "data/{package}/",
        "Where each data package's files are published; {package} is its name.",
        checks.pattern("package"),
    )
    release_data_url: str = setting(
        "data/releases/{release}/",
        "Where each release's data are kept; {release} is its tag.",
        checks.pattern("release"),
    )
    releases_feed: str = setting(
        "feeds/releases.atom.xml",
        "The Atom feed of every release.",
        checks.text,
    )
    updates_feed: str = setting(
        "feeds/updates.atom.xml",
        "The Atom feed of every update (content/updates/).",
        checks.text,
    )
    language: str = from_pelican(lambda s: str(s.get("DEFAULT_LANG") or SOURCE_LANGUAGE))
    site_url: str = from_pelican(lambda s: str(s.get("SITEURL") or ""))
    site_name: str = from_pelican(lambda s: str(s.get("SITENAME") or ""))
    page_urls: Mapping[str, str] = from_pelican(
        lambda s: {n: str(s.get(f"{n.upper()}_URL") or u) for n, u in LIST_PAGES.items()}
    )
    page_save_as: Mapping[str, str] = from_pelican(
        lambda s: {
            n: str(s.get(f"{n.upper()}_SAVE_AS") or f"{u}index.html") for n, u in LIST_PAGES.items()
        }
    )


def _declared() -> tuple[Setting, ...]:
    """Each field's declaration, named after the field."""
    return tuple(
        replace(f.metadata[DECLARED], name=f"LANTERN_{f.name.upper()}", field=f.name)
        for f in fields(LanternSettings)
        if DECLARED in f.metadata
    )


SETTINGS: tuple[Setting, ...] = _declared()

BY_NAME = {s.name: s for s in SETTINGS}


def _root(settings: Mapping[str, Any]) -> Path:
    """The folder relative paths are read from: the one holding the content folder."""
    return Path(settings.get("PATH", ".")).resolve().parent


def unknown_names(settings: Mapping[str, Any]) -> list[str]:
    """Problems for LANTERN_ names no setting declares (a typo would otherwise do nothing)."""
    problems = []
    for name in sorted(k for k in settings if k.startswith("LANTERN_") and k not in BY_NAME):
        close = get_close_matches(name, BY_NAME, n=1)
        hint = f" Did you mean {close[0]}?" if close else ""
        problems.append(f"Setting {name} is not a Lantern setting.{hint}")
    return problems


def read_settings(settings: Mapping[str, Any]) -> LanternSettings:
    """Check every LANTERN_ setting and return them typed; LanternError names each bad one.
    Every word written from then on is in the site's language (``vocab.language``)."""
    problems = unknown_names(settings) + checks.pattern_problems(settings)
    values: dict[str, Any] = {}
    root = _root(settings)
    for declared in SETTINGS:
        value = settings.get(declared.name, declared.default)
        wrong = declared.check(value)
        if wrong:
            problems.append(f"Setting {declared.name} {wrong}, got {value!r}.")
        else:
            values[declared.field] = declared.read(value, root)
    if problems:
        raise LanternError(problems)
    for each in fields(LanternSettings):
        if FROM_PELICAN in each.metadata:
            values[each.name] = each.metadata[FROM_PELICAN](settings)
    typed = LanternSettings(**values)
    try:
        use_language(load_language(typed.language, typed.translations))
    except LanguageError as error:
        raise LanternError([str(error)]) from None
    return typed


def setting_names() -> list[str]:
    """Every declared setting's name, for the documentation test."""
    return [s.name for s in SETTINGS]


def field_names() -> list[str]:
    """The fields of LanternSettings, for the documentation of the typed settings."""
    return [f.name for f in fields(LanternSettings)]
