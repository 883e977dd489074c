"""Disclosure control: which cells a release never publishes, whatever a column is marked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lantern.data.tables import Table
from lantern.present.disclosure import published_table, suppressed_cells
from lantern.present.gate import Gate

UNITS = {"P": "percent", "C": "count"}


def table(rows: list[dict[str, str]]) -> Table:
    return Table(Path("t.csv"), "pkg/t.csv", list(rows[0]), rows)


def values_row(measure: str, numerator: str, denominator: str, value: str) -> dict[str, str]:
    return {
        "area_code": "X01",
        "measure_id": measure,
        "period": "2024-25",
        "numerator": numerator,
        "denominator": denominator,
        "value": value,
    }


def schema(*fields: dict[str, Any], totals: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"schema": {"fields": list(fields), **({"totals": totals} if totals else {})}}


def test_a_small_numerator_hides_itself_and_the_percentage_made_from_it() -> None:
    rows = [values_row("P", "3", "40", "7.5"), values_row("P", "30", "40", "75.0")]
    published = published_table(table(rows), {}, UNITS, Gate())
    assert published.rows[0] == {**rows[0], "numerator": "[c]", "value": "[c]"}
    assert published.rows[1] == rows[1]


def test_a_small_denominator_hides_the_row_s_counts_and_value() -> None:
    rows = [values_row("P", "4", "4", "100")]
    published = published_table(table(rows), {}, UNITS, Gate())
    assert [published.rows[0][c] for c in ("numerator", "denominator", "value")] == ["[c]"] * 3


def test_a_count_measure_s_small_value_is_hidden_and_zero_is_not() -> None:
    rows = [
        values_row("C", "", "", "3"),
        values_row("C", "", "", "0"),
        values_row("P", "", "", "3"),
    ]
    published = published_table(table(rows), {}, UNITS, Gate())
    assert [r["value"] for r in published.rows] == ["[c]", "0", "3"]


def test_the_threshold_is_the_site_s() -> None:
    rows = [values_row("C", "", "", "7")]
    assert published_table(table(rows), {}, UNITS, Gate(10)).rows[0]["value"] == "[c]"
    assert published_table(table(rows), {}, UNITS, Gate(5)).rows[0]["value"] == "7"


def test_any_count_field_is_suppressed_whatever_its_type_or_marking() -> None:
    rows = [{"place": "Home", "people": "2", "tally": "3", "score": "2"}]
    resource = schema(
        {"name": "place", "type": "string"},
        {"name": "people", "type": "string", "suppressSmallCounts": True},
        {"name": "tally", "type": "integer", "unit": "count"},
        {"name": "score", "type": "number", "unit": "score"},
    )
    published = published_table(table(rows), resource, {}, Gate())
    assert published.rows[0] == {"place": "Home", "people": "[c]", "tally": "[c]", "score": "2"}


def test_a_stated_figure_in_counts_is_suppressed_by_its_row_s_unit() -> None:
    rows = [
        {"figure": "a", "value": "2", "unit": "count"},
        {"figure": "b", "value": "2", "unit": "percent"},
    ]
    published = published_table(table(rows), {}, {}, Gate())
    assert [r["value"] for r in published.rows] == ["[c]", "2"]


def test_a_percentage_beside_a_hidden_count_is_hidden_too() -> None:
    rows = [{"course": "A", "done": "3", "staff": "40", "share": "7.5"}]
    resource = schema(
        {"name": "done", "unit": "count"},
        {"name": "staff", "unit": "count"},
        {"name": "share", "unit": "percent"},
    )
    published = published_table(table(rows), resource, {}, Gate())
    assert published.rows[0] == {"course": "A", "done": "[c]", "staff": "40", "share": "[c]"}


def test_a_row_total_never_gives_back_its_one_hidden_part() -> None:
    rows = [{"course": "A", "done": "37", "not_done": "3", "staff": "40"}]
    resource = schema(
        {"name": "done", "unit": "count"},
        {"name": "not_done", "unit": "count"},
        {"name": "staff", "unit": "count"},
        totals=[{"total": "staff", "parts": ["done", "not_done"]}],
    )
    hidden = suppressed_cells(table(rows), resource, {}, Gate())
    assert hidden == {(0, "not_done"), (0, "done")}


def test_a_total_row_leads_to_hiding_the_smallest_other_parts_until_the_sum_is_safe() -> None:
    rows = [
        {"service": "A", "clients": "1"},
        {"service": "B", "clients": "2"},
        {"service": "C", "clients": "50"},
        {"service": "D", "clients": "9"},
        {"service": "Total", "clients": "62"},
    ]
    resource = schema(
        {"name": "clients", "unit": "count"},
        totals=[{"field": "service", "total": "Total", "parts": ["A", "B", "C", "D"]}],
    )
    published = published_table(table(rows), resource, {}, Gate())
    shown = [r["clients"] for r in published.rows]
    assert shown == ["[c]", "[c]", "50", "[c]", "62"]
    total = float(shown[-1])
    printed_parts = sum(float(v) for v in shown[:-1] if v != "[c]")
    assert not 0 < total - printed_parts < Gate().suppress_below


def test_when_no_part_is_left_to_hide_the_total_goes() -> None:
    rows = [{"a": "3", "b": "", "all": "40"}]
    resource = schema(
        {"name": "a", "unit": "count"},
        {"name": "b", "unit": "count"},
        {"name": "all", "unit": "count"},
        totals=[{"total": "all", "parts": ["a", "b"]}],
    )
    published = published_table(table(rows), resource, {}, Gate())
    assert published.rows == [{"a": "[c]", "b": "", "all": "[c]"}]
