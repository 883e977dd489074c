"""The computed parts of a measure's page: latest value, a row per comparator, charts.

Kept apart from ``views`` (which holds the definition and the table of every
period) so the page's figures all come from ``compute`` in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lantern.compute import Comparison, Measure, MeasureResult, PeriodResult
from lantern.compute.bands import tie_rule
from lantern.compute.intervals import side
from lantern.data.area import AreaData
from lantern.present import badges
from lantern.present.badges import BadgeView, DirectionView, ValueView, measure_text, status_words
from lantern.present.change_cards import ChangeCardView, change_card
from lantern.present.charts.figure import FigureView
from lantern.present.charts.figure_cache import FigureCache
from lantern.present.charts.model import Chart
from lantern.present.gate import Gate
from lantern.vocab.language import N_, _, ngettext
from lantern.vocab.periods import in_words
from lantern.vocab.shorthand import NOT_AVAILABLE

if TYPE_CHECKING:
    from lantern.present.charts.position import Members


@dataclass(frozen=True)
class ComparisonRow:
    """One comparator group's line in the "how we compare" table."""

    group_name: str
    badge: BadgeView
    rank: str
    group_figure: str
    compared_period: str
    detail: str


@dataclass
class MeasurePanel:
    """Everything computed that a measure page shows."""

    latest: PeriodResult | None
    value: ValueView
    direction: DirectionView | None
    comparisons: list[ComparisonRow] = field(default_factory=list)
    charts: list[FigureView] = field(default_factory=list)
    in_year_note: str = ""
    not_compared_note: str = ""
    # Why the comparison table has no Rank column, when no group ranks the figure.
    no_rank_note: str = ""
    changes: ChangeCardView | None = None


INTERVAL_CAVEAT = N_(
    "Whether two intervals overlap is a conservative check, as Fingertips makes it (Public "
    "Health England, Technical Guide: Confidence Intervals): figures whose intervals overlap "
    "a little can still differ, and it is not a test of the significance of the difference."
)
# How an interval comparison was made, by where the area's interval lies (``side``) and
# whether it was set against the group's own interval or the group's figure.
INTERVAL_DETAILS = {
    ("similar", True): N_(
        "Compared by %(level)s confidence interval, not by quartile: the interval %(ours)s "
        "overlaps %(group)s's interval %(theirs)s."
    ),
    ("higher", True): N_(
        "Compared by %(level)s confidence interval, not by quartile: the interval %(ours)s "
        "lies wholly above %(group)s's interval %(theirs)s."
    ),
    ("lower", True): N_(
        "Compared by %(level)s confidence interval, not by quartile: the interval %(ours)s "
        "lies wholly below %(group)s's interval %(theirs)s."
    ),
    ("similar", False): N_(
        "Compared by %(level)s confidence interval, not by quartile: the interval %(ours)s "
        "overlaps %(group)s's figure %(theirs)s."
    ),
    ("higher", False): N_(
        "Compared by %(level)s confidence interval, not by quartile: the interval %(ours)s "
        "lies wholly above %(group)s's figure %(theirs)s."
    ),
    ("lower", False): N_(
        "Compared by %(level)s confidence interval, not by quartile: the interval %(ours)s "
        "lies wholly below %(group)s's figure %(theirs)s."
    ),
}


def interval_detail(gate: Gate, measure: Measure, home: PeriodResult, c: Comparison) -> str:
    """How an interval comparison was made: the two intervals (or the group's figure), where
    one lies against the other, and the method's caveat."""
    if c.verdict is None or home.interval is None or c.group_value is None:
        return c.reason or ""
    if c.group_interval is not None:
        theirs = badges.interval_ends(gate, measure, c.group_interval)
    else:
        theirs = measure_text(gate, measure, c.group_value, None)
    found = side(home.interval, c.group_value, c.group_interval)
    detail = _(INTERVAL_DETAILS[found, c.group_interval is not None]) % {
        "level": badges.level_words(home.interval.level),
        "ours": badges.interval_ends(gate, measure, home.interval),
        "group": c.group_name,
        "theirs": theirs,
    }
    return f"{detail} {_(INTERVAL_CAVEAT)}"


def _detail(gate: Gate, result: MeasureResult, comparison: Comparison, method: str) -> str:
    """How the band was worked out, in words an analyst can check."""
    measure = result.measure
    latest = result.latest
    if comparison.verdict is not None and latest is not None:
        return interval_detail(gate, measure, latest, comparison)
    if comparison.band is None:
        return comparison.reason or ""
    cuts = comparison.cut_points
    if comparison.band_source == "members" and cuts is not None:
        q1, q3 = cuts[1], cuts[3]
        assert q1 is not None and q3 is not None
        return ngettext(
            "%(count)s area with a value in %(period)s; lower quartile %(lower)s, upper quartile "
            "%(upper)s (linear interpolation; %(rule)s).",
            "%(count)s areas with a value in %(period)s; lower quartile %(lower)s, upper quartile "
            "%(upper)s (linear interpolation; %(rule)s).",
            comparison.n,
        ) % {
            "count": comparison.n,
            "period": in_words(comparison.compared_period or ""),
            "lower": gate.text(q1, None, measure.decimals),
            "upper": gate.text(q3, None, measure.decimals),
            "rule": tie_rule(method, measure.polarity),
        }
    if comparison.band_source == "published thresholds" and cuts is not None:
        return _("Compared with the group's published quartiles.")
    return _("As published.")


