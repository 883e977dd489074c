"""Build the site safely: validate once, build into a temporary folder, swap on success.

A failed build never touches the last good ``output/``: residents keep
seeing the previous release until a new one builds completely.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lantern.build.checked import check_release
from lantern.build.progress import Stages
from lantern.build.published import linked_sources, unpublishable
from lantern.build.search_index import index_site
from lantern.build.shards import WHOLE, Shard, ShardMark
from lantern.build.swap import build_lock, building_prefix, recover, swap_into_place
from lantern.build.unwritten import unwritten_places
from lantern.config.settings import read_settings
from lantern.data.problems import LanternError
from lantern.installed import THEME_PATH
from lantern.site.context import Build, make_build
from lantern.site.session import PelicanRun


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
    return with_lantern_theme(settings)


def with_lantern_theme(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings with Lantern's own theme (``installed.THEME_PATH``) where they name none:
    a site made by ``lantern new`` does not say where Lantern is installed, and Pelican's
    default theme knows nothing of Lantern's pages."""
    from pelican.settings import DEFAULT_CONFIG

    if settings.get("THEME") == DEFAULT_CONFIG["THEME"]:
        settings["THEME"] = str(THEME_PATH)
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


def _run(build: Build, pelican_settings: dict[str, Any]) -> None:
    """Run Pelican for ``build``; a content error becomes a LanternError with every problem
    found."""
    try:
        PelicanRun(build, pelican_settings).run()
    except RuntimeError:
        if build.embeds.problems:
            raise LanternError(build.embeds.problems) from None
        raise


@dataclass(frozen=True)
class Built:
    """A finished build: where it is, and what the closing summary says of it."""

    target: Path
    drawn: int
    reused: int
    stages: Stages


def build_site(settings_file: Path, output: Path | None = None, shard: Shard = WHOLE) -> Path:
    """Build the site (``build_and_keep``) and return the folder it is in."""
    return build_and_keep(settings_file, output, shard).target


def build_and_keep(settings_file: Path, output: Path | None = None, shard: Shard = WHOLE) -> Built:
    """Check the settings and data once, run Pelican into a temporary folder and swap it in.

    A shard (``--shard K/N``) writes its own pages and every shared file, marks
    itself for ``lantern merge`` and leaves the search index to the merge.
    Raises LanternError (with every problem) when the data or settings are bad.
    """
    stages = Stages()
    first = read_site_settings(settings_file)
    target = Path(output or first["OUTPUT_PATH"]).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(target):
        recover(target)
        settings = read_settings(first)
        with stages.stage("check the data"):
            release = check_release(settings)
        content = Path(first["PATH"])
        linked = linked_sources(content, shown_path(content), settings_file.parent)
        if linked:
            raise LanternError(linked)
        building = Path(tempfile.mkdtemp(prefix=building_prefix(target), dir=target.parent))
        try:
            pelican_settings = read_site_settings(settings_file, building)
            build = make_build(pelican_settings, settings, release, shard, stages)
            plain_logging()
            if shard.whole or shard.number == 1:
                for place in unwritten_places(content, shown_path(content)):
                    logging.getLogger("lantern").warning(place)
            _run(build, pelican_settings)
            if shard.whole:
                with stages.stage("search index"):
                    index_site(building, settings.cache_path)
            hidden = unpublishable(building)
            if hidden:
                raise LanternError(hidden)
            if not shard.whole:
                built_at = build.built_at.isoformat()
                mark = ShardMark(shard.number, shard.count, release.key, built_at)
                mark.write(building)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        swap_into_place(building, target)
    return Built(target, build.figures.drawn, build.figures.reused, stages)
