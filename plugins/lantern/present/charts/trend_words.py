"""The sentence under a trend chart: how the home area's value moved, and where it
could not be compared."""

from __future__ import annotations

from lantern.compute import Measure, PeriodResult
from lantern.present.badges import measure_text
from lantern.present.gate import Gate
from lantern.vocab.periods import (
    PeriodError,
    PeriodKind,
    crosses_break,
    in_words,
    parse_period,
    when_words,
)


def break_words(new_from: str) -> str:
    """The sentence that goes wherever a chart crosses a series break."""
    return (
        f"A new series starts {when_words(new_from)}: its figures are not comparable "
        "with earlier ones."
    )


def _beside(period: str) -> str:
    """When a figure of a *from ... to ...* sentence was: ``in 2023-24``, or ``(2020 to
    2022)`` for years counted together, whose own *to* would run into the sentence's."""
    try:
        pooled = parse_period(period).kind is PeriodKind.POOLED
    except PeriodError:
        pooled = False
    return f"({in_words(period)})" if pooled else when_words(period)


def _run_words(gate: Gate, measure: Measure, area_name: str, run: list[PeriodResult]) -> str:
    """``Sefton's value fell from 35.1 in 2021-22 to 27.0 in 2023-24``."""

    def shown(p: PeriodResult) -> str:
        return measure_text(gate, measure, p.value, None)

    first, last = run[0], run[-1]
    if first is last:
        return f"{area_name}'s value was {shown(last)} {when_words(last.period)}"
    assert first.value is not None and last.value is not None
    verb = (
        "rose" if last.value > first.value
        else "fell" if last.value < first.value
        else "was unchanged"
    )  # fmt: skip
    return (
        f"{area_name}'s value {verb} from {shown(first)} {_beside(first.period)} "
        f"to {shown(last)} {_beside(last.period)}"
    )


def trend_summary(
    gate: Gate,
    measure: Measure,
    area_name: str,
    periods: list[PeriodResult],
    new_from: str | None = None,
) -> str:
    """``Sefton's value fell from 35.1 in 2021-22 to 27.0 in 2023-24; England's was 14.6.``

    Across a series break the two runs are told apart, so the sentence never
    reads a change in how figures were counted as a change in care.
    """
    known = [p for p in periods if p.usable]
    if not known:
        return f"There are no values for {area_name} to chart yet."
    last = known[-1]
    latest_run = [p for p in known if not crosses_break(p.period, last.period, new_from)]
    earlier_run = [p for p in known if p not in latest_run]
    text = ""
    if earlier_run:
        text = (
            f"{_run_words(gate, measure, area_name, earlier_run)}. {break_words(new_from or '')} "
        )
    text += _run_words(gate, measure, area_name, latest_run)
    if last.group_figures:
        text += "; " + ", ".join(
            f"{name}'s was {measure_text(gate, measure, value, None)}"
            for name, value in last.group_figures.items()
        )
    return text + "."
