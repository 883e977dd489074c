"""The embedding syntax authors write in Markdown: ``{{ kind arguments key=value }}``.

Examples (docs/authoring.md has one of each)::

    Our rate is {{ value 2A1 }}, {{ badge 2A1 england }} and {{ direction 2A1 }}.
    {{ chart trend 2A1 }}

Parsing is separate from rendering so an unknown word or a malformed option
is reported with the file and line before anything is drawn.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

DIRECTIVE = re.compile(r"\{\{\s*([^{}]+?)\s*\}\}")

INLINE_KINDS = ("value", "badge", "direction", "group", "rank", "figure")
BLOCK_KINDS = ("chart", "table", "changes", "scorecard")
CHART_TYPES = ("trend", "position", "quartiles", "bar", "line", "heatmap")
MEASURE_CHARTS = ("trend", "position", "quartiles")
OPTIONS: dict[str, tuple[str, ...]] = {
    "value": ("period",),
    "badge": ("period",),
    "direction": ("period",),
    "group": ("period",),
    "rank": ("period",),
    "trend": ("title",),
    "position": ("group", "period", "title"),
    "quartiles": ("period", "title"),
    "bar": ("x", "y", "title", "sort"),
    "line": ("x", "y", "series", "title"),
    "heatmap": ("x", "y", "value", "title"),
    "table": ("columns", "title"),
    "figure": (),
    "changes": ("title",),
    "scorecard": ("theme", "title"),
}


class DirectiveError(ValueError):
    """A directive that cannot be understood; the message says what is allowed."""


@dataclass(frozen=True)
class Directive:
    """One parsed ``{{ … }}``: what to embed, its positional arguments and options."""

    kind: str
    args: tuple[str, ...]
    options: dict[str, str] = field(default_factory=dict)
    text: str = ""

    @property
    def chart_type(self) -> str | None:
        """For a chart, its type (trend, position …)."""
        return self.args[0] if self.kind == "chart" and self.args else None


def parse(text: str) -> Directive:
    """Parse the inside of ``{{ … }}`` into a Directive, or raise DirectiveError."""
    try:
        words = shlex.split(text)
    except ValueError as error:
        raise DirectiveError(f"cannot read '{{{{ {text} }}}}': {error}") from None
    if not words:
        raise DirectiveError("empty '{{ }}'")
    kind, rest = words[0], words[1:]
    if kind not in (*INLINE_KINDS, *BLOCK_KINDS):
        allowed = ", ".join((*INLINE_KINDS, *BLOCK_KINDS))
        raise DirectiveError(f"unknown embed '{kind}'. Allowed: {allowed}")
    args = tuple(w for w in rest if "=" not in w)
    options = dict(w.split("=", 1) for w in rest if "=" in w)
    directive = Directive(kind, args, options, text)
    _check_shape(directive)
    return directive


def _check_shape(directive: Directive) -> None:
    kind, args = directive.kind, directive.args
    if kind == "chart":
        if not args or args[0] not in CHART_TYPES:
            raise DirectiveError(f"'chart' needs a type first. Allowed: {', '.join(CHART_TYPES)}")
        option_set = OPTIONS[args[0]]
        needed = 2
    elif kind == "table":
        option_set, needed = OPTIONS["table"], 1
    elif kind == "scorecard":
        option_set, needed = OPTIONS[kind], 0
        if "theme" not in directive.options:
            raise DirectiveError(f"'{{{{ {directive.text} }}}}' {usage(directive)}")
    else:
        option_set = OPTIONS[kind]
        needed = 2 if kind in ("badge", "group", "rank", "figure") else 1
    if len(args) != needed:
        raise DirectiveError(f"'{{{{ {directive.text} }}}}' {usage(directive)}")
    unknown = sorted(set(directive.options) - set(option_set))
    if unknown:
        allowed = ", ".join(option_set) or "none"
        raise DirectiveError(f"unknown option '{unknown[0]}' for {kind}. Allowed: {allowed}")


def usage(directive: Directive) -> str:
    """How a directive of this kind is written."""
    forms = {
        "value": "needs a measure: {{ value 2A1 }}",
        "direction": "needs a measure: {{ direction 2A1 }}",
        "rank": "needs a measure and a group: {{ rank 2A1 england }}",
        "badge": "needs a measure and a group: {{ badge 2A1 england }}",
        "group": "needs a measure and a group: {{ group 2A1 england }}",
        "table": "needs a resource: {{ table package/resource }}",
        "chart": "needs a type and a measure or resource: {{ chart trend 2A1 }}",
        "figure": "needs a package and a figure: {{ figure finance total-cost }}",
        "changes": "needs a measure with dated snapshots: {{ changes FIN-COST }}",
        "scorecard": 'needs a theme: {{ scorecard theme="Carers\' survey" }}',
    }
    return forms[directive.kind]
