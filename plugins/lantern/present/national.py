"""A national site's views: the list of areas, and each measure's table of every area.

A national page compares every area in one period, against one group every
area shares (the widest comparator, England on the example), so each rank and
band in its table is out of the same areas and the same year. It can be read
in three orders; each order is its own page (``ORDERS``), so sorting works
without JavaScript and a councillor can link to a sorted view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lantern.compute import Comparison, PeriodResult
from lantern.compute.bands import MIN_VALUES
from lantern.data.area import AreaData
from lantern.present import badges
from lantern.present.badges import BadgeView, DirectionView, ValueView
from lantern.present.gate import Gate
from lantern.vocab.language import N_, Translated
from lantern.vocab.periods import parse_period


@dataclass(frozen=True)
class Order:
    """One order of a national table: its address part (empty for the first), its words
    on the switch, and in the table's caption (messages, read in the site's language as
    ``label`` and ``caption``)."""

    key: str
    label_message: str
    caption_message: str

    # The order's words on the switch: ``Area (A to Z)``.
    label = Translated("label_message")

    # The order's words in the table's caption: ``by area name``.
    caption = Translated("caption_message")


ORDERS = (
    Order("", N_("Area (A to Z)"), N_("by area name")),
    Order("by-figure", N_("Figure (best first)"), N_("best figure first")),
    Order("by-region", N_("Region"), N_("by region")),
)
# A measure where neither high nor low is better is put in order of its figure, highest first.
NO_POLARITY = Order("by-figure", N_("Figure (highest first)"), N_("highest figure first"))


@dataclass(frozen=True)
class AreaEntry:
    """One area in the list of areas."""

    code: str
    name: str
    region: str
    url: str
    home: bool


@dataclass(frozen=True)
class AreaRow:
    """One area's line in a measure's national table."""

    code: str
    name: str
    region: str
    url: str
    value: ValueView
    badge: BadgeView | None
    rank: str
    direction: DirectionView | None
    # The figure as computed, for the order by figure; None sorts last.
    figure: float | None


def area_entries(
    areas: Mapping[str, AreaData], regions: Mapping[str, str], url: Mapping[str, str]
) -> list[AreaEntry]:
    """Every area of the site by name (the home area first, as in ``areas``)."""
    return [
        AreaEntry(code, area.area_name, regions.get(code, ""), url[code], index == 0)
        for index, (code, area) in enumerate(areas.items())
    ]


def shared_group(home: AreaData) -> str | None:
    """The comparator every area is ranked in on a national page: the home area's widest
    group that is not any one area's own (England on the example)."""
    shared = [g for g in home.groups if not g.for_area]
    return max(shared, key=lambda g: len(g.members)).group_id if shared else None


def national_period(areas: Mapping[str, AreaData], measure_id: str) -> str | None:
    """The latest period in which enough areas have a usable figure to compare them."""
    counts: dict[str, int] = {}
    for area in areas.values():
        for period in area.result(measure_id).periods:
            if period.usable:
                counts[period.period] = counts.get(period.period, 0) + 1
    compared = [p for p, n in counts.items() if n >= MIN_VALUES]
    return max(compared, key=lambda p: parse_period(p).start) if compared else None


def _comparison(period: PeriodResult, group_id: str) -> Comparison | None:
    return next((c for c in period.comparisons if c.group_id == group_id), None)


def area_row(
    gate: Gate, area: AreaData, measure_id: str, period: str, group_id: str, url: str, region: str
) -> AreaRow:
    """One area's figure, band, rank and direction in ``period``."""
    result = area.result(measure_id)
    found = area.period(measure_id, period)
    if found is None:
        empty = ValueView(badges.measure_text(gate, result.measure, None, None))
        return AreaRow(area.area_code, area.area_name, region, url, empty, None, "", None, None)
    comparison = _comparison(found, group_id)
    return AreaRow(
        code=area.area_code,
        name=area.area_name,
        region=region,
        url=url,
        value=badges.value(gate, result.measure, found, area.illustrative(measure_id, period)),
        badge=badges.badge(comparison) if comparison is not None else None,
        rank=badges.rank_of(comparison) if comparison is not None else "",
        direction=badges.direction(found),
        figure=found.value if found.usable else None,
    )


def ordered(rows: Sequence[AreaRow], order: Order, polarity: str) -> list[AreaRow]:
    """The rows in ``order``: by name, by figure (best first, or highest first where
    neither is better; areas with no figure last) or by region then name."""
    by_name = sorted(rows, key=lambda r: (r.name, r.code))
    if order.key == "by-region":
        return sorted(by_name, key=lambda r: r.region)
    if order.key == "by-figure":
        low_first = polarity == "low"
        return sorted(
            by_name,
            key=lambda r: (
                r.figure is None,
                0.0 if r.figure is None else (r.figure if low_first else -r.figure),
            ),
        )
    return by_name


def measure_order(order: Order, polarity: str) -> Order:
    """The order as it reads on this measure (figure order has no "best" without polarity)."""
    return NO_POLARITY if order.key == NO_POLARITY.key and polarity == "none" else order
