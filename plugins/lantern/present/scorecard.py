"""The scorecard: every measure's latest figure, one table per comparator group."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from lantern.data.area import AreaData
from lantern.present import badges
from lantern.present.badges import BadgeView, DirectionView, ValueView
from lantern.present.gate import Gate
from lantern.present.views import MeasureView, theme_views


@dataclass(frozen=True)
class ScorecardRow:
    """One measure's line in a comparator group's table."""

    measure: MeasureView
    period: str
    value: ValueView
    badge: BadgeView
    rank: str
    direction: DirectionView


@dataclass
class ScorecardSection:
    """One comparator group: its measures by theme."""

    group_id: str
    group_name: str
    themes: list[tuple[str, list[ScorecardRow]]] = field(default_factory=list)


def scorecard(site: AreaData, measures: list[MeasureView]) -> list[ScorecardSection]:
    """A section per comparator group, in the order of LANTERN_COMPARATORS, without the
    measures no longer collected (they are listed apart on the measures page)."""
    gate = Gate(site.suppress_below)
    sections = []
    for group in site.groups:
        section = ScorecardSection(group.group_id, group.group_name)
        for theme in theme_views(measures):
            rows = []
            for view in theme.measures:
                result = site.result(view.measure_id)
                latest = result.latest
                if latest is None or not latest.compared or view.last_collected:
                    continue
                comparison = next(c for c in latest.comparisons if c.group_id == group.group_id)
                rows.append(
                    ScorecardRow(
                        measure=view,
                        period=latest.period,
                        value=badges.value(
                            gate,
                            result.measure,
                            latest,
                            site.illustrative(view.measure_id, latest.period),
                        ),
                        badge=badges.badge(comparison),
                        rank=badges.rank_of(comparison),
                        direction=badges.direction(latest),
                    )
                )
            if rows:
                section.themes.append((theme.name, rows))
        sections.append(section)
    return sections


@dataclass(frozen=True)
class HeadlineRow:
    """One measure on the home page: latest value, a badge per comparator, direction."""

    measure: MeasureView
    period: str
    value: ValueView
    badges: list[BadgeView]
    direction: DirectionView


def headline(
    site: AreaData, measures: list[MeasureView], excluded: Collection[str] = ()
) -> list[HeadlineRow]:
    """Every measure with a banded (or interval-compared) latest figure, badges in the
    comparators' order, except the themes the settings leave out (a long survey would crowd
    the home page) and the measures no longer collected (a badge on an old figure would read
    as news)."""
    gate = Gate(site.suppress_below)
    rows = []
    for view in measures:
        if view.theme in excluded or view.last_collected:
            continue
        result = site.result(view.measure_id)
        latest = result.latest
        if latest is None or not any(c.band or c.verdict for c in latest.comparisons):
            continue
        rows.append(
            HeadlineRow(
                measure=view,
                period=latest.period,
                value=badges.value(
                    gate,
                    result.measure,
                    latest,
                    site.illustrative(view.measure_id, latest.period),
                ),
                badges=[badges.badge(c) for c in latest.comparisons],
                direction=badges.direction(latest),
            )
        )
    return rows
