"""The computed parts of a measure's page: latest value, a row per comparator, charts.

Kept apart from ``views`` (which holds the definition and the table of every
period) so the page's figures all come from ``compute`` in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from lantern.compute import Comparison, MeasureResult, PeriodResult
from lantern.data.area import AreaData
from lantern.present import badges
from lantern.present.change_cards import change_card
from lantern.present.charts import measure_charts
from lantern.present.charts.figure import figure_html
from lantern.present.formatting import format_number, format_value


@dataclass(frozen=True)
class ComparisonRow:
    """One comparator group's line in the "how we compare" table."""

    group_name: str
    badge: Markup
    rank: str
    group_figure: str
    compared_period: str
    detail: str


@dataclass
class MeasurePanel:
    """Everything computed that a measure page shows."""

    latest: PeriodResult | None
    value: Markup
    direction: Markup
    comparisons: list[ComparisonRow] = field(default_factory=list)
    charts: list[Markup] = field(default_factory=list)
    in_year_note: str = ""
    not_compared_note: str = ""
    changes: Markup = field(default_factory=Markup)


def _detail(result: MeasureResult, comparison: Comparison) -> str:
    """How the band was worked out, in words an analyst can check."""
    measure = result.measure
    if comparison.band is None:
        return comparison.reason or ""
    cuts = comparison.cut_points
    if comparison.band_source == "members" and cuts is not None:
        q1, q3 = cuts[1], cuts[3]
        assert q1 is not None and q3 is not None
        return (
            f"{comparison.n} areas with a value in {comparison.compared_period}; lower quartile "
            f"{format_number(q1, measure.decimals)}, upper quartile "
            f"{format_number(q3, measure.decimals)} (linear interpolation; a value on a "
            "cut-point gets the better band)."
        )
    if comparison.band_source == "published thresholds" and cuts is not None:
        return "Compared with the group's published quartiles."
    return "As published."


def _row(result: MeasureResult, comparison: Comparison) -> ComparisonRow:
    measure = result.measure
    rank = f"{comparison.rank_label} of {comparison.n}" if comparison.rank_label is not None else ""
    figure = ""
    if comparison.group_value is not None:
        figure = format_value(comparison.group_value, measure.unit, measure.decimals)
        if comparison.group_value_period:
            figure += f" ({comparison.group_value_period})"
    return ComparisonRow(
        group_name=comparison.group_name,
        badge=badges.badge(comparison, with_reason=False),
        rank=rank,
        group_figure=figure,
        compared_period=comparison.compared_period or "",
        detail=_detail(result, comparison),
    )


def measure_panel(site: AreaData, measure_id: str) -> MeasurePanel:
    """The computed parts of one measure's page, charts included."""
    result = site.result(measure_id)
    latest = result.latest
    if latest is None:
        return MeasurePanel(None, Markup("[x]"), Markup(""))
    illustrative = site.illustrative(measure_id, latest.period)
    mark = badges.illustrative_mark(illustrative)
    compared = latest.compared
    panel = MeasurePanel(
        latest=latest,
        value=badges.value(result.measure, latest) + mark,
        direction=badges.direction(latest),
        comparisons=[_row(result, c) for c in latest.comparisons] if compared else [],
    )
    if not compared:
        panel.not_compared_note = (
            f"This is {site.area_name}'s own measure: no figures are published for other "
            "areas, so it has no comparison or quartile badge."
        )
    if latest.snapshot_changes:
        since = {c.since for c in latest.snapshot_changes} | {latest.period}
        panel.changes = change_card(
            result.measure,
            latest,
            "snapshot-changes",
            f"Change since earlier snapshots, to {latest.period}",
            any(site.illustrative(measure_id, p) for p in since),
        )
    basis = {c.compared_period for c in latest.comparisons if c.compared_period}
    if basis and basis != {latest.period}:
        periods = ", ".join(sorted(basis))
        panel.in_year_note = (
            f"{latest.period} ({latest.status}) compared with {periods} quartiles, the latest "
            "published for every area."
        )
    panel.charts.append(figure_html(measure_charts.trend(result, site.area_name, "trend")))
    usable = latest.value is not None and latest.shorthand is None
    first_group = next((c for c in latest.comparisons if c.band_source == "members"), None)
    if usable and first_group is not None:
        members = site.members(measure_id, first_group)
        chart = measure_charts.position(
            result, latest, first_group, members, site.area_name, "position"
        )
        panel.charts.append(figure_html(chart))
    if usable and any(c.cut_points for c in latest.comparisons):
        panel.charts.append(
            figure_html(measure_charts.quartiles(result, latest, site.area_name, "quartiles"))
        )
    return panel
