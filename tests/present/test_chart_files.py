"""A chart's downloads: the CSV holds every row each part of the drawing plots."""

from __future__ import annotations

import csv
import io
import json

from lantern.present.charts.chart_files import PART, plotted_csv


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_a_trend_with_its_comparator_gives_one_row_per_point_plotted() -> None:
    spec = {
        "datasets": {
            "data-1": [
                {"period": "2022-23", "series": "Wigan", "value": 61.5},
                {"period": "2022-23", "series": "England", "value": 63.1},
                {"period": "2023-24", "series": "Wigan", "value": None},
            ]
        }
    }
    found = rows(plotted_csv(json.dumps(spec)))
    assert [(r["series"], r["value"]) for r in found] == [
        ("Wigan", "61.5"),
        ("England", "63.1"),
        ("Wigan", ""),
    ]
    assert PART not in found[0]


def test_a_chart_of_two_parts_names_the_part_of_each_row() -> None:
    spec = {
        "datasets": {
            "bands": [{"start": 0.0, "end": 10.0, "band": "top"}],
            "marks": [{"value": 4.2, "series": "Wigan"}],
        }
    }
    found = rows(plotted_csv(json.dumps(spec)))
    assert [r[PART] for r in found] == ["1", "2"]
    assert found[0]["band"] == "top" and found[0]["value"] == ""
    assert found[1]["value"] == "4.2" and found[1]["band"] == ""
