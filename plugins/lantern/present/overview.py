"""An overview table: several measures over their last few periods, with the change from
the period before (an arrow and a word that follow the measure's polarity) and a
sparkline drawn at build time with its trend in words.

Committee reports print such a table ("ASC Overview": ten measures over four
rolling quarters, each with its direction of travel). The data is one row per
measure and period, in the order the report reads them (``measure``, ``period``,
``value``, and optionally ``unit`` and ``polarity``), so any set of measures over
any run of periods can be shown. Every figure is written by the gate.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import cast

from lantern.compute.direction import NO_CHANGE, direction
from lantern.compute.rounding import round_half_away
from lantern.data.tables import parse_number
from lantern.present.change_cards import ARROWS, way_of
from lantern.present.charts.resources import Resource, cell_text
from lantern.present.gate import Gate, decimals_written
from lantern.vocab.language import N_, _
from lantern.vocab.polarity import POLARITIES, Polarity
from lantern.vocab.shorthand import NOT_AVAILABLE
from lantern.vocab.units import UNITS

# The short word beside the arrow for each direction of travel (``compute.direction``,
# which applies the polarity): a fall in a "low is good" measure is improving, so "better";
# a measure with no better direction says only which way it went.
WORDS = {
    "improving": "better",
    "worsening": "worse",
    "increasing": "up",
    "decreasing": "down",
    NO_CHANGE: NO_CHANGE,
}
# Each of those words (a code: a CSS class) as the page writes it.
WORD_MESSAGES = {
    "better": N_("better"),
    "worse": N_("worse"),
    "up": N_("up"),
    "down": N_("down"),
    NO_CHANGE: N_("no change"),
}
REQUIRED = ("measure", "period", "value")
# The sparkline's box, in pixels: small enough for a table cell on a phone.
WIDTH, HEIGHT, PAD = 72, 20, 2


@dataclass(frozen=True)
class Change:
    """The change from the period before: its figure, arrow, direction and word (a code),
    and the word as the page writes it (``words``)."""

    amount: str
    arrow: str
    way: str  # up, down, same
    word: str  # better, worse, up, down, no change
    words: str = ""


@dataclass(frozen=True)
class OverviewRow:
    """One measure: its values by period, the latest change, its sparkline and its trend."""

    measure: str
    values: list[str]
    change: Change | None
    sparkline: str  # an SVG path's d attribute, empty with fewer than two figures
    trend: str


@dataclass(frozen=True)
class OverviewView:
    """The table as the page shows it."""

    anchor: str
    caption: str
    periods: list[str]
    rows: list[OverviewRow]
    notes: list[str]
    # The sparklines' box, in pixels, for the template's <svg> (one home: ``WIDTH``, ``HEIGHT``).
    width: int = WIDTH
    height: int = HEIGHT


def problems_with(resource: Resource) -> list[str]:
    """What stops ``resource`` being an overview, in words (empty when it can be one)."""
    missing = [c for c in REQUIRED if c not in resource.table.columns]
    if missing:
        return [f"{resource.package.name}/{resource.name} has no column {', '.join(missing)}"]
    found = []
    for row in resource.table.rows:
        if row.get("polarity", "none") not in POLARITIES:
            found.append(f"polarity '{row['polarity']}' for {row['measure']}")
        if row.get("unit", "count") not in UNITS:
            found.append(f"unit '{row['unit']}' for {row['measure']}")
    return found


def change(gate: Gate, previous: str, latest: str, polarity: str, decimals: int) -> Change | None:
    """The change between two figures as written, rounded to ``decimals`` and written by
    the gate (a change is not a count of people, so it is not suppressed); None when either
    is not a number (a shorthand or a suppressed count)."""
    old, new = parse_number(previous), parse_number(latest)
    if old is None or new is None:
        return None
    amount = round_half_away(new - old, decimals)
    way = way_of(amount)
    word = WORDS[direction(amount, 0.0, cast(Polarity, polarity))]
    return Change(gate.text(amount, None, decimals), ARROWS[way], way, word, _(WORD_MESSAGES[word]))


def sparkline(figures: list[float]) -> str:
    """The path of a line through ``figures``, scaled to fill the box.

    A sparkline shows shape, not size: its scale runs from the smallest figure to
    the largest, and the figures themselves are in the row beside it.
    """
    if len(figures) < 2:
        return ""
    low, high = min(figures), max(figures)
    span = (high - low) or 1.0
    step = (WIDTH - 2 * PAD) / (len(figures) - 1)
    points = [
        (PAD + i * step, HEIGHT - PAD - (f - low) / span * (HEIGHT - 2 * PAD))
        for i, f in enumerate(figures)
    ]
    return "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points)


def trend_words(figures: list[float], first: str, last: str) -> str:
    """The trend in words: ``From 4,060 to 4,103: rose in 2 of 3 changes, fell in 1.``"""
    steps = [b - a for a, b in pairwise(figures)]
    if not steps:
        return _("Only one figure.")
    rose, fell = sum(s > 0 for s in steps), sum(s < 0 for s in steps)
    words = {"first": first, "last": last, "rose": rose, "fell": fell, "count": len(steps)}
    if rose and fell:
        said = _(
            "From %(first)s to %(last)s: rose in %(rose)s of %(count)s changes, fell in %(fell)s."
        )
    elif rose:
        said = _("From %(first)s to %(last)s: rose in %(rose)s of %(count)s changes.")
    elif fell:
        said = _("From %(first)s to %(last)s: fell in %(fell)s.")
    else:
        said = _("From %(first)s to %(last)s: no change in %(count)s changes.")
    return said % words


def _row(
    resource: Resource, by_period: list[dict[str, str] | None], decimals: int | None
) -> OverviewRow:
    """One measure's row; ``by_period`` has its row for each period shown, or None."""
    found = [r for r in by_period if r is not None]
    unit = found[0].get("unit") or "count"
    polarity = found[0].get("polarity") or "none"
    raw = [r.get("value", "") if r is not None else "" for r in by_period]
    shown = [cell_text(resource, "value", v, unit) or NOT_AVAILABLE for v in raw]
    places = decimals if decimals is not None else max(decimals_written(v) for v in raw)
    moved = change(resource.gate, raw[-2], raw[-1], polarity, places) if len(raw) > 1 else None
    figures = [n for n in (parse_number(v) for v in raw) if n is not None]
    return OverviewRow(
        measure=found[0]["measure"],
        values=shown,
        change=moved,
        sparkline=sparkline(figures),
        trend=trend_words(figures, shown[0], shown[-1]) if figures else _("No figures."),
    )


def overview(
    resource: Resource,
    anchor: str,
    caption: str,
    periods: int | None = None,
    change_decimals: int | None = None,
) -> OverviewView:
    """The table of every measure in ``resource`` over its last ``periods`` periods (all
    of them when None); changes rounded to ``change_decimals`` (as the values are written
    when None)."""
    order = list(dict.fromkeys(r["period"] for r in resource.table.rows))
    shown = order[-periods:] if periods else order
    by_measure: dict[str, dict[str, dict[str, str]]] = {}
    for row in resource.table.rows:
        by_measure.setdefault(row["measure"], {})[row["period"]] = row
    rows = [
        _row(resource, [found.get(p) for p in shown], change_decimals)
        for found in by_measure.values()
        if any(p in found for p in shown)
    ]
    table = [[r.measure, *r.values] for r in rows]
    notes = resource.notes(table)
    if any((r.get("unit") or "count") == "percent" for r in resource.table.rows):
        notes.append(_("A change in a percentage is in percentage points."))
    return OverviewView(anchor, caption, shown, rows, notes)
