"""The checked release and its computed areas: validated now, or kept by an earlier build
of the very same data and settings (``build.kept_areas``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from lantern.build.kept_areas import areas_kept, keep_areas, read_kept_areas, release_key
from lantern.config.settings import LanternSettings
from lantern.data.area import AreaData
from lantern.data.problems import LanternError
from lantern.data.validation import Release, validate_release
from lantern.releases.areas import load_areas


def writable_cache(folder: Path | None, name: str = "LANTERN_CACHE_PATH") -> Path | None:
    """A cache folder (that of setting ``name``), made if needed; LanternError if it cannot
    be written."""
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
                f"Setting {name}: {folder} cannot be written to "
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
    release = checked.release
    if release is None or release.folder != settings.data_path:
        release = checked_release(settings)
    areas = load_areas(settings, release)
    keep_areas(settings, checked.key, areas)
    return areas


def release_prepared(settings: LanternSettings) -> bool:
    """Whether an earlier build kept this release checked and computed, so that preparing it
    again (``lantern prepare``) would have nothing to do."""
    return areas_kept(settings, release_key(settings))


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


def templates_folder(settings: LanternSettings, cache: Path | None) -> Path | None:
    """Where Jinja keeps the theme's compiled templates: LANTERN_TEMPLATE_CACHE_PATH, else
    the templates folder of the build's cache, else nowhere."""
    if settings.template_cache_path is not None:
        return writable_cache(settings.template_cache_path, "LANTERN_TEMPLATE_CACHE_PATH")
    return cache / "templates" if cache is not None else None


def template_cache(folder: Path | None) -> dict[str, Any]:
    """Jinja's compiled templates, kept in ``folder`` between builds (Jinja checks each
    against its template's text), so a rebuild does not compile them again."""
    if folder is None:
        return {}
    folder.mkdir(parents=True, exist_ok=True)
    return {"bytecode_cache": jinja2.FileSystemBytecodeCache(str(folder))}
