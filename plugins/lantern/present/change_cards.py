"""Change cards: a snapshot's value and its change since a week, month, quarter and year.

Finance and caseload reports show a headline figure with four changes beside
it. The changes come from ``compute`` (``snapshot_changes``), so the card and
``lantern compute`` always agree; this module only writes them as HTML, with
the direction in words as well as an arrow.
"""

from __future__ import annotations

from datetime import date

from markupsafe import Markup

from lantern.compute import Measure, PeriodResult
from lantern.compute.model import SnapshotChange
from lantern.compute.rounding import round_half_away
from lantern.present.badges import illustrative_mark
from lantern.present.formatting import format_value

ARROWS = {"up": "▲", "down": "▼", "same": "▬"}


def long_date(iso: str) -> str:
    """``2024-11-22`` → ``22 November 2024``."""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def change_text(measure: Measure, change: SnapshotChange) -> tuple[str, str, str]:
    """(way, amount, percent): ``up``, ``£5,975``, ``+0.2%``, rounded as the value is."""
    amount = round_half_away(change.change, measure.decimals)
    way = "up" if amount > 0 else "down" if amount < 0 else "same"
    shown = format_value(amount, measure.unit, measure.decimals)
    percent = ""
    if change.percent_change is not None:
        rounded = round_half_away(change.percent_change, 1)
        percent = f"{'+' if rounded > 0 else ''}{rounded:.1f}%"
    return way, shown, percent


def change_card(
    measure: Measure, latest: PeriodResult, anchor: str, title: str, illustrative: bool
) -> Markup:
    """The card: title, value on its date, and one line per look-back."""
    items = Markup("")
    for change in latest.snapshot_changes:
        way, amount, percent = change_text(measure, change)
        items += Markup(
            '<li><span class="change-label">{label} change</span> '
            '<span class="change change-{way}"><span aria-hidden="true">{arrow}</span>'
            '<span class="visually-hidden">{way}</span> {amount}{percent}</span> '
            '<span class="since">since {since}</span></li>'
        ).format(
            label=change.label.capitalize(),
            way=way,
            arrow=ARROWS[way],
            amount=amount,
            percent=f" ({percent})" if percent else "",
            since=long_date(change.since),
        )
    mark = illustrative_mark(illustrative)
    value = format_value(latest.value, measure.unit, measure.decimals, latest.shorthand or "[x]")
    return Markup(
        '<div class="change-card" id="{anchor}">'
        '<p class="card-title">{title} <a class="anchor-link" href="#{anchor}">'
        '<span class="visually-hidden">Link to this card</span><span aria-hidden="true">#</span>'
        "</a></p>"
        '<p class="card-value">{value}{mark} <span class="card-date">on {day}</span></p>'
        '<ul class="changes">{items}</ul></div>'
    ).format(
        anchor=anchor,
        title=title,
        value=value,
        mark=mark,
        day=long_date(latest.period),
        items=items,
    )
