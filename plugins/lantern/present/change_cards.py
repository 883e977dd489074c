"""Change cards: a snapshot's value and its change since a week, month, quarter and year.

Finance and caseload reports show a headline figure with four changes beside
it. The changes come from ``compute`` (``snapshot_changes``), so the card and
``lantern compute`` always agree; this module only words them, with the
direction in words as well as an arrow (``m.change_card`` lays them out, each
date in words with its machine form in ``<time datetime>``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lantern.compute import Measure, PeriodResult
from lantern.compute.model import SnapshotChange
from lantern.compute.rounding import round_half_away
from lantern.present.badges import measure_text
from lantern.present.gate import Gate
from lantern.vocab.language import N_, _
from lantern.vocab.shorthand import NOT_AVAILABLE

ARROWS = {"up": "▲", "down": "▼", "same": "▬"}
# Each way (a code: a CSS class) as a page writes it beside the arrow, for screen readers.
WAY_WORDS = {"up": N_("up"), "down": N_("down"), "same": N_("same")}
# Each look-back (``compute.snapshots.LOOK_BACKS``) as the card names it: its label alone,
# and the line's heading.
LOOK_BACK_LABELS = {
    "week": N_("Week"),
    "month": N_("Month"),
    "quarter": N_("Quarter"),
    "year": N_("Year"),
}
LOOK_BACK_HEADINGS = {
    "week": N_("Week change"),
    "month": N_("Month change"),
    "quarter": N_("Quarter change"),
    "year": N_("Year change"),
}


def way_of(amount: float) -> str:
    """Which way a rounded change went: up, down or same (a key of ``ARROWS``)."""
    return "up" if amount > 0 else "down" if amount < 0 else "same"


@dataclass(frozen=True)
class ChangeView:
    """One look-back: ``Week change ▲ up £5,975 (+0.2%) since 15 November 2024``;
    ``since`` is the earlier snapshot's date as in the data (``2024-11-15``). ``way`` is a
    code (a CSS class); ``label``, ``heading`` and ``way_words`` are as the page writes them."""

    label: str
    way: str
    arrow: str
    amount: str
    percent: str
    since: str
    heading: str = ""
    way_words: str = ""


@dataclass(frozen=True)
class ChangeCardView:
    """The card: title, the value on its date (``day``, as in the data) and one line per
    look-back."""

    anchor: str
    title: str
    value: str
    day: str
    illustrative: bool
    changes: list[ChangeView] = field(default_factory=list)


def change_view(gate: Gate, measure: Measure, change: SnapshotChange) -> ChangeView:
    """A look-back worded, rounded as the value is; the percentage to one decimal."""
    amount = round_half_away(change.change, measure.decimals)
    way = way_of(amount)
    percent = ""
    if change.percent_change is not None:
        percent = gate.text(change.percent_change, "percent", 1, signed=True)
    return ChangeView(
        label=_(LOOK_BACK_LABELS[change.label]),
        way=way,
        arrow=ARROWS[way],
        # A change is not a count of people, so it is written, not suppressed.
        amount=gate.text(amount, measure.unit, measure.decimals),
        percent=percent,
        since=change.since,
        heading=_(LOOK_BACK_HEADINGS[change.label]),
        way_words=_(WAY_WORDS[way]),
    )


def change_card(
    gate: Gate,
    measure: Measure,
    latest: PeriodResult,
    heading: tuple[str, str],
    illustrative: bool,
) -> ChangeCardView:
    """The card for the latest snapshot; ``heading`` is (anchor, title)."""
    anchor, title = heading
    return ChangeCardView(
        anchor=anchor,
        title=title,
        value=measure_text(gate, measure, latest.value, latest.shorthand or NOT_AVAILABLE),
        day=latest.period,
        illustrative=illustrative,
        changes=[change_view(gate, measure, c) for c in latest.snapshot_changes],
    )
