"""What a build says when it ends: the pages written, the charts drawn and reused, and the
time of each stage; or, when Pelican stopped on an error it logged, that the last site stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lantern.build.shards import WHOLE, Shard
from lantern.cli.build import build_and_keep

# What Pelican raises after logging an error when errors are fatal (see build.py).
PELICAN_FATAL = "Warning or error encountered"


def page_count(site: Path) -> int:
    """How many pages a built site has."""
    return sum(1 for _ in site.rglob("*.html"))


def build_and_report(settings: Path, output: Path | None, shard: Shard = WHOLE) -> int:
    """Build (or one shard), then say what was built: pages, charts, time per stage."""
    try:
        built = build_and_keep(settings, output, shard)
    except RuntimeError as error:
        if str(error) != PELICAN_FATAL:
            raise
        print(
            "The build stopped because of the error above; the previous site was left as it was.",
            file=sys.stderr,
        )
        return 1
    print(
        f"Built the site in {built.target}: {page_count(built.target)} pages, "
        f"{built.drawn} charts drawn, {built.reused} reused from earlier builds.\n"
        f"Time: {built.stages.summary()}."
    )
    return 0
