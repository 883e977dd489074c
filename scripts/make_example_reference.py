"""Build the example site's reference package from the national lookups.

    python scripts/make_example_reference.py [SHARED_DATA] --home E08000014 --out data/reference

Writes ``areas.csv`` (every council with its region), ``groups.csv`` (England,
each region, and the home area's CIPFA nearest neighbours) and
``measures.csv`` (the ASCOF measures in plain English). Re-run it when the
CIPFA list or the council lookup changes.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ascof_measures import MEASURES, THEME_ORDER
from example_local import LOCAL_MEASURES, LOCAL_THEMES
from package_files import OGL, resource, write_csv, write_descriptor

from lantern.data.contract import AREAS, GROUPS
from lantern.data.contract import MEASURES as MEASURE_TABLE

AREA_COLUMNS = [*AREAS.required, *AREAS.optional]
GROUP_COLUMNS = [*GROUPS.required, *GROUPS.optional]
MEASURE_COLUMNS = [*MEASURE_TABLE.required, *MEASURE_TABLE.optional]
RENUMBERED_FROM = "2023-24"
NEIGHBOURS_ID = "cipfa-neighbours"
NEIGHBOURS_NAME = "Statistical neighbours (CIPFA)"


def slug(text: str) -> str:
    """``Yorkshire and The Humber`` → ``yorkshire-and-the-humber``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def region_codes(cassr_rows: list[dict[str, str]]) -> dict[str, str]:
    """Region name → ONS region code, from the rows of the 2023 CASSR list that are regions."""
    return {
        row["Council region"]: row["ONS Area Code"]
        for row in cassr_rows
        if row["ONS Area Code"].startswith("E12")
    }


def areas(lookup: list[dict[str, str]], regions: dict[str, str]) -> list[dict[str, str]]:
    """Every council in the lookup (old geographies too: older values refer to them)."""
    rows = [
        {
            "area_code": row["ons_code"],
            "area_name": row["name"],
            "region_code": regions[row["region"]],
            "region_name": row["region"],
        }
        for row in lookup
    ]
    return sorted(rows, key=lambda r: r["area_code"])


def groups(
    area_rows: list[dict[str, str]], neighbours: list[str], home: str
) -> list[dict[str, str]]:
    """England, each region, and the home area's CIPFA nearest neighbours (itself included)."""
    if home not in neighbours:
        raise SystemExit(f"The CIPFA list for {home} does not include the area itself.")
    rows = [
        {"group_id": "england", "group_name": "England", "area_code": a["area_code"]}
        for a in area_rows
    ]
    for region in sorted({a["region_name"] for a in area_rows}):
        rows.extend(
            {"group_id": slug(region), "group_name": region, "area_code": a["area_code"]}
            for a in area_rows
            if a["region_name"] == region
        )
    rows.extend(
        {"group_id": NEIGHBOURS_ID, "group_name": NEIGHBOURS_NAME, "area_code": code}
        for code in neighbours
    )
    return rows


def measure_row(
    measure_id: str, fields: tuple[str, str, str, str, str, int, str], **extra: str
) -> dict[str, str]:
    """One row of measures.csv; ``extra`` fills target and renumbering columns."""
    title, description, theme, unit, polarity, decimals, source = fields
    row = {
        "measure_id": measure_id,
        "title": title,
        "description": description,
        "theme": theme,
        "unit": unit,
        "polarity": polarity,
        "decimals": str(decimals),
        "source": source,
        "target": "",
        "renumbered_as": "",
        "renumbered_from": "",
        "series_break": "",
    }
    return {**row, **extra}


def measures() -> list[dict[str, str]]:
    """The ASCOF measures, then the council's own, in the order the site lists them."""
    rows = []
    for measure_id, (*fields, new_code, note) in MEASURES.items():
        rows.append(
            measure_row(
                measure_id,
                tuple(fields),  # type: ignore[arg-type]
                renumbered_as=new_code,
                renumbered_from=RENUMBERED_FROM if new_code else "",
                series_break=note,
            )
        )
    for measure_id, (*fields, target) in LOCAL_MEASURES.items():
        rows.append(measure_row(measure_id, tuple(fields), target=target))  # type: ignore[arg-type]
    order = [*THEME_ORDER, *LOCAL_THEMES]
    return sorted(rows, key=lambda r: order.index(r["theme"]))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k.strip(): v.strip() for k, v in row.items()} for row in csv.DictReader(handle)]


DESCRIPTION = (
    "The areas, comparator groups and measures the site reports on. Areas are every English "
    "council with adult social services responsibilities, 2017 to 2023 geographies, with "
    "their regions. Groups are England, each region, and the home area's 15 nearest "
    "neighbours in CIPFA's model (the area itself included). Measures are the Adult Social "
    "Care Outcomes Framework, with the codes used from 2014-15 to 2022-23 and the code each "
    "has had since 2023-24, then the council's own measures: survey questions, contacts, "
    "waiting lists, reviews, safeguarding and finance."
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", nargs="?", default="../shared/data", type=Path)
    parser.add_argument("--home", default="E08000014", help="the home area's ONS code")
    parser.add_argument("--out", default="data/reference", type=Path)
    args = parser.parse_args(argv)

    regions = region_codes(read_csv(args.shared / "cassr_ons_codes_region_2023.csv"))
    area_rows = areas(read_csv(args.shared / "council_region_lookup.csv"), regions)
    cipfa = json.loads((args.shared / "oflog_cipfa_nearest_neighbours.json").read_text())
    group_rows = groups(area_rows, cipfa[args.home], args.home)
    measure_rows = measures()

    write_csv(args.out / "areas.csv", AREA_COLUMNS, area_rows)
    write_csv(args.out / "groups.csv", GROUP_COLUMNS, group_rows)
    write_csv(args.out / "measures.csv", MEASURE_COLUMNS, measure_rows)
    write_descriptor(
        args.out,
        {
            "name": "reference",
            "title": "Areas, comparator groups and measures",
            "description": DESCRIPTION,
            "licenses": [OGL],
            "attribution": (
                "Contains public sector information licensed under the Open Government Licence "
                "v3.0. Council and region codes: Office for National Statistics. Nearest "
                "neighbours: CIPFA nearest neighbours model, as published by Oflog (Office for "
                "Local Government)."
            ),
            "sources": [
                {"title": "Office for National Statistics, local authority and region codes"},
                {"title": "CIPFA nearest neighbours model, as published by Oflog"},
                {
                    "title": (
                        "NHS England, Adult Social Care Outcomes Framework handbook of definitions"
                    )
                },
            ],
            "resources": [
                resource("areas", "areas.csv", "Areas", AREA_COLUMNS, ["area_code"]),
                resource(
                    "groups",
                    "groups.csv",
                    "Comparator groups",
                    GROUP_COLUMNS,
                    ["group_id", "area_code"],
                ),
                resource("measures", "measures.csv", "Measures", MEASURE_COLUMNS, ["measure_id"]),
            ],
        },
    )
    print(
        f"Wrote {args.out}: {len(area_rows)} areas, {len({g['group_id'] for g in group_rows})} "
        f"groups, {len(measure_rows)} measures."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
