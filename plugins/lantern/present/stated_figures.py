"""Figures a report states in words, embedded from a package's ``figures`` resource.

A narrative page often quotes a figure that is not a measure: "2,150 contacts a
month on average", "84.5% of providers rated good or outstanding". Writing it
into ``figures.csv`` (columns ``figure``, ``label``, ``value``, ``unit``) and
embedding it with ``{{ figure package key }}`` keeps every number on the page
coming from ``data/``, shown as it was written there and through the gate, so
a small count is suppressed here as everywhere else.

A budget figure is usually a forecast: what one month's monitoring expects by
the year's end. Its row says so (``status`` ``forecast`` and ``as_at``, the
monitoring month), and the page writes it beside the figure ("forecast at
October 2022"), so it is never read as an outturn.
"""

from __future__ import annotations

from lantern.data.tables import DataPackage
from lantern.present.badges import ValueView
from lantern.present.charts.resources import Resource, cell_text, find_resource
from lantern.present.gate import Gate
from lantern.vocab.language import N_, _
from lantern.vocab.periods import in_words
from lantern.vocab.shorthand import NOT_AVAILABLE, SHORTHANDS

RESOURCE = "figures"


def find_figure(
    packages: list[DataPackage], package_name: str, key: str, gate: Gate
) -> tuple[Resource, dict[str, str]]:
    """The ``package/figures`` resource and its row whose ``figure`` is ``key``;
    KeyError naming what exists otherwise."""
    resource = find_resource(packages, f"{package_name}/{RESOURCE}", gate)
    for row in resource.table.rows:
        if row.get("figure") == key:
            return resource, row
    keys = ", ".join(row.get("figure", "") for row in resource.table.rows)
    raise KeyError(f"unknown figure '{key}' in {package_name}/{RESOURCE}. Allowed: {keys}")


def stated_figure(resource: Resource, row: dict[str, str]) -> ValueView:
    """The figure in its row's unit, with as many decimals as it was written with."""
    shown = cell_text(resource, "value", row.get("value", ""), row.get("unit") or None)
    shown = shown or NOT_AVAILABLE
    code = SHORTHANDS.get(shown)
    meaning = code.meaning if code else ""
    return ValueView(shown, illustrative=resource.illustrative, meaning=meaning)


# A stated figure's status → how the page words it (``%(as_at)s`` is the monitoring month).
FIGURE_STATUSES = {"forecast": N_("forecast at %(as_at)s"), "outturn": N_("outturn")}


def figure_status(row: dict[str, str]) -> str:
    """``forecast at October 2022`` for a forecast, ``outturn``, or "" for a figure with no
    status; ValueError when the status is unknown or a forecast says not when it was made."""
    status = row.get("status", "")
    if not status:
        return ""
    if status not in FIGURE_STATUSES:
        raise ValueError(f"unknown status '{status}'. Allowed: {', '.join(FIGURE_STATUSES)}")
    as_at = row.get("as_at", "")
    if "%(as_at)s" in FIGURE_STATUSES[status] and not as_at:
        raise ValueError(f"figure '{row.get('figure')}' is a {status} but has no as_at month")
    if "%(as_at)s" in FIGURE_STATUSES[status]:
        return _(FIGURE_STATUSES[status]) % {"as_at": in_words(as_at)}
    return _(FIGURE_STATUSES[status])
