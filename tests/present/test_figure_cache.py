"""Finished figures are kept between builds under everything they are drawn from: the
same inputs take the kept figure, any change draws it again, and a kept file that was
changed or holds more than plain drawing is never used."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from lantern.compute import Measure, MeasureResult, PeriodResult
from lantern.present.charts.figure_cache import FigureCache
from lantern.present.charts.model import Chart
from lantern.present.charts.trend import trend
from lantern.present.gate import Gate

MEASURE = Measure("M1", "People helped", "count", "high", 0)


def result(value: float) -> MeasureResult:
    periods = [
        PeriodResult(
            period=label,
            kind="financial year",
            value=v,
            shorthand=None,
            reason=None,
            status="final",
            note="",
            direction=None,
            previous_period=None,
            change=None,
            comparisons=[],
        )
        for label, v in (("2022-23", 40.0), ("2023-24", value))
    ]
    return MeasureResult(MEASURE, periods)


class Counted:
    """A chart builder that counts how often it is asked for a chart."""

    def __init__(self, value: float) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> Chart:
        self.calls += 1
        return trend(Gate(), result(self.value), "Riverside")


def inputs(value: float) -> tuple[object, ...]:
    return ("trend", result(value), "Riverside", Gate())


def test_the_same_inputs_take_the_kept_figure_without_building_a_chart(tmp_path: Path) -> None:
    first, again = Counted(50.0), Counted(50.0)
    drawn = FigureCache(tmp_path).figure(inputs(50.0), first)
    later = FigureCache(tmp_path)
    assert later.figure(inputs(50.0), again) == drawn
    assert (first.calls, again.calls) == (1, 0)
    assert (later.drawn, later.reused) == (0, 1)


def test_a_changed_figure_or_setting_draws_the_figure_again(tmp_path: Path) -> None:
    FigureCache(tmp_path).figure(inputs(50.0), Counted(50.0))
    changed_value, changed_gate = Counted(51.0), Counted(50.0)
    cache = FigureCache(tmp_path)
    shown = cache.figure(inputs(51.0), changed_value)
    cache.figure(("trend", result(50.0), "Riverside", replace(Gate(), suppress_below=10)),
                 changed_gate)  # fmt: skip
    assert (changed_value.calls, changed_gate.calls) == (1, 1)
    assert "51" in shown.summary


def test_a_kept_figure_that_was_changed_or_is_not_plain_drawing_is_drawn_again(
    tmp_path: Path,
) -> None:
    drawn = FigureCache(tmp_path).figure(inputs(50.0), Counted(50.0))
    [kept] = (tmp_path / "figures").glob("*.json")
    # Changed without its checksum: not used.
    kept.write_text(kept.read_text().replace("Riverside", "Elsewhere"), encoding="utf-8")
    builder = Counted(50.0)
    assert FigureCache(tmp_path).figure(inputs(50.0), builder) == drawn and builder.calls == 1
    # Changed with a matching checksum, but holding a script: not used either.
    import hashlib

    hostile = json.loads(kept.read_text(encoding="utf-8"))
    hostile[0]["drawings"][0]["svg"] = "<svg><script>alert(1)</script></svg>"
    text = json.dumps(hostile)
    kept.write_text(text, encoding="utf-8")
    kept.with_suffix(".sha256").write_text(hashlib.sha256(text.encode()).hexdigest())
    builder = Counted(50.0)
    assert FigureCache(tmp_path).figure(inputs(50.0), builder) == drawn and builder.calls == 1


def test_with_no_cache_folder_every_figure_is_drawn() -> None:
    builder = Counted(50.0)
    cache = FigureCache(None)
    cache.figure(inputs(50.0), builder)
    cache.figure(inputs(50.0), builder)
    assert builder.calls == 2
