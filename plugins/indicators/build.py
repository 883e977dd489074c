"""Build the site safely: validate first, build into a temporary folder, swap on success.

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

from .problems import LanternError
from .search import index_site
from .settings import SITE_DATA, apply_defaults, check_settings, data_path
from .validate import validate_release


def read_site_settings(settings_file: Path, output: Path | None = None) -> dict[str, Any]:
    """Pelican's settings from a ``pelicanconf.py``, with Lantern's defaults filled in."""
    from pelican.settings import read_settings

    if not settings_file.is_file():
        raise LanternError([f"{settings_file}: the settings file does not exist."])
    override = {"OUTPUT_PATH": str(output)} if output else {}
    settings: dict[str, Any] = read_settings(str(settings_file), override=override)
    apply_defaults(settings)
    return settings


def swap_into_place(built: Path, output: Path) -> None:
    """Replace ``output`` with ``built`` in two renames, so a reader never sees half a site."""
    retired = None
    if output.exists():
        retired = output.with_name(f".{output.name}.previous")
        if retired.exists():
            shutil.rmtree(retired)
        output.rename(retired)
    built.rename(output)
    if retired is not None:
        shutil.rmtree(retired)


def quiet_pelican_logging() -> None:
    """Show Pelican's warnings as plain lines and make any logged error stop the build.

    Pelican logs a content file it cannot read and carries on; Lantern treats
    that as a failed build, so a page never goes missing silently.
    """
    from pelican import log

    log.FatalLogger.fatal_lvl = logging.ERROR
    pelican_logger = logging.getLogger("pelican")
    for handler in list(pelican_logger.handlers):
        if getattr(handler, "lantern", False):
            pelican_logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handler.lantern = True  # type: ignore[attr-defined]
    pelican_logger.addHandler(handler)
    pelican_logger.setLevel(logging.WARNING)
    pelican_logger.propagate = False


def forget_unfinished_sitemap() -> None:
    """Let the sitemap plugin start afresh.

    pelican-sitemap keeps one generator per process and only resets it when the
    build it started finishes; after a build stopped by bad content, every later
    build in the same process (the tests, a long-running preview) would write no
    sitemap.
    """
    try:
        from pelican.plugins.sitemap import sitemap
    except ImportError:
        return
    sitemap.generator._main_pelican = None
    sitemap.generator.page_queue = []


def build_site(settings_file: Path, output: Path | None = None) -> Path:
    """Validate the data, run Pelican into a temporary folder and swap it in.

    Raises LanternError (with every problem) when the data or settings are bad.
    """
    from pelican import Pelican

    settings = read_site_settings(settings_file)
    check_settings(settings)
    target = Path(output or settings["OUTPUT_PATH"]).resolve()
    release = validate_release(data_path(settings))
    if release.problems:
        raise LanternError(release.problems)
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        site_settings = read_site_settings(settings_file, building)
        quiet_pelican_logging()
        forget_unfinished_sitemap()
        pelican = Pelican(site_settings)
        try:
            pelican.run()
        except RuntimeError:
            site = pelican.settings.get(SITE_DATA)
            if site is not None and site.content_problems:
                raise LanternError(site.content_problems) from None
            raise
        index_site(building)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    swap_into_place(building, target)
    return target
