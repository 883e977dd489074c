"""Site search with Pagefind, indexed after the build from the finished HTML.

Pagefind ships as a binary inside its PyPI package, so the index is built
with no network access and served from the site itself.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lantern.data.problems import LanternError


def index_site(site: Path) -> None:
    """Write the search index to ``site/pagefind``; a failure stops the build."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no message"]
        raise LanternError([f"The search index could not be built: {detail[0]}"])
