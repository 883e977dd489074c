"""Old measure codes keep working: a small page that sends the reader to the measure.

A measure keeps its ``measure_id`` (and so its web address) for good. When the
publisher renumbers it (ASCOF 2A1 became 2B in 2023-24), the new code's
address redirects to it as well, unless another measure already uses that
code; ``LANTERN_MEASURE_REDIRECTS`` adds codes a measure used to have.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .views import MeasureView


@dataclass(frozen=True)
class RedirectSource:
    """Where the redirect page is written and its address."""

    code: str
    url: str
    save_as: str


def measure_redirects(
    measures: list[MeasureView], settings: dict[str, Any]
) -> list[tuple[RedirectSource, MeasureView]]:
    """(old address, measure) for every renumbered or renamed code that is free."""
    by_id = {m.measure_id: m for m in measures}
    taken = {m.slug for m in measures}
    wanted: dict[str, MeasureView] = {}
    for measure in measures:
        if measure.renumbered_as:
            wanted.setdefault(measure.renumbered_as, measure)
    for old, new in dict(settings.get("LANTERN_MEASURE_REDIRECTS") or {}).items():
        if new in by_id:
            wanted[str(old)] = by_id[new]
    redirects = []
    for code, measure in sorted(wanted.items()):
        slug = code.lower()
        if slug in taken:
            continue
        taken.add(slug)
        source = RedirectSource(
            code,
            settings["LANTERN_MEASURE_URL"].format(slug=slug),
            settings["LANTERN_MEASURE_SAVE_AS"].format(slug=slug),
        )
        redirects.append((source, measure))
    return redirects
