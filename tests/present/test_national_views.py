"""A national table's orders, and the progress line a national build prints."""

from __future__ import annotations

import io

from lantern.build.progress import LOG_LINES, Progress, seconds
from lantern.present.badges import ValueView
from lantern.present.national import ORDERS, AreaRow, measure_order, ordered


def row(name: str, region: str, figure: float | None) -> AreaRow:
    return AreaRow(name.lower(), name, region, "", ValueView(str(figure)), None, "", None, figure)


ROWS = [
    row("Cedar", "North", 30.0),
    row("Ash", "South", 10.0),
    row("Birch", "North", None),
    row("Alder", "South", 20.0),
]
BY_NAME, BY_FIGURE, BY_REGION = ORDERS


def names(rows: list[AreaRow]) -> list[str]:
    return [r.name for r in rows]


def test_by_name_by_region_then_name() -> None:
    assert names(ordered(ROWS, BY_NAME, "high")) == ["Alder", "Ash", "Birch", "Cedar"]
    assert names(ordered(ROWS, BY_REGION, "high")) == ["Birch", "Cedar", "Alder", "Ash"]


def test_by_figure_puts_the_best_first_and_areas_with_no_figure_last() -> None:
    assert names(ordered(ROWS, BY_FIGURE, "high")) == ["Cedar", "Alder", "Ash", "Birch"]
    assert names(ordered(ROWS, BY_FIGURE, "low")) == ["Ash", "Alder", "Cedar", "Birch"]


def test_a_measure_with_no_better_direction_is_put_highest_first_not_best_first() -> None:
    order = measure_order(BY_FIGURE, "none")
    assert "best" not in order.label and "highest" in order.label
    assert names(ordered(ROWS, order, "none")) == ["Cedar", "Alder", "Ash", "Birch"]
    assert measure_order(BY_NAME, "none") == BY_NAME


def test_a_log_gets_at_most_ten_progress_lines_ending_with_the_total() -> None:
    log = io.StringIO()
    progress = Progress("Areas", 153, stream=log)
    for _ in range(153):
        progress.step()
    lines = log.getvalue().splitlines()
    assert len(lines) <= LOG_LINES
    assert lines[-1].startswith("Areas 153 of 153 · ")
    assert "left" in lines[0] and "left" not in lines[-1]


def test_times_read_as_a_person_would_say_them() -> None:
    assert seconds(0.42) == "0.4 s"
    assert seconds(42) == "42 s"
    assert seconds(125) == "2 min 05 s"
