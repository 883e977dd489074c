"""``lantern compute``: every computed figure for one area, as text or JSON.

This is the audit trail: an analyst can check any badge on the site against
the members, cut-points and method printed here.
"""

from __future__ import annotations

import json
from pathlib import Path

from lantern.build.checked import checked_release
from lantern.compute import MeasureResult
from lantern.config.settings import read_settings
from lantern.data.loading import Dataset
from lantern.present.badges import measure_text
from lantern.present.gate import Gate
from lantern.releases.areas import load_area, load_areas
from lantern.vocab.shorthand import NOT_AVAILABLE


def as_json(dataset: Dataset, area: str, results: list[MeasureResult]) -> str:
    """One JSON document: the area, then every measure with its periods and comparisons."""
    row = dataset.areas[dataset.areas["area_code"] == area].iloc[0]
    document = {
        "area": {"area_code": area, "area_name": str(row["area_name"])},
        "measures": [result.to_dict() for result in results],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def as_text(dataset: Dataset, area: str, results: list[MeasureResult], gate: Gate) -> str:
    """A readable summary: each measure's latest value, direction and bands."""
    name = dataset.areas.loc[dataset.areas["area_code"] == area, "area_name"].iloc[0]
    lines = [f"{name} ({area})"]
    for result in results:
        latest = result.latest
        measure = result.measure
        if latest is None:
            lines.append(f"{measure.measure_id}: no values")
            continue
        shown = measure_text(gate, measure, latest.value, latest.shorthand or NOT_AVAILABLE)
        trend = f", {latest.direction} since {latest.previous_period}" if latest.direction else ""
        lines.append(f"{measure.measure_id} {latest.period}: {shown}{trend}  {measure.title}")
        for c in latest.comparisons:
            if c.verdict and latest.interval:
                theirs = c.group_interval
                against = f"{c.group_value:g}" + (
                    f" ({theirs.lower:g} to {theirs.upper:g})" if theirs else ""
                )
                lines.append(
                    f"    {c.group_name}: {c.verdict} (by {latest.interval.level:g}% confidence "
                    f"interval {latest.interval.lower:g} to {latest.interval.upper:g}, against "
                    f"{against})"
                )
            elif c.band:
                cuts = ", ".join("-" if v is None else f"{v:g}" for v in c.cut_points or ())
                rank = f", rank {c.rank_label} of {c.n}" if c.rank_label else ""
                basis = (
                    f" ({c.compared_period} distribution)"
                    if c.compared_period != latest.period
                    else ""
                )
                lines.append(
                    f"    {c.group_name}: {c.band} ({c.band_source}{basis}; n={c.n}; "
                    f"min, Q1, median, Q3, max = {cuts}{rank})"
                )
            else:
                lines.append(f"    {c.group_name}: {c.reason}")
    return "\n".join(lines)


def run_compute(
    settings_file: Path, data_dir: Path | None, area: str | None, as_json_flag: bool
) -> str:
    """Load the site's settings and data and render the audit for one area."""
    from lantern.cli.build import read_site_settings

    site = read_site_settings(settings_file)
    national = site.get("LANTERN_AREAS") is not None
    if area and national:
        # One of a national site's areas, against its own groups as its pages show it
        # (an area may lack a group the home area has, such as CIPFA neighbours).
        site["LANTERN_AREAS"] = [area]
    elif area:
        site["LANTERN_AREA"] = area
    if data_dir:
        site["LANTERN_DATA_PATH"] = str(data_dir.resolve())
    settings = read_settings(site)
    release = checked_release(settings)
    data = (
        load_areas(settings, release)[area] if area and national else load_area(settings, release)
    )
    results = list(data.results.values())
    if as_json_flag:
        return as_json(data.dataset, data.area_code, results)
    return as_text(data.dataset, data.area_code, results, Gate(data.suppress_below))
