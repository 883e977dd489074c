"""Site search with Pagefind, indexed after the build from the finished HTML.

Pagefind ships as a binary inside its PyPI package, so the index is built
with no network access and served from the site itself.

Only what a reader would search for is indexed: each page's ``<main>``
(``data-pagefind-body`` in ``base.html``; the search page and the redirects
from old codes leave it off, so neither is ever a result), without the
"Link to this section" marks beside headings or the "Copy this figure"
blocks. A measure page's headline carries its latest figure and badge as
Pagefind metadata (``data-pagefind-meta``), which the search box shows under
the result.

Pagefind reads every page again on each build. Its index depends only on the
pages' HTML and its own version, so the index is kept in the cache folder
under a hash of both: a rebuild that changes no page (a data file's notes, a
download) takes the kept index instead of running it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

from lantern.data.kept import files_digest, keep_only, read_kept_bytes
from lantern.data.problems import LanternError

# Left out of the index: the words of the "#" links beside headings, from the theme's macro
# and from Markdown headings alike. Without this, "Link to this section" would match every
# page and follow each heading in the results. (Pagefind takes a heading's words for a
# result's title even from an ignored link, so the link's own text is what is ignored.)
NOT_INDEXED = (".anchor-link > span",)
# Where Pagefind writes the index in the site.
FOLDER = "pagefind"


def index_site(site: Path, cache: Path | None = None) -> None:
    """Write the search index to ``site/pagefind``: the one kept in ``cache`` for these
    very pages, or Pagefind's (kept for the next build). A failure stops the build."""
    header = f"pagefind={metadata.version('pagefind')}\n{NOT_INDEXED!r}\n"
    kept = cache / "search" / f"{files_digest(site, header, '*.html')}.tar" if cache else None
    if _restore(read_kept_bytes(kept), site):
        return
    _run_pagefind(site)
    keep_only(kept, _archive(site / FOLDER))


def _archive(folder: Path) -> bytes:
    """``folder`` as an uncompressed tar (Pagefind's own files are compressed already)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        archive.add(folder, arcname=folder.name)
    return buffer.getvalue()


def _restore(archive: bytes | None, site: Path) -> bool:
    """Unpack a kept index into ``site``; False when there is none or it is unreadable."""
    if archive is None:
        return False
    try:
        with tarfile.open(fileobj=io.BytesIO(archive)) as kept:
            members = kept.getmembers()
            if not all(m.name.split("/")[0] == FOLDER for m in members):
                return False  # a kept index writes nothing but the index
            # The "data" filter refuses links, devices and any path outside ``site``.
            kept.extractall(site, members, filter="data")
    except (tarfile.TarError, OSError):
        shutil.rmtree(site / FOLDER, ignore_errors=True)
        return False
    return True


def _run_pagefind(site: Path) -> None:
    """Pagefind's index of ``site``, written to ``site/pagefind``."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--exclude-selectors",
            ",".join(NOT_INDEXED),
            "--silent",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no message"]
        raise LanternError([f"The search index could not be built: {detail[0]}"])
