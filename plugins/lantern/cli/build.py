"""Build the site safely: validate once, build into a temporary folder, swap on success.

A failed build never touches the last good ``output/``: residents keep
seeing the previous release until a new one builds completely.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from lantern.build.progress import STAGES
from lantern.build.published import linked_sources, unpublishable
from lantern.build.search_index import index_site
from lantern.build.shards import SHARD, WHOLE, Shard, ShardMark
from lantern.build.swap import build_lock, building_prefix, recover, swap_into_place
from lantern.config.settings import read_settings
from lantern.data.problems import LanternError
from lantern.site.loaded import LOADED, SETTINGS, VALIDATED, check_release


def read_site_settings(settings_file: Path, output: Path | None = None) -> dict[str, Any]:
    """Pelican's settings from a ``pelicanconf.py`` (OUTPUT_PATH replaced by ``output``)."""
    from pelican.settings import read_settings as read_pelican_settings

    if not settings_file.is_file():
        raise LanternError([f"{settings_file}: the settings file does not exist."])
    override = {"OUTPUT_PATH": str(output)} if output else {}
    try:
        settings: dict[str, Any] = read_pelican_settings(str(settings_file), override=override)
    except SyntaxError as error:
        raise LanternError(
            [f"{settings_file}:{error.lineno}: {error.msg}: the settings file is not valid Python."]
        ) from None
    except Exception as error:  # noqa: BLE001 - the settings file is the user's own code
        raise LanternError(
            [f"{settings_file}: the settings file stopped with {type(error).__name__}: {error}."]
        ) from None
    return settings


def shown_path(path: Path) -> str:
    """``path`` as the analyst would type it: relative to where they ran the build."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def plain_logging() -> None:
    """Show warnings as plain lines, and make any logged error stop the build.

    Pelican logs a content file it cannot read and carries on; Lantern treats
    that as a failed build (Pelican's own ``fatal`` option), so a page never
    goes missing silently.
    """
    from pelican import log

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    for name in ("pelican", "lantern"):
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if getattr(h, "lantern", False)]:
            logger.removeHandler(old)
        handler.lantern = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False
    log.init(level=logging.WARNING, fatal="errors", handler=None, name="pelican")
    logging.getLogger("lantern").setLevel(logging.WARNING)


def _run(pelican_settings: dict[str, Any]) -> None:
    """Run Pelican; a content error becomes a LanternError with every problem found."""
    from pelican import Pelican, signals

    pelican = Pelican(pelican_settings)
    try:
        pelican.run()
    except BaseException as error:
        # Let plugins that started on this run (the sitemap) finish, so the next
        # build in the same process starts afresh.
        signals.finalized.send(pelican)
        loaded = pelican.settings.get(LOADED)
        if isinstance(error, RuntimeError) and loaded is not None and loaded.embeds.problems:
            raise LanternError(loaded.embeds.problems) from None
        raise


def build_site(settings_file: Path, output: Path | None = None, shard: Shard = WHOLE) -> Path:
    """Check the settings and data once, run Pelican into a temporary folder and swap it in.

    A shard (``--shard K/N``) writes its own pages and every shared file, marks
    itself for ``lantern merge`` and leaves the search index to the merge.
    Raises LanternError (with every problem) when the data or settings are bad.
    """
    STAGES.start()
    first = read_site_settings(settings_file)
    target = Path(output or first["OUTPUT_PATH"]).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(target):
        recover(target)
        settings = read_settings(first)
        with STAGES.stage("check the data"):
            release = check_release(settings)
        content = Path(first["PATH"])
        linked = linked_sources(content, shown_path(content), settings_file.parent)
        if linked:
            raise LanternError(linked)
        building = Path(tempfile.mkdtemp(prefix=building_prefix(target), dir=target.parent))
        try:
            pelican_settings = read_site_settings(settings_file, building)
            pelican_settings[SETTINGS] = settings
            pelican_settings[VALIDATED] = release
            pelican_settings[SHARD] = shard
            plain_logging()
            _run(pelican_settings)
            if shard.whole:
                with STAGES.stage("search index"):
                    index_site(building, settings.cache_path)
            hidden = unpublishable(building)
            if hidden:
                raise LanternError(hidden)
            if not shard.whole:
                built_at = pelican_settings[LOADED].built_at.isoformat()
                mark = ShardMark(shard.number, shard.count, release.key, built_at)
                mark.write(building)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        swap_into_place(building, target)
    return target
