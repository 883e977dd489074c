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
from lantern.present.charts.variants import VARIANTS, WIDE, Variant, sized
from lantern.present.gate import Gate


def measure(unit: str) -> Measure:
    fields = dict.fromkeys(Measure.__dataclass_fields__, "")
    fields.update(measure_id="M1", title="People helped", unit=unit, polarity="high", decimals=1)
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
    assert y["scale"]["zero"] is False and "does not start at zero" in " ".join(y["title"])
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
    chart = chart_of("count", [period("2023-24", 64.0)], illustrative=lambda label: True)
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


def broken_chart() -> Chart:
    """Two years of the old series and one of the new, counted another way from 2024-25."""
    broken = replace(measure("percent"), series_break_from="2024-25")
    periods = [period("2022-23", 60.0), period("2023-24", 64.0), period("2024-25", 40.0)]
    return trend(Gate(), MeasureResult(broken, periods), "Riverside")


def test_a_series_break_is_drawn_as_a_break_marked_and_said() -> None:
    chart = broken_chart()
    assert problems(chart) == []
    svg = vl_convert.vegalite_to_svg(sized(chart.spec, WIDE))
    # As drawn: the old series' line (two points) and the new series' lone point are
    # separate paths; no path runs from 2023-24 into 2024-25.
    paths = re.findall(r'class="mark-line[^"]*"[^>]*><path d="([^"]+)"', svg)
    assert sorted(p.count("L") for p in paths) == [0, 1], paths
    assert 'class="mark-rule' in svg and "New series" in svg
    assert "A new series starts in 2024-25" in chart.summary
    assert "rose from 60.0% in 2022-23 to 64.0% in 2023-24" in chart.summary
    assert "was 40.0% in 2024-25" in chart.summary and "fell" not in chart.summary
    assert chart.table.rows[-1][0] == "2024-25 (new series)"
    assert any("new series" in note for note in chart.table.notes)


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_the_new_series_label_is_drawn_inside_the_chart_at_every_width(variant: Variant) -> None:
    """The break is often the last period, at the plot's right edge: the label must not
    run off the drawing."""
    svg = vl_convert.vegalite_to_svg(sized(broken_chart().spec, variant))
    width = float(re.search(r'<svg[^>]* width="([\d.]+)"', svg).group(1))  # type: ignore[union-attr]
    offset = float(
        re.search(r'stroke-miterlimit="\d+" transform="translate\(([\d.]+),', svg).group(1)
    )  # type: ignore[union-attr]
    found = re.search(
        r'<text text-anchor="(\w+)" transform="translate\(([\d.]+),[^>]*>New series</text>', svg
    )
    assert found is not None
    anchor, x = found.group(1), offset + float(found.group(2))
    # About 7 px a character at 12 px: the text's extent from where it is anchored.
    extent = 7 * len("New series")
    left, right = {"end": (x - extent, x), "start": (x, x + extent)}.get(
        anchor, (x - extent / 2, x + extent / 2)
    )
    assert left >= 0 and right <= width, (anchor, left, right, width)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("join", "joins the figures either side of the series break at 2024-25"),
        ("unmarked", "series break at 2024-25 must be marked"),
        ("unsaid", "summary must say that a new series starts at 2024-25"),
    ],
)
def test_a_chart_that_hides_a_series_break_is_refused(change: str, words: str) -> None:
    chart = broken_chart()
    spec = chart.spec
    if change == "join":
        for layer in spec["layer"]:
            layer.get("encoding", {}).pop("detail", None)
    if change == "unmarked":
        spec["layer"] = [layer for layer in spec["layer"] if layer["mark"]["type"] != "rule"]
    summary = "Riverside's value fell." if change == "unsaid" else chart.summary
    assert any(words in p for p in problems(replace(chart, spec=spec, summary=summary)))


