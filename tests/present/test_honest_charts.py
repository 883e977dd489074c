"""Charts that cannot mislead: zero baselines, gaps, provisional marks and illustrative labels."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
import vl_convert

from lantern.compute import Measure, MeasureResult, PeriodResult
from lantern.present.charts.honesty import marked_illustrative, problems
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.trend import trend
from lantern.present.charts.variants import WIDE, sized
from lantern.present.gate import Gate


def measure(unit: str) -> Measure:
    fields = dict.fromkeys(Measure.__dataclass_fields__, "")
    fields.update(
        measure_id="M1", title="People helped", unit=unit, polarity="high", decimals=1
    )
    return Measure(**fields)  # type: ignore[arg-type]


def period(
    label: str, value: float | None, status: str = "final", kind: str = "financial year"
) -> PeriodResult:
    return PeriodResult(
        period=label, kind=kind, value=value, shorthand=None, reason=None,
        status=status, note="", direction=None, previous_period=None, change=None,
        comparisons=[],
    )  # fmt: skip


def chart_of(unit: str, periods: list[PeriodResult], **options: object) -> Chart:
    return trend(Gate(), MeasureResult(measure(unit), periods), "Riverside", **options)  # type: ignore[arg-type]


def layers(chart: Chart) -> list[dict]:
    return list(chart.spec["layer"])


@pytest.mark.parametrize("unit", ["count", "percent", "currency"])
def test_counts_money_and_percentages_start_at_zero(unit: str) -> None:
    chart = chart_of(unit, [period("2022-23", 260.0), period("2023-24", 285.0)])
    y = layers(chart)[0]["encoding"]["y"]
    assert y["scale"]["zero"] is True
    assert problems(chart) == []


def test_a_rate_may_zoom_and_its_axis_says_so() -> None:
    chart = chart_of("per_100k", [period("2022-23", 20.0), period("2023-24", 25.0)])
    y = layers(chart)[0]["encoding"]["y"]
    assert y["scale"]["zero"] is False and "does not start at zero" in y["title"]
    assert problems(chart) == []


def test_a_zoomed_axis_that_does_not_say_so_is_refused() -> None:
    chart = chart_of("per_100k", [period("2022-23", 20.0), period("2023-24", 25.0)])
    spec = chart.spec
    spec["layer"][0]["encoding"]["y"]["title"] = "Per 100,000"
    assert any("does not start at zero" in p for p in problems(replace(chart, spec=spec)))


def test_a_year_with_no_figure_is_a_gap_not_a_join() -> None:
    chart = chart_of("percent", [period("2018-19", 60.0), period("2020-21", 64.0)])
    rows = chart.spec["datasets"][next(iter(chart.spec["datasets"]))]
    home = [(r["period"], r["value"]) for r in rows if r["series"] == "Riverside"]
    assert home == [("2018-19", 60.0), ("2019-20", None), ("2020-21", 64.0)]
    # As drawn: the line stops before the missing year and starts again after it.
    svg = vl_convert.vegalite_to_svg(sized(chart.spec, WIDE))
    (path,) = re.findall(r'class="mark-line[^"]*".*?<path[^>]* d="([^"]+)"', svg, re.S)
    assert path.count("M") == 2, path


def test_a_line_that_joins_over_gaps_is_refused() -> None:
    chart = chart_of("percent", [period("2018-19", 60.0), period("2020-21", 64.0)])
    spec = chart.spec
    for layer in spec["layer"]:
        if layer["mark"]["type"] == "line":
            layer["mark"]["invalid"] = None  # Vega-Lite then draws a missing value at the axis
    assert any("gap" in p for p in problems(replace(chart, spec=spec)))


def test_a_provisional_figure_has_a_hollow_marker_and_the_p_label() -> None:
    chart = chart_of(
        "percent", [period("2022-23", 60.0), period("2023-24", 64.0, status="provisional")]
    )
    marks = [layer["mark"] for layer in layers(chart)]
    assert any(m["type"] == "point" and m.get("filled") is False for m in marks)
    labels = [layer for layer in layers(chart) if layer["mark"]["type"] == "text"]
    assert labels and labels[0]["encoding"]["text"] == {"value": "[p]"}


def test_an_illustrative_series_says_so_everywhere_it_is_read() -> None:
    chart = chart_of(
        "count", [period("2022-23", 60.0), period("2023-24", 64.0)],
        illustrative=lambda label: label == "2023-24",
    )  # fmt: skip
    assert chart.illustrative
    for text in (chart.title, chart.summary, chart.table.caption, chart.spec["title"]):
        assert "illustrative" in text.lower()
    assert problems(chart) == []


def test_an_illustrative_chart_retitled_without_the_word_is_refused_until_marked() -> None:
    chart = chart_of(
        "count", [period("2023-24", 64.0)], illustrative=lambda label: True
    )
    retitled = replace(chart, title="People we helped")
    assert problems(retitled)
    assert problems(marked_illustrative(retitled)) == []


def test_a_plain_chart_needs_no_illustrative_label() -> None:
    chart = Chart("a", "A", "A.", {"mark": "bar"}, ChartTable("A", [], [], []))
    assert problems(chart) == []


def test_dated_snapshots_are_all_drawn_on_a_time_axis() -> None:
    """Four snapshots a year apart and a week apart: each is drawn, spaced by its date."""
    dates = ["2023-11-29", "2024-10-29", "2024-11-22", "2024-11-29"]
    chart = chart_of(
        "currency", [period(d, 100.0 + n, kind="dated snapshot") for n, d in enumerate(dates)]
    )
    rows = chart.spec["datasets"][next(iter(chart.spec["datasets"]))]
    assert [r["period"] for r in rows if r["series"] == "Riverside"] == dates
    assert layers(chart)[0]["encoding"]["x"]["type"] == "temporal"