def _row(gate: Gate, result: MeasureResult, comparison: Comparison, method: str) -> ComparisonRow:
    rank = badges.rank_of(comparison)
    shown = ""
    if comparison.group_value is not None:
        shown = measure_text(gate, result.measure, comparison.group_value, None)
        if comparison.group_value_period:
            shown = _("%(figure)s (%(period)s)") % {
                "figure": shown,
                "period": in_words(comparison.group_value_period),
            }
    return ComparisonRow(
        group_name=comparison.group_name,
        badge=badges.badge(comparison),
        rank=rank,
        group_figure=shown,
        compared_period=comparison.compared_period or "",
        detail=_detail(gate, result, comparison, method),
    )


def measure_panel(
    site: AreaData, measure_id: str, figures: FigureCache | None = None
) -> MeasurePanel:
    """The computed parts of one measure's page, with its charts drawn through the build's
    ``figures`` (none without it: an area's page on a national site, or a page as it stood
    in an earlier release, shows its figures as tables)."""
    gate = Gate(site.suppress_below)
    result = site.result(measure_id)
    latest = result.latest
    if latest is None:
        return MeasurePanel(None, ValueView(NOT_AVAILABLE), None)
    compared = latest.compared
    method = site.settings.band_method
    panel = MeasurePanel(
        latest=latest,
        value=badges.value(
            gate, result.measure, latest, site.illustrative(measure_id, latest.period)
        ),
        direction=badges.direction(latest),
        comparisons=[_row(gate, result, c, method) for c in latest.comparisons] if compared else [],
    )
    if not compared:
        panel.not_compared_note = _(
            "This is %(area)s's own measure: no figures are published for other areas, so it "
            "has no comparison or quartile badge."
        ) % {"area": site.area_name}
    if latest.snapshot_changes:
        since = {c.since for c in latest.snapshot_changes} | {latest.period}
        panel.changes = change_card(
            gate,
            result.measure,
            latest,
            (
                "snapshot-changes",
                _("Change since earlier snapshots, to %(period)s")
                % {"period": in_words(latest.period)},
            ),
            any(site.illustrative(measure_id, p) for p in since),
        )
    basis = {c.compared_period for c in latest.comparisons if c.compared_period}
    if basis and basis != {latest.period}:
        panel.in_year_note = in_year_note(latest, basis)
    if panel.comparisons and not any(row.rank for row in panel.comparisons):
        panel.no_rank_note = no_rank_note(result.measure, latest, site.area_name, basis)
    if figures is not None:
        panel.charts = _figures(figures, site, gate, result, latest)
    return panel


def in_year_note(latest: PeriodResult, basis: set[str]) -> str:
    """Why an in-year figure is compared with the quartiles of earlier periods (``basis``)."""
    return _(
        "%(period)s (%(status)s) compared with %(periods)s quartiles, the latest published "
        "for every area."
    ) % {
        "period": in_words(latest.period),
        "status": status_words(latest.status),
        "periods": ", ".join(in_words(p) for p in sorted(basis)),
    }


def no_rank_note(measure: Measure, latest: PeriodResult, area_name: str, basis: set[str]) -> str:
    """Why no group ranks the latest figure, said where the Rank column would have been."""
    if measure.polarity == "none":
        return _("There is no rank: neither a high nor a low figure is better for this measure.")
    if basis and basis != {latest.period}:
        return _(
            "There is no rank: other areas' figures for %(period)s are not published yet, and "
            "a rank among figures for another year would mix years."
        ) % {"period": in_words(latest.period)}
    return _("There is no rank: no group has other areas' figures to rank %(area)s among.") % {
        "area": area_name
    }


def _figures(
    figures: FigureCache, site: AreaData, gate: Gate, result: MeasureResult, latest: PeriodResult
) -> list[FigureView]:
    """The measure's charts, kept between builds under everything they are drawn from."""
    first_group = next((c for c in latest.comparisons if c.band_source == "members"), None)
    members = (
        site.members(result.measure.measure_id, first_group)
        if latest.usable and first_group is not None
        else None
    )
    inputs = ("measure page", result, latest.period, site.area_name, gate, members)
    return figures.figures(
        inputs, lambda: _charts(site.area_name, gate, result, latest, first_group, members)
    )


def _charts(
    area_name: str,
    gate: Gate,
    result: MeasureResult,
    latest: PeriodResult,
    first_group: Comparison | None,
    members: Members | None,
) -> list[Chart]:
    """The trend; where the value is usable, its position in the first banded group and
    against every group's quartiles. (The builders load Altair, so they are imported only
    when a chart is drawn, not kept from the last build.)"""
    from lantern.present.charts.position import position, quartiles
    from lantern.present.charts.trend import trend

    charts = [trend(gate, result, area_name, "trend")]
    if not latest.usable:
        return charts
    if first_group is not None and members is not None:
        charts.append(position(gate, result, latest, first_group, members, area_name, "position"))
    if any(c.cut_points for c in latest.comparisons):
        charts.append(quartiles(gate, result, latest, area_name, "quartiles"))
    return charts
