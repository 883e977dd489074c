"""Old measure codes keep working: a small page that sends the reader to the measure.

A measure keeps its ``measure_id`` (and so its web address) for good. When the
publisher renumbers it (ASCOF 2A1 became 2B in 2023-24), the new code's
address redirects to it as well, unless another measure already uses that
code; ``LANTERN_MEASURE_REDIRECTS`` adds codes a measure used to have.
"""

from __future__ import annotations

from collections.abc import Mapping

from lantern.config.urls import slug
from lantern.present.views import MeasureView


def measure_redirects(
    measures: list[MeasureView], extra: Mapping[str, str]
) -> list[tuple[str, MeasureView]]:
    """(old code, measure) for every renumbered or renamed code whose address is free."""
    by_id = {m.measure_id: m for m in measures}
    taken = {slug(m.measure_id) for m in measures}
    wanted: dict[str, MeasureView] = {}
    for measure in measures:
        if measure.renumbered_as:
            wanted.setdefault(measure.renumbered_as, measure)
    for old, new in extra.items():
        if new in by_id:
            wanted[str(old)] = by_id[new]
    redirects = []
    for code, measure in sorted(wanted.items()):
        if slug(code) in taken:
            continue
        taken.add(slug(code))
        redirects.append((code, measure))
    return redirects
