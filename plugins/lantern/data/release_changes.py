"""What changed from one release's figures to the next: new periods, revised values, new
or retired measures, and the new figures worth a second look.

``releases.figures.compare`` works it out and ``present.change_lines`` puts it
in words; it is kept here, below both, so the words of a change line need
nothing of the releases layer that reads git and the release history.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Revision:
    """A figure new in a release (no ``old``), or changed since the previous one with the
    new row's note."""

    measure_id: str
    period: str
    new: str
    old: str | None = None
    note: str = ""


@dataclass
class Changes:
    """Everything that changed from one release to the next."""

    new_periods: list[Revision] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    new_measures: list[tuple[str, str]] = field(default_factory=list)
    retired_measures: list[tuple[str, str]] = field(default_factory=list)
    first: bool = False
    # New or revised figures worth a second look: (measure_id, period, why).
    unusual: list[tuple[str, str, str]] = field(default_factory=list)
