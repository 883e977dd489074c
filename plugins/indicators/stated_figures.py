"""Figures a report states in words, embedded from a package's ``figures`` resource.

A narrative page often quotes a figure that is not a measure: "2,150 contacts a
month on average", "84.5% of providers rated good or outstanding". Writing it
into ``figures.csv`` (columns ``figure``, ``label``, ``value``, ``unit``) and
embedding it with ``{{ figure package key }}`` keeps every number on the page
coming from ``data/``, shown as it was written there.
"""

from __future__ import annotations

from markupsafe import Markup

from .charts.resource_charts import decimals_written
from .directives import DirectiveError
from .formatting import format_value
from .tables import DataPackage

RESOURCE = "figures"


def find_figure(
    packages: list[DataPackage], package_name: str, key: str
) -> tuple[dict[str, str], bool]:
    """The row of ``package/figures`` whose ``figure`` is ``key``, and whether the package is
    illustrative; DirectiveError naming what exists otherwise."""
    with_figures = {
        p.name: p
        for p in packages
        if any(r.get("name") == RESOURCE for r in p.descriptor.get("resources", []))
    }
    package = with_figures.get(package_name)
    if package is None:
        raise DirectiveError(
            f"unknown package '{package_name}' (or it has no '{RESOURCE}' resource). "
            f"Allowed: {', '.join(sorted(with_figures))}"
        )
    path = next(
        str(r.get("path", ""))
        for r in package.descriptor.get("resources", [])
        if r.get("name") == RESOURCE
    )
    table = package.tables[path.rsplit("/", 1)[-1]]
    for row in table.rows:
        if row.get("figure") == key:
            return row, bool(package.descriptor.get("illustrative"))
    keys = ", ".join(row.get("figure", "") for row in table.rows)
    raise DirectiveError(f"unknown figure '{key}' in {package_name}/{RESOURCE}. Allowed: {keys}")


def figure_html(row: dict[str, str], illustrative: bool) -> Markup:
    """The figure in its unit, with as many decimals as it was written with."""
    raw = row.get("value", "")
    try:
        number: float | None = float(raw)
    except ValueError:
        number = None
    shown = format_value(number, row.get("unit") or "count", decimals_written(raw), raw or "[x]")
    mark = Markup(' <span class="illustrative-mark">(illustrative)</span>') if illustrative else ""
    return Markup('<span class="figure">{}</span>{}').format(shown, mark)
