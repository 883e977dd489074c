"""What a build says when it ends: the pages written, the charts drawn and reused, and the
time of each stage; or, when Pelican stopped on an error it logged, that the last site stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lantern.build.shards import WHOLE, Shard
from lantern.cli.build import build_site

# What Pelican raises after logging an error when errors are fatal (see build.py).
PELICAN_FATAL = "Warning or error encountered"


def page_count(site: Path) -> int:
    """How many pages a built site has."""
    return sum(1 for _ in site.rglob("*.html"))


def build_and_report(settings: Path, output: Path | None, shard: Shard = WHOLE) -> int:
    """Build (or one shard), then say what was built: pages, charts, time per stage."""
    try:
        target = build_site(settings, output, shard)
    except RuntimeError as error:
        if str(error) != PELICAN_FATAL:
            raise
        print(
            "The build stopped because of the error above; the previous site was left as it was.",
            file=sys.stderr,
        )
        return 1
    from lantern.build.progress import STAGES
    from lantern.present.charts.figure_cache import FIGURES

    print(
        f"Built the site in {target}: {page_count(target)} pages, {FIGURES.drawn} charts drawn, "
        f"{FIGURES.reused} reused from earlier builds.\nTime: {STAGES.summary()}."
    )
    return 0
