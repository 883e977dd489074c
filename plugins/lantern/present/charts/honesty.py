"""Rules no chart may break, and the labels that keep illustrative figures honest.

A chart can mislead without a wrong number: an axis cut short on a count, two
points joined across a period nobody reported, an illustrative series that
looks like a published one. Every chart builder follows these rules, and
``problems`` checks a finished chart against them, so a chart whose title an
author changed, or a builder that forgets a rule, stops the build instead of
reaching a reader.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from lantern.present.charts.model import Chart
from lantern.present.charts.style import (
    GAPS,
    ILLUSTRATIVE_NOTE,
    ILLUSTRATIVE_TITLE,
    ILLUSTRATIVE_WORD,
    NEW_SERIES,
    SEGMENT,
    ZOOM_WORDS,
    says,
)
from lantern.vocab.language import N_, _
from lantern.vocab.periods import periods_named

# The marks that draw a confidence interval: a bar, or a band around a line.
INTERVAL_MARKS = frozenset({"errorbar", "errorband"})
# The word a summary says what the intervals are with.
INTERVAL_WORD = N_("interval")


def says_illustrative(text: str) -> bool:
    """Whether ``text`` says its figures are illustrative: the word, or the note."""
    return says(text, ILLUSTRATIVE_WORD) or says(text, ILLUSTRATIVE_NOTE)


def marked_illustrative(chart: Chart) -> Chart:
    """``chart`` labelled illustrative in its title, inside the drawing, summary and caption."""
    title, note = chart.title, _(ILLUSTRATIVE_NOTE)
    if not says_illustrative(title):
        title = _(ILLUSTRATIVE_TITLE) % {"title": title}
    summary = chart.summary if note in chart.summary else f"{chart.summary} {note}"
    spec = {**chart.spec, "title": note}
    table = replace(chart.table, caption=title)
    return replace(chart, title=title, summary=summary, spec=spec, table=table, illustrative=True)


def _views(node: Any) -> list[dict[str, Any]]:
    """The spec and every layer in it."""
    if not isinstance(node, dict):
        return []
    return [node, *(v for layer in node.get("layer", []) for v in _views(layer))]


def _mark(view: dict[str, Any]) -> dict[str, Any]:
    mark = view.get("mark")
    return mark if isinstance(mark, dict) else {"type": mark} if mark else {}


def _break_problems(chart: Chart) -> list[str]:
    """A series break is drawn as a break, marked on the chart, and told in words."""
    if not chart.series_break:
        return []
    views = _views(chart.spec)
    where = f"at {chart.series_break}"
    found = []
    lines = [v for v in views if _mark(v).get("type") == "line"]
    if any(v.get("encoding", {}).get("detail", {}).get("field") != SEGMENT for v in lines):
        found.append(f"a line joins the figures either side of the series break {where}")
    if not any(_mark(v).get("type") == "rule" for v in views):
        found.append(f"the series break {where} must be marked on the chart")
    if not says(chart.summary, NEW_SERIES):
        found.append(f"the summary must say that a new series starts {where}")
    return found


def _period_problems(chart: Chart) -> list[str]:
    """A title that names periods draws only those: "2023-24" over a chart that also
    plots Sefton's 2024-25 figure would be read as the wrong year."""
    named = periods_named(chart.title)
    if not chart.periods or not named:
        return []
    extra = sorted(set(chart.periods) - named)
    if extra:
        return [
            f"the title names {', '.join(sorted(named))} but the chart also draws "
            f"{', '.join(extra)}; name every period it draws"
        ]
    return []


def problems(chart: Chart) -> list[str]:
    """Why ``chart`` could mislead a reader; empty when it follows every rule."""
    found = []
    if chart.illustrative:
        places = {
            "title": chart.title,
            "summary": chart.summary,
            "table caption": chart.table.caption,
            "drawing": str(chart.spec.get("title", "")),
        }
        found += [
            f"the chart of illustrative figures must say 'illustrative' in its {place}"
            for place, text in places.items()
            if not says_illustrative(text)
        ]
    found += _break_problems(chart)
    found += _period_problems(chart)
    drawn = {_mark(v).get("type") for v in _views(chart.spec)}
    if drawn & INTERVAL_MARKS and not says(chart.summary, INTERVAL_WORD):
        found.append("the chart draws intervals, and its summary must say what they are")
    for view in _views(chart.spec):
        mark = _mark(view)
        if mark.get("type") == "line" and mark.get("invalid") != GAPS:
            found.append("a line must leave a gap where a period has no value, not join over it")
        for channel in ("x", "y"):
            encoding = view.get("encoding", {}).get(channel, {})
            if not isinstance(encoding, dict) or encoding.get("type") != "quantitative":
                continue
            zoomed = encoding.get("scale", {}).get("zero") is False
            if zoomed and not says(str(encoding.get("title", "")), ZOOM_WORDS):
                found.append(
                    f"the {channel} axis does not start at zero, and its title must say so"
                )
    return found
