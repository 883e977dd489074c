"""Pelican's content cache, named by everything a page's embeds read.

Reading the Markdown is most of what is left of a rebuild: each embed fills
its figures from the data as the page is read. Pelican can keep each page as
read and read again only the files that changed, but it knows nothing of the
data, so on its own a changed figure would keep its old value. Here the cache
lives in a folder named by a hash of what else a page depends on: the data,
the settings and Lantern's code (the release's key), the theme, Pelican's
plain settings, and the articles (the release notes name the latest release,
which a copied figure quotes). Change any of them and every page is read
again; change one page and only that page is.

A page read from the cache still has to publish the chart files its embeds
handed on (``FigureCache.files``): they are kept with the page (``KEPT``) and
handed on again when Pelican makes the page (``replay``). A page whose embed
fails is never kept: the embed raises, so Pelican has nothing to keep.

Shards leave the cache off: they run at once and Pelican writes its cache file
in place, so one could read another's half-written file.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

from lantern.data.kept import files_digest, sha256_text
from lantern.present.charts.figure_cache import FigureCache

# Where a page keeps the chart files its embeds handed on: its metadata (so an attribute).
# The figures its embeds quoted are kept beside them (``embeds.quoted.QUOTES``).
KEPT = "lantern_specs"
# Settings that differ on every build without changing what a page reads as.
PER_BUILD = frozenset(["OUTPUT_PATH", "CACHE_PATH", "LOAD_CONTENT_CACHE", "CACHE_CONTENT"])
FOLDER = "pages"


def _plain(value: object) -> bool:
    """Whether ``value`` is made only of text, numbers and containers (so its repr is
    stable between runs, unlike an object's, which names its address)."""
    if isinstance(value, str | int | float | bool | type(None)):
        return True
    if isinstance(value, list | tuple | set | frozenset):
        return all(_plain(item) for item in value)
    if isinstance(value, Mapping):
        return all(_plain(k) and _plain(v) for k, v in value.items())
    return False


def plain_settings(settings: Mapping[str, Any]) -> str:
    """Pelican's settings made of text and numbers, as text: taken as Pelican starts,
    before Lantern adds its own objects (the Markdown extension, the loaded data)."""
    return repr(
        sorted(
            (name, repr(value))
            for name, value in settings.items()
            if name not in PER_BUILD and _plain(value)
        )
    )


def cache_key(plain: str, settings: Mapping[str, Any], release_key: str) -> str:
    """The name of the cache folder for pages read with these settings (``plain`` from
    ``plain_settings``) from this release."""
    content = Path(settings["PATH"])
    articles = [content / folder for folder in settings.get("ARTICLE_PATHS", [])]
    parts = [release_key, plain, files_digest(Path(settings["THEME"]), "theme")]
    parts += [files_digest(folder, "articles") for folder in articles if folder.is_dir()]
    return sha256_text("\n".join(parts))


def use_content_cache(
    settings: MutableMapping[str, Any], cache: Path | None, key: str | None
) -> None:
    """Turn Pelican's reader cache on in ``cache/pages/<key>`` (off without a cache folder
    or a key), in place of the folder of any earlier release or settings."""
    if cache is None or key is None:
        settings.update(CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False)
        return
    folder = cache / FOLDER / key
    if (cache / FOLDER).is_dir():
        for old in (cache / FOLDER).iterdir():
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    settings.update(
        CACHE_CONTENT=True,
        LOAD_CONTENT_CACHE=True,
        CONTENT_CACHING_LAYER="reader",
        # A file's bytes, not its time: a checkout or a copy can keep an old time.
        CHECK_MODIFIED_METHOD="sha256",
        GZIP_CACHE=False,
        CACHE_PATH=str(folder),
    )


def replay(content: Any, figures: FigureCache) -> None:
    """Hand on again to the build's ``figures`` the chart files a page's embeds handed on
    when it was read, to be published beside the page."""
    kept = getattr(content, KEPT, None)
    if isinstance(kept, Mapping):
        figures.files.update(kept)
