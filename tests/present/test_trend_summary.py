"""The chart's text summary: what a screen reader hears in place of a trend line."""

from __future__ import annotations

from lantern.compute import Measure, Observation, compute_area
from lantern.present.charts.trend_words import trend_summary
from lantern.present.gate import Gate


def observe(value: float, period: str) -> list[Observation]:
    return [Observation("A", "S", period, value=value)]


def test_trend_summary_reads_for_a_rise_a_fall_and_no_change_in_every_polarity() -> None:
    for polarity in ("high", "low", "none"):
        measure = Measure("S", "A share", "percent", polarity, 1)  # type: ignore[arg-type]
        for values, verb in (
            ((10.0, 20.0), "rose"),
            ((20.0, 10.0), "fell"),
            ((15.0, 15.0), "was unchanged"),
        ):
            data = [*observe(values[0], "2022-23"), *observe(values[1], "2023-24")]
            [result] = compute_area("A", [measure], data, [], [])
            summary = trend_summary(Gate(), measure, "Riverside", result.periods)
            assert summary == (
                f"Riverside's value {verb} from {values[0]:.1f}% in 2022-23 "
                f"to {values[1]:.1f}% in 2023-24."
            )


def test_years_counted_together_are_set_apart_from_the_sentences_own_from_and_to() -> None:
    measure = Measure("S", "A rate", "per_100k", "low", 1)  # type: ignore[arg-type]
    data = [*observe(84.4, "2001 to 2003"), *observe(36.7, "2022 to 2024")]
    [result] = compute_area("A", [measure], data, [], [])
    summary = trend_summary(Gate(), measure, "Riverside", result.periods)
    assert summary.startswith("Riverside's value fell from 84.4")
    assert "(2001 to 2003) to 36.7" in summary and summary.endswith("(2022 to 2024).")
