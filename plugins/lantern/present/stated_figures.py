"""Figures a report states in words, embedded from a package's ``figures`` resource.

A narrative page often quotes a figure that is not a measure: "2,150 contacts a
month on average", "84.5% of providers rated good or outstanding". Writing it
into ``figures.csv`` (columns ``figure``, ``label``, ``value``, ``unit``) and
embedding it with ``{{ figure package key }}`` keeps every number on the page
coming from ``data/``, shown as it was written there.
"""

from __future__ import annotations

from markupsafe import Markup

from lantern.data.tables import DataPackage
from lantern.embeds.parser import DirectiveError
from lantern.present.badges import illustrative_mark
from lantern.present.charts.resource_charts import Resource, cell_text, find_resource

RESOURCE = "figures"


def find_figure(
    packages: list[DataPackage], package_name: str, key: str
) -> tuple[Resource, dict[str, str]]:
    """The ``package/figures`` resource and its row whose ``figure`` is ``key``;
    DirectiveError naming what exists otherwise."""
    try:
        resource = find_resource(packages, f"{package_name}/{RESOURCE}")
    except KeyError as error:
        raise DirectiveError(str(error.args[0])) from None
    for row in resource.table.rows:
        if row.get("figure") == key:
            return resource, row
    keys = ", ".join(row.get("figure", "") for row in resource.table.rows)
    raise DirectiveError(f"unknown figure '{key}' in {package_name}/{RESOURCE}. Allowed: {keys}")


def figure_html(resource: Resource, row: dict[str, str]) -> Markup:
    """The figure in its row's unit, with as many decimals as it was written with."""
    shown = cell_text(resource, "value", row.get("value", ""), row.get("unit") or None)
    return Markup('<span class="figure">{}</span>{}').format(
        shown or "[x]", illustrative_mark(resource.illustrative)
    )