def in_year_position(title_period: str | None = None) -> Chart:
    """A 2024-25 in-year figure placed among the group's 2023-24 figures."""
    from lantern.compute import Comparison
    from lantern.present.charts.position import position

    compared = Comparison(
        "near", "Neighbours", 3, "2023-24", band="bottom", cut_points=(1.0, 2.0, 3.0, 4.0, 5.0)
    )
    latest = replace(period("2024-25", 4.5, status="provisional"), comparisons=[compared])
    result = MeasureResult(measure("percent"), [latest])
    members = [("Riverside", 2.0), ("Hillside", 1.0), ("Lakeside", 5.0)]
    chart = position(Gate(), result, latest, compared, members, "Riverside", "position")
    if title_period:
        chart = replace(chart, title=f"Riverside among Neighbours, {title_period}")
    return chart


def test_an_in_year_figure_is_named_against_the_year_it_is_compared_with() -> None:
    chart = in_year_position()
    assert "Riverside's 2024-25 figure against the 2023-24 figures of Neighbours" in chart.title
    assert problems(chart) == []
    # The table lists what is drawn: Riverside's 2024-25 figure, not its 2023-24 one.
    assert ["Riverside (2024-25)", "4.5%"] in chart.table.rows
    assert not any(row[1] == "2.0%" for row in chart.table.rows)


def test_a_title_naming_one_period_over_a_chart_of_two_is_refused() -> None:
    assert any(
        "names 2023-24 but the chart also draws 2024-25" in p
        for p in problems(in_year_position("2023-24"))
    )


@pytest.mark.parametrize("count", [1, 2, 4, 5, 8, 9, 17])
def test_an_axis_of_periods_always_names_the_latest_and_no_more_than_fit(count: int) -> None:
    from lantern.present.charts.variants import NARROW, labelled_periods

    periods = [f"{2000 + i}-{(i + 1) % 100:02d}" for i in range(count)]
    shown = labelled_periods(periods, NARROW.period_labels)
    assert shown[-1] == periods[-1]
    assert 1 <= len(shown) <= NARROW.period_labels
    assert shown == [p for p in periods if p in shown], "in order"


def quartile_chart(low: float) -> Chart:
    """A rate's quartiles chart whose lowest range starts at ``low``."""
    from lantern.compute import Comparison
    from lantern.present.charts.position import quartiles

    cuts = (low, low + 5.0, low + 8.0, low + 12.0, low + 30.0)
    compared = Comparison("england", "England", 150, "2023-24", band="middle", cut_points=cuts)
    latest = replace(period("2023-24", low + 9.0), comparisons=[compared])
    return quartiles(Gate(), MeasureResult(measure("per_100k"), [latest]), latest, "Riverside")


def x_axis(chart: Chart) -> dict:
    return layers(chart)[0]["encoding"]["x"]


def test_a_quartiles_chart_reaching_zero_is_drawn_from_zero_and_says_nothing_of_zooming() -> None:
    near_zero = quartile_chart(0.0)
    assert x_axis(near_zero)["scale"]["zero"] is True
    assert "does not start at zero" not in str(x_axis(near_zero)["title"])
    svg = vl_convert.vegalite_to_svg(sized(near_zero.spec, WIDE))
    assert re.search(r">0</text>", svg), "the axis is labelled from 0"
    assert problems(near_zero) == []


@pytest.mark.parametrize("low", [0.5, 40.0])
def test_a_zoomed_quartiles_chart_starts_at_its_lowest_figure(low: float) -> None:
    """Zoomed with a rounded ("nice") scale, a range starting near zero was drawn from zero
    under a title saying the axis does not start there."""
    zoomed = quartile_chart(low)
    assert x_axis(zoomed)["scale"] == {"zero": False, "nice": False}
    assert "does not start at zero" in str(x_axis(zoomed)["title"])
    svg = vl_convert.vegalite_to_svg(sized(zoomed.spec, WIDE))
    labels = [float(t) for t in re.findall(r">(\d+(?:\.\d+)?)</text>", svg)]
    assert labels and min(labels) >= low, "no axis label below the lowest figure drawn"
    assert problems(zoomed) == []
