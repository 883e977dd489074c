"""Every kind of embed, in one table: add a kind here and nowhere else.

The parser reads the names, arguments and options from here, the Markdown
extension the block flag and render function, and a test checks that each
kind's example appears in docs/authoring.md and in a test.
"""

from __future__ import annotations

from lantern.embeds import blocks, charts, inline
from lantern.embeds.kind import EmbedKind

MEASURE = ("measure",)
MEASURE_GROUP = ("measure", "group")
RESOURCE = ("resource",)

KINDS: tuple[EmbedKind, ...] = (
    EmbedKind("value", False, MEASURE, ("period",), "a measure", "{{ value 2A1 }}", inline.value),
    EmbedKind("badge", False, MEASURE_GROUP, ("period",), "a measure and a group", "{{ badge 2A1 england }}", inline.badge),
    EmbedKind("direction", False, MEASURE, ("period",), "a measure", "{{ direction 2A1 }}", inline.direction),
    EmbedKind("group", False, MEASURE_GROUP, ("period",), "a measure and a group", "{{ group 2A1 england }}", inline.group),
    EmbedKind("rank", False, MEASURE_GROUP, ("period",), "a measure and a group", "{{ rank 2A1 england }}", inline.rank),
    EmbedKind("claim", False, ("measure", "group", "claim"), ("period",), "a measure, a group and a claimed quartile", "{{ claim 2A1 england bottom period=2021-22 }}", inline.claim),
    EmbedKind("figure", False, ("package", "figure"), (), "a package and a figure", "{{ figure finance total-cost }}", inline.figure),
    EmbedKind("changes", True, MEASURE, ("title",), "a measure with dated snapshots", "{{ changes FIN-COST }}", blocks.changes),
    EmbedKind("scorecard", True, (), ("theme", "title"), "a theme", "{{ scorecard theme=\"Carers' survey\" }}", blocks.scorecard, ("theme",)),
    EmbedKind("overview", True, RESOURCE, ("periods", "change_decimals", "title"), "a resource of measure, period and value", "{{ overview package/resource periods=4 }}", blocks.overview),
    EmbedKind("table", True, RESOURCE, ("columns", "title"), "a resource", "{{ table package/resource }}", blocks.table),
    EmbedKind("chart trend", True, MEASURE, ("title",), "a measure", "{{ chart trend 2A1 }}", charts.trend),
    EmbedKind("chart position", True, MEASURE, ("group", "period", "title"), "a measure", "{{ chart position 2A1 group=england }}", charts.position),
    EmbedKind("chart quartiles", True, MEASURE, ("period", "title"), "a measure", "{{ chart quartiles 2A1 }}", charts.quartiles),
    EmbedKind("chart bar", True, RESOURCE, ("x", "y", "title"), "a resource, x= and y=", "{{ chart bar package/resource x=FIELD y=FIELD }}", charts.bar),
    EmbedKind("chart line", True, RESOURCE, ("x", "y", "series", "title"), "a resource, x= and y=", "{{ chart line package/resource x=FIELD y=FIELD }}", charts.line),
    EmbedKind("chart heatmap", True, RESOURCE, ("x", "y", "value", "title"), "a resource, x=, y= and value=", "{{ chart heatmap package/resource x=FIELD y=FIELD value=FIELD }}", charts.heatmap),
)  # fmt: skip

REGISTRY: dict[str, EmbedKind] = {kind.name: kind for kind in KINDS}


def families() -> list[str]:
    """The first words an embed may start with, in the registry's order."""
    return list(dict.fromkeys(kind.family for kind in KINDS))


def types_of(family: str) -> list[str]:
    """The second words of a family such as ``chart``: trend, position …"""
    return [k.name.split(" ", 1)[1] for k in KINDS if k.family == family and " " in k.name]
