"""Writing Frictionless data packages: CSV files plus a ``datapackage.json`` with schemas.

Shared by the example's reference builder and the ASCOF importer, so both
describe their files the same way.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from lantern.vocab.units import unit_names

OGL = {
    "name": "OGL-UK-3.0",
    "title": "Open Government Licence v3.0",
    "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
}

# (name, type, title, description) for every column Lantern's contract defines.
FIELDS: dict[str, tuple[str, str, str]] = {
    "area_code": ("string", "Area code", "ONS GSS code of the area."),
    "area_name": ("string", "Area", "Name of the area."),
    "region_code": ("string", "Region code", "ONS GSS code of the area's region."),
    "region_name": ("string", "Region", "Name of the area's region."),
    "group_id": ("string", "Comparator group id", "Lower-case slug naming the group."),
    "group_name": ("string", "Comparator group", "Name of the comparator group."),
    "for_area": (
        "string",
        "For area",
        "The area whose own group this is (its nearest neighbours); empty for a shared group.",
    ),
    "measure_id": ("string", "Measure", "Stable code of the measure."),
    "title": ("string", "Title", "Plain-English title."),
    "description": ("string", "Description", "What is counted, out of what."),
    "theme": ("string", "Theme", "Topic the measure is listed under."),
    "unit": ("string", "Unit", f"{unit_names()}."),
    "polarity": ("string", "Polarity", "Is a high value good: high, low or none."),
    "decimals": ("integer", "Decimals", "Decimal places shown."),
    "source": ("string", "Source", "Where the figures come from."),
    "target": ("number", "Target", "Target value, in the measure's unit."),
    "renumbered_as": ("string", "Renumbered as", "The measure's code after renumbering."),
    "renumbered_from": ("string", "Renumbered from", "First period using the new code."),
    "series_break": ("string", "Series break", "Where and why the series is not comparable."),
    "series_break_from": ("string", "New series from", "First period of the new series."),
    "period": ("string", "Period", "2023-24, 2023-24 Q4, 2024-11 or 2024-11-29."),
    "numerator": ("number", "Numerator", "Count the value is computed from."),
    "denominator": ("number", "Denominator", "Population or base the value is computed from."),
    "value": ("number", "Value", "The published figure."),
    "status": ("string", "Status", "final, provisional or estimate."),
    "note": ("string", "Note", "Shorthand such as [c] for a missing value, and notes."),
    "q1": ("number", "Lower quartile", "Published lower quartile cut-point."),
    "median": ("number", "Median", "Published median."),
    "q3": ("number", "Upper quartile", "Published upper quartile cut-point."),
    "band": ("string", "Band", "Published band: top, middle or bottom."),
    "lower": ("number", "Lower end", "Lower end of the value's confidence interval."),
    "upper": ("number", "Upper end", "Upper end of the value's confidence interval."),
}
# The confidence level of the intervals a package's files give (docs/data.md, Intervals).
CONFIDENCE_LEVEL = 95
# England's ONS code, whose published figures become the ``england`` group's benchmarks.
ENGLAND_CODE = "E92000001"


def read_csv(path: Path) -> list[dict[str, str]]:
    """A CSV's rows (a byte-order mark and spaces around cells dropped)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k.strip(): v.strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def table_schema(columns: list[str], primary_key: list[str]) -> dict[str, Any]:
    """A Table Schema for columns of Lantern's contract."""
    fields = []
    for name in columns:
        kind, title, description = FIELDS[name]
        field = {"name": name, "type": kind, "title": title, "description": description}
        if name in ("lower", "upper"):
            field["confidenceLevel"] = CONFIDENCE_LEVEL
        fields.append(field)
    return {"fields": fields, "primaryKey": primary_key, "missingValues": [""]}


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    """UTF-8 CSV with Unix line endings, so a diff between releases shows only real changes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def resource(
    name: str, path: str, title: str, columns: list[str], key: list[str]
) -> dict[str, Any]:
    """A tabular data resource entry for ``datapackage.json``."""
    return {
        "name": name,
        "path": path,
        "title": title,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": table_schema(columns, key),
    }


def write_descriptor(folder: Path, descriptor: dict[str, Any]) -> None:
    """``datapackage.json``, indented and stable so releases diff cleanly."""
    text = json.dumps(
        {"profile": "tabular-data-package", **descriptor}, indent=2, ensure_ascii=False
    )
    (folder / "datapackage.json").write_text(text + "\n", encoding="utf-8")


def release_resources(
    value_columns: list[str], benchmark_columns: list[str]
) -> list[dict[str, Any]]:
    """The two tables of a national release: every council's values, and the published
    England and regional figures."""
    return [
        resource(
            "values", "values.csv", "Council values", value_columns,
            ["area_code", "measure_id", "period"],
        ),
        resource(
            "benchmarks", "benchmarks.csv", "England and regional figures", benchmark_columns,
            ["group_id", "measure_id", "period"],
        ),
    ]  # fmt: skip
