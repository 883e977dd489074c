"""A figure's confidence interval is shown wherever the figure is: on the trend chart (an
error bar, said in the summary and the table), in the "Copy this figure" sentence, in the
measure's downloads; an interval comparison's badge names the group; a suppressed figure
shows no interval anywhere."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from lantern.compute import Comparison, Measure, MeasureResult, PeriodResult
from lantern.compute.model import Interval
from lantern.present import badges
from lantern.present.charts.honesty import problems
from lantern.present.charts.svg import render_svg
from lantern.present.charts.trend import trend
from lantern.present.gate import Gate
from lantern.present.quote import Source, Standing, Subject, quote
from lantern.site.measure_downloads import write_measure_files

MEASURE = Measure("S1", "Tenants satisfied with repairs", "percent", "high", 1)
INTERVAL = Interval(61.24, 65.96, 95)


def period(
    label: str, value: float | None, interval: Interval | None = None, shorthand: str | None = None
) -> PeriodResult:
    return PeriodResult(
        period=label, kind="financial year", value=value, shorthand=shorthand, reason=None,
        status="final", note="", direction=None, previous_period=None, change=None,
        comparisons=[], interval=interval,
    )  # fmt: skip


RESULT = MeasureResult(MEASURE, [period("2022-23", 60.0), period("2023-24", 63.6, INTERVAL)])


def test_the_trend_chart_draws_an_error_bar_and_says_so() -> None:
    chart = trend(Gate(), RESULT, "Riverside")
    (bar,) = [layer for layer in chart.spec["layer"] if layer["mark"]["type"] == "errorbar"]
    assert (bar["encoding"]["y"]["field"], bar["encoding"]["y2"]["field"]) == ("lower", "upper")
    data = next(iter(chart.spec["datasets"].values()))
    drawn = [(row["period"], row["lower"], row["upper"]) for row in data if row["lower"]]
    assert drawn == [("2023-24", 61.2, 66.0)], "plotted as the table writes them"
    assert "95% confidence interval" in chart.summary
    assert chart.table.columns == ["Period", "Riverside", "Riverside 95% interval"]
    assert chart.table.rows[-1][-1] == "61.2% to 66.0%"  # rounded by the gate as the value is
    assert problems(chart) == []
    svg = render_svg(chart.spec, chart.title)
    without = render_svg(trend(Gate(), MeasureResult(MEASURE, RESULT.periods[:1]), "R").spec, "")
    assert svg.count("<line") > without.count("<line")  # the bar and its two ticks


def test_a_chart_drawing_intervals_without_saying_so_is_refused() -> None:
    chart = trend(Gate(), RESULT, "Riverside")
    from dataclasses import replace

    silent = replace(chart, summary=chart.summary.split(" The bars")[0])
    assert problems(silent) == ["the chart draws intervals, and its summary must say what they are"]


def test_no_interval_no_bar_no_column() -> None:
    chart = trend(Gate(), MeasureResult(MEASURE, [period("2023-24", 63.6)]), "Riverside")
    assert all(layer["mark"]["type"] != "errorbar" for layer in chart.spec["layer"])
    assert chart.table.columns == ["Period", "Riverside"]
    assert "interval" not in chart.summary


def test_a_suppressed_figure_shows_no_interval() -> None:
    # The engine never keeps one beside a suppressed value; a view would not show one either.
    hidden = period("2023-24", None, INTERVAL, shorthand="[c]")
    assert badges.value(Gate(), MEASURE, hidden, False).interval == ""
    chart = trend(Gate(), MeasureResult(MEASURE, [period("2022-23", 60.0), hidden]), "R")
    assert all(layer["mark"]["type"] != "errorbar" for layer in chart.spec["layer"])


def test_the_copy_sentence_gives_the_interval() -> None:
    value = badges.value(Gate(), MEASURE, RESULT.periods[-1], False)
    subject = Subject("Riverside", MEASURE.title, MEASURE.measure_id)
    copied = quote(subject, value, "2023-24", None, Source("Riverside", None, "https://x.org/"))
    assert "63.6% (95% confidence interval 61.2% to 66.0%) in 2023-24" in copied.text


def test_an_interval_badge_names_the_group_in_the_sentence() -> None:
    comparison = Comparison("england", "England", 0, "2023-24", verdict="better")
    badge = badges.badge(comparison)
    assert (badge.band, badge.icon, badge.words, badge.against) == (
        "top",
        "✔",
        "Better than England",
        True,
    )
    value = badges.value(Gate(), MEASURE, RESULT.periods[-1], False)
    subject = Subject("Riverside", MEASURE.title, MEASURE.measure_id)
    standing = Standing("England", badge)
    copied = quote(subject, value, "2023-24", standing, Source("Riverside", None, None))
    assert "; better than England." in copied.text and "of England" not in copied.text
    similar = badges.badge(Comparison("england", "England", 0, "2023-24", verdict="similar"))
    assert (similar.band, similar.words) == ("middle", "Similar to England")
    higher = badges.badge(Comparison("england", "England", 0, "2023-24", verdict="higher"))
    assert higher.words == "Higher than England"


def test_the_downloads_have_lower_and_upper(tmp_path: Path) -> None:
    hidden = period("2024-25", None, shorthand="[c]")
    result = MeasureResult(MEASURE, [*RESULT.periods, hidden])
    write_measure_files(Gate(), result, "X01", tmp_path)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s1.csv").read_text(encoding="utf-8"))))
    rows = [r for r in rows if not r["group_id"]]
    assert [(r["period"], r["lower"], r["upper"], r["confidence_level"]) for r in rows] == [
        ("2022-23", "", "", ""),
        ("2023-24", "61.24", "65.96", "95"),
        ("2024-25", "", "", ""),
    ]
    document = json.loads((tmp_path / "s1.json").read_text(encoding="utf-8"))
    assert document["periods"][1]["lower"] == 61.24


def test_downloads_of_a_measure_without_intervals_keep_their_columns(tmp_path: Path) -> None:
    write_measure_files(Gate(), MeasureResult(MEASURE, RESULT.periods[:1]), "X01", tmp_path)
    header = (tmp_path / "s1.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "measure_id,area_code,period,value,shorthand,status,note,group_id,group_name"


def test_a_published_package_hides_a_suppressed_values_interval_with_it() -> None:
    from lantern.data.tables import Table
    from lantern.present.disclosure import published_table

    def row(numerator: str, value: str, lower: str, upper: str) -> dict[str, str]:
        return {"area_code": "X01", "measure_id": "P", "period": "2024-25",
                "numerator": numerator, "denominator": "40", "value": value,
                "lower": lower, "upper": upper}  # fmt: skip

    rows = [row("3", "7.5", "1.6", "20.4"), row("30", "75.0", "58.8", "87.3")]
    table = Table(Path("values.csv"), "pkg/values.csv", list(rows[0]), rows)
    published = published_table(table, {"path": "values.csv"}, {"P": "percent"}, Gate())
    assert [published.rows[0][c] for c in ("value", "lower", "upper")] == ["[c]"] * 3
    assert published.rows[1] == rows[1]
