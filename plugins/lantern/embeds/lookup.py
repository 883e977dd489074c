"""Finding what an embed names, or saying exactly what exists instead.

Every function raises ``DirectiveError`` with the allowed values, which the
Markdown extension reports with the file and line.
"""

from __future__ import annotations

from typing import Any

from lantern.compute import Comparison, PeriodResult
from lantern.data.area import AreaData
from lantern.embeds.context import EmbedContext
from lantern.embeds.kind import DirectiveError
from lantern.present.charts.resources import Resource, find_resource
from lantern.present.gate import Gate


def gate(context: EmbedContext) -> Gate:
    """The site's gate: its small-count threshold."""
    return Gate(context.area.suppress_below)


def macro(context: EmbedContext, name: str, *args: Any, **kwargs: Any) -> str:
    """Render one of the theme's macros (``theme/templates/_macros.html``) to HTML."""
    macros = context.templates.get_template("_macros.html").module
    return str(getattr(macros, name)(*args, **kwargs))


def measure(site: AreaData, measure_id: str) -> None:
    """The measure exists."""
    if measure_id not in site.results:
        allowed = ", ".join(site.results)
        raise DirectiveError(f"unknown measure '{measure_id}'. Allowed: {allowed}")


def period(site: AreaData, measure_id: str, wanted: str | None) -> PeriodResult:
    """The named period of a measure, or its latest."""
    measure(site, measure_id)
    found = site.period(measure_id, wanted)
    if found is None:
        known = ", ".join(p.period for p in site.result(measure_id).periods) or "none"
        which = f"period '{wanted}'" if wanted else "any period"
        raise DirectiveError(
            f"measure {measure_id} has no value for {site.area_name} in {which}. "
            f"Periods with a value: {known}"
        )
    return found


def comparison(site: AreaData, found: PeriodResult, group_id: str) -> Comparison:
    """The home area's comparison with one of the site's groups."""
    for candidate in found.comparisons:
        if candidate.group_id == group_id:
            return candidate
    allowed = ", ".join(g.group_id for g in site.groups)
    raise DirectiveError(f"unknown comparator group '{group_id}'. Allowed: {allowed}")


def resource(context: EmbedContext, reference: str) -> Resource:
    """A ``package/resource`` of the release."""
    try:
        return find_resource(context.area.dataset.packages, reference, gate(context))
    except KeyError as error:
        raise DirectiveError(str(error.args[0])) from None


def columns(found: Resource, names: str | None) -> list[str]:
    """The named columns (comma-separated), or every column."""
    chosen = names.split(",") if names else list(found.table.columns)
    for column in chosen:
        if column not in found.table.columns:
            raise DirectiveError(
                f"unknown field '{column}' in {found.package.name}/{found.name}. "
                f"Allowed: {', '.join(found.table.columns)}"
            )
    return chosen


def required(found: Resource, options: dict[str, str], *names: str) -> list[str]:
    """The columns named by options a chart cannot do without."""
    missing = [n for n in names if n not in options]
    if missing:
        raise DirectiveError(f"the chart needs the option {missing[0]}=FIELD")
    return columns(found, ",".join(options[n] for n in names))
