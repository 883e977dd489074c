"""Rebuild the example's areas and comparator groups from the national lookups.

    python scripts/make_example_reference.py [SOURCES] --out data/reference

Writes ``areas.csv`` (every council with its region) and ``groups.csv``
(England, each region, and every council's own CIPFA nearest neighbours, one
group per council marked with ``for_area``). Re-run it when the CIPFA list or
the council lookup changes; ``sources/reference/`` holds the files it reads.
``measures.csv`` and the package's ``datapackage.json`` are edited by hand: they
are the source of the measures' plain-English titles, themes, units and polarity.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from package_files import read_csv, write_csv

from lantern.data.contract import AREAS, GROUPS

AREA_COLUMNS = [*AREAS.required, *AREAS.optional]
GROUP_COLUMNS = [*GROUPS.required, *GROUPS.optional]
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
    area_rows: list[dict[str, str]], neighbours: dict[str, list[str]]
) -> list[dict[str, str]]:
    """England, each region, and each council's own CIPFA nearest neighbours (itself
    included). A council the CIPFA list does not cover (a council formed after it was
    made) has no neighbours group, and is compared with its region and England only."""
    shared = {"for_area": ""}
    rows = [
        {"group_id": "england", "group_name": "England", "area_code": a["area_code"], **shared}
        for a in area_rows
    ]
    for region in sorted({a["region_name"] for a in area_rows}):
        rows.extend(
            {"group_id": slug(region), "group_name": region, "area_code": a["area_code"], **shared}
            for a in area_rows
            if a["region_name"] == region
        )
    for area in sorted(a["area_code"] for a in area_rows if a["area_code"] in neighbours):
        members = neighbours[area]
        if area not in members:
            raise SystemExit(f"The CIPFA list for {area} does not include the area itself.")
        rows.extend(
            {
                "group_id": NEIGHBOURS_ID,
                "group_name": NEIGHBOURS_NAME,
                "area_code": code,
                "for_area": area,
            }
            for code in members
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="?", default="sources/reference", type=Path)
    parser.add_argument("--out", default="data/reference", type=Path)
    args = parser.parse_args(argv)

    regions = region_codes(read_csv(args.sources / "cassr_ons_codes_region_2023.csv"))
    area_rows = areas(read_csv(args.sources / "council_region_lookup.csv"), regions)
    cipfa = json.loads((args.sources / "oflog_cipfa_nearest_neighbours.json").read_text())
    group_rows = groups(area_rows, cipfa)

    write_csv(args.out / "areas.csv", AREA_COLUMNS, area_rows)
    write_csv(args.out / "groups.csv", GROUP_COLUMNS, group_rows)
    print(
        f"Wrote {args.out}: {len(area_rows)} areas, "
        f"{len({g['group_id'] for g in group_rows})} groups."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
