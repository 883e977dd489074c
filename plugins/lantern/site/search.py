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
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lantern.data.problems import LanternError

# Left out of the index: the words of the "#" links beside headings, from the theme's macro
# and from Markdown headings alike. Without this, "Link to this section" would match every
# page and follow each heading in the results. (Pagefind takes a heading's words for a
# result's title even from an ignored link, so the link's own text is what is ignored.)
NOT_INDEXED = (".anchor-link > span",)


def index_site(site: Path) -> None:
    """Write the search index to ``site/pagefind``; a failure stops the build."""
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
