"""When the site was built: the one time every page, the sitemap and a merged set of
shards agree on.

``SOURCE_DATE_EPOCH`` (seconds since 1970, the reproducible-builds convention)
fixes it, so two builds of the same release are byte for byte the same and
shards built on different machines merge into the site a single build makes.
Without it, the build uses the current time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime

from lantern.data.problems import LanternError

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"


def build_time(environ: Mapping[str, str] = os.environ) -> datetime:
    """The build's time in UTC; LanternError if SOURCE_DATE_EPOCH is not a whole number."""
    raw = environ.get(SOURCE_DATE_EPOCH, "").strip()
    if not raw:
        return datetime.now(UTC).replace(microsecond=0)
    if not raw.isdigit():
        raise LanternError(
            [
                f"{SOURCE_DATE_EPOCH}={raw!r}: give the build time as whole seconds since "
                "1 January 1970 (for example the last commit's: git log -1 --format=%ct)."
            ]
        )
    return datetime.fromtimestamp(int(raw), UTC)
