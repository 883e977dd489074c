"""The words of "what changed": one plain-English line about one measure.

A release note, a measure page, a feed and an update all say what changed in
the same words, so they are written here, once. The figures compared between
releases are kept as the engine resolved them (``52.5``, ``[c]``); each is
written by the gate in its measure's unit and decimals, as on the measure's
page. What changed is worked out by ``releases.figures.compare``; these lines
are told only what they need: the changes, the site's measures, the address
of a measure's page and the gate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from lantern.compute import MeasureResult
from lantern.data.release_changes import Changes
from lantern.present.gate import Gate
from lantern.vocab.language import _
from lantern.vocab.periods import in_words


@dataclass(frozen=True)
class ChangeLine:
    """One line of "what changed", about one measure."""

    measure_id: str
    title: str
    url: str
    kind: str  # new period, revised, new measure, retired measure, unusual
    text: str


# The kinds of line that say a measure's figures changed.
FIGURE_CHANGES = frozenset({"new measure", "new period", "revised"})


def _text(results: Mapping[str, MeasureResult], gate: Gate, measure_id: str, value: str) -> str:
    """A compared figure as the site writes it; a shorthand, or a figure of a measure the
    site no longer has, as it is."""
    if measure_id not in results:
        return value
    measure = results[measure_id].measure
    try:
        number = float(value)
    except ValueError:
        return value
    return gate.text(number, measure.unit, measure.decimals)


def revised(period: str, old: str, new: str, note: str) -> str:
    """``2023-24 revised from 52.5% to 53.1%.``, then the publisher's note, if any."""
    words = {"period": in_words(period), "old": old, "new": new, "note": note}
    if note:
        return _("%(period)s revised from %(old)s to %(new)s. %(note)s") % words
    return _("%(period)s revised from %(old)s to %(new)s.") % words


def change_lines(
    changes: Changes,
    results: Mapping[str, MeasureResult],
    address: Callable[[str], str],
    gate: Gate,
) -> list[ChangeLine]:
    """Plain-English lines for a release note, a measure page or a feed: ``results`` are
    the site's measures (their titles, units and decimals), ``address`` a measure's page."""
    titles = {m: result.measure.title for m, result in results.items()}

    def line(measure_id: str, kind: str, text: str, title: str | None = None) -> ChangeLine:
        url = address(measure_id) if measure_id in titles else ""
        return ChangeLine(measure_id, title or titles.get(measure_id, measure_id), url, kind, text)

    def figure(measure_id: str, value: str) -> str:
        return _text(results, gate, measure_id, value)

    lines = [line(m, "new measure", _("New measure."), t) for m, t in changes.new_measures]
    lines += [
        line(
            n.measure_id,
            "new period",
            _("New figure for %(period)s: %(figure)s.")
            % {"period": in_words(n.period), "figure": figure(n.measure_id, n.new)},
        )
        for n in changes.new_periods
    ]
    for r in changes.revisions:
        old, new = figure(r.measure_id, r.old or ""), figure(r.measure_id, r.new)
        lines.append(line(r.measure_id, "revised", revised(r.period, old, new, r.note)))
    lines += [
        line(m, "retired measure", _("No longer published."), t)
        for m, t in changes.retired_measures
    ]
    lines += [
        line(
            m,
            "unusual",
            _("%(period)s: unusual, %(why)s; published as supplied.")
            % {"period": in_words(period), "why": why},
        )
        for m, period, why in changes.unusual
    ]
    return lines
