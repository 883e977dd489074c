"""The checked and computed release, kept between builds while nothing it comes from changes.

Checking the data and computing every area is the same work on every build of
an unchanged release: a second or two for one council, several for a
national site. Its result is kept in the cache folder under a hash of every
file in the data folder, the settings and Lantern's code (with pandas's
version), so it is used only by a build that would compute exactly the same.
A kept result is only ever written after the release passed every check, so
using it skips the check too.

It is kept as a pickle. A pickle runs code when read, so it is read only from
the project's own cache folder (``LANTERN_CACHE_PATH``), which anyone able to
write to can equally edit ``pelicanconf.py``, itself Python run by every
build; on GitHub Actions the shards read the one written by the same
workflow run. The checksum beside it catches a file cut short.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from lantern.config.settings import LanternSettings
from lantern.data.area import AreaData
from lantern.data.kept import code_version, files_digest, keep_only, read_kept_bytes

FOLDER = "computed"


def release_key(settings: LanternSettings) -> str:
    """A hash of everything the computed areas depend on."""
    return files_digest(settings.data_path, f"{code_version('pandas', 'numpy')}\n{settings!r}")


def _path(settings: LanternSettings, key: str) -> Path | None:
    if settings.cache_path is None:
        return None
    return settings.cache_path / FOLDER / f"{key}.pickle"


def read_kept_areas(settings: LanternSettings, key: str) -> dict[str, AreaData] | None:
    """The areas computed from this very release and settings, or None if none are kept."""
    content = read_kept_bytes(_path(settings, key))
    if content is None:
        return None
    try:
        areas = pickle.loads(content)  # the project's own cache: see above
    except Exception:  # noqa: BLE001 - an unreadable kept file is computed again
        return None
    return areas if isinstance(areas, dict) else None


def areas_kept(settings: LanternSettings, key: str) -> bool:
    """Whether the areas of this very release and settings are kept, told without reading
    them (a national site's are a 24 MB pickle, a second to read)."""
    return read_kept_bytes(_path(settings, key)) is not None


def keep_areas(settings: LanternSettings, key: str, areas: dict[str, AreaData]) -> None:
    """Keep the computed areas for the next build, in place of any older release's."""
    keep_only(_path(settings, key), pickle.dumps(areas, protocol=pickle.HIGHEST_PROTOCOL))
