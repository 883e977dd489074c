"""The sentence under a trend chart: how the home area's value moved, and where it
could not be compared."""

from __future__ import annotations

from lantern.compute import Measure, PeriodResult
from lantern.present.badges import measure_text
from lantern.present.gate import Gate
from lantern.vocab.language import _
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
    return _("A new series starts %(when)s: its figures are not comparable with earlier ones.") % {
        "when": when_words(new_from)
    }


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
        return _("%(area)s's value was %(value)s %(when)s") % {
            "area": area_name,
            "value": shown(last),
            "when": when_words(last.period),
        }
    assert first.value is not None and last.value is not None
    words = {
        "area": area_name,
        "first": shown(first),
        "when_first": _beside(first.period),
        "last": shown(last),
        "when_last": _beside(last.period),
    }
    if last.value > first.value:
        rose = _("%(area)s's value rose from %(first)s %(when_first)s to %(last)s %(when_last)s")
        return rose % words
    if last.value < first.value:
        fell = _("%(area)s's value fell from %(first)s %(when_first)s to %(last)s %(when_last)s")
        return fell % words
    same = _(
        "%(area)s's value was unchanged from %(first)s %(when_first)s to %(last)s %(when_last)s"
    )
    return same % words


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
        return _("There are no values for %(area)s to chart yet.") % {"area": area_name}
    last = known[-1]
    latest_run = [p for p in known if not crosses_break(p.period, last.period, new_from)]
    earlier_run = [p for p in known if p not in latest_run]
    text = _run_words(gate, measure, area_name, latest_run)
    if earlier_run:
        text = _("%(earlier)s. %(break)s %(latest)s") % {
            "earlier": _run_words(gate, measure, area_name, earlier_run),
            "break": break_words(new_from or ""),
            "latest": text,
        }
    if last.group_figures:
        groups = [
            _("%(group)s's was %(value)s")
            % {"group": name, "value": measure_text(gate, measure, value, None)}
            for name, value in last.group_figures.items()
        ]
        return _("%(runs)s; %(groups)s.") % {"runs": text, "groups": ", ".join(groups)}
    return _("%(runs)s.") % {"runs": text}
