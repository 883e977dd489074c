"""What one release published about the home area, and what changed from one release to
the next.

A release is a git tag (plus, usually, a release note in ``content/releases/``).
What changed is computed, never written by hand: the home area's figures in
one release against the previous release's, giving new periods, revised
values (old → new, with the row's note) and new or retired measures.

Every release, the working data and each tag alike, has been validated,
loaded and computed by the same functions as the site's own pages
(``releases.areas``) before its figures are taken here, so a figure is the one
the engine resolved and suppressed: a small count, or a value worked out from
one, is ``[c]`` in "what changed" just as on the measure's page. There is no
second reading of a release's CSV files, and so no unreadable cell to warn
about: a release with one never passes validation, and a tag's stops the
build. ``release_figures`` and ``compare`` are pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lantern.compute import PeriodResult
from lantern.data.area import AreaData
from lantern.data.plausibility import unusual
from lantern.data.release_changes import Changes, Revision
from lantern.data.tables import parse_number
from lantern.vocab.shorthand import NOT_AVAILABLE


@dataclass(frozen=True)
class ReleaseFigures:
    """What one release published about the home area: its figures by (measure, period),
    and its measures."""

    values: dict[tuple[str, str], tuple[str, str]]  # → (value or shorthand, note)
    measures: dict[str, str]  # measure_id → title
    # measure_id → (min, max) hints from measures.csv, for figures worth a second look.
    hints: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)


def shown(period: PeriodResult) -> str:
    """A period's figure as compared between releases: the engine's value as Python writes
    it (``52.5``), or the shorthand standing in for it (``[c]``)."""
    if period.value is None:
        return period.shorthand or NOT_AVAILABLE
    return str(period.value)


def release_figures(area: AreaData) -> ReleaseFigures:
    """What the release ``area`` was computed from published about it: each period's figure
    as resolved and suppressed, with its row's note, and the title and min/max hints of
    every measure in its measures.csv."""
    values = {
        (measure_id, period.period): (shown(period), period.note)
        for measure_id, result in area.results.items()
        for period in result.periods
    }
    rows = area.dataset.measures.to_dict("records")
    titles = {str(r["measure_id"]): str(r["title"]) for r in rows}
    hints = {str(r["measure_id"]): (_hint(r["min"]), _hint(r["max"])) for r in rows}
    return ReleaseFigures(values, titles, hints)


def _hint(cell: object) -> float | None:
    """A min or max hint of measures.csv (text in the loaded table), or None if blank."""
    return parse_number(str(cell).strip())


def _same(old: str, new: str) -> bool:
    try:
        return float(old) == float(new)
    except ValueError:
        return old == new


def compare(old: ReleaseFigures | None, new: ReleaseFigures) -> Changes:
    """What changed from ``old`` to ``new`` (with no ``old``, the first release)."""
    if old is None:
        return Changes(first=True, unusual=_unusual(new, set(new.values)))
    changes = Changes()
    for (measure_id, period), (value, note) in sorted(new.values.items()):
        before = old.values.get((measure_id, period))
        if before is None:
            changes.new_periods.append(Revision(measure_id, period, value))
        elif not _same(before[0], value):
            changes.revisions.append(Revision(measure_id, period, value, before[0], note))
    changes.new_measures = sorted((m, t) for m, t in new.measures.items() if m not in old.measures)
    changes.retired_measures = sorted(
        (m, t) for m, t in old.measures.items() if m not in new.measures
    )
    touched = {(r.measure_id, r.period) for r in [*changes.new_periods, *changes.revisions]}
    changes.unusual = _unusual(new, touched)
    return changes


def _unusual(figures: ReleaseFigures, touched: set[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The unusual figures among those a release adds or revises."""
    numbers = {
        key: number
        for key, (text, _) in figures.values.items()
        if (number := parse_number(text)) is not None
    }
    return [u for u in unusual(numbers, figures.hints) if (u[0], u[1]) in touched]
