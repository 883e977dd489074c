"""What a new council site starts from: the council, its comparator groups and the
measures the national data hold, chosen from the national reference tables.

Pure functions of rows (dicts, as ``csv.DictReader`` gives them), so each rule is tested
without writing a site: which codes are councils with social services, which group is the
council's region, and which rows of groups.csv and measures.csv the new site keeps.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from lantern.data.contract import REGION
from lantern.data.problems import LanternError

Row = dict[str, str]

# The CIPFA nearest neighbours group, and England, as the national reference names them.
NEIGHBOURS = "cipfa-neighbours"
ENGLAND = "england"
# ONS codes of English non-metropolitan districts: no social services responsibilities
# (the county council runs adult social care there).
DISTRICT_PREFIX = "E07"
# ONS codes of English county councils (which run adult social care for their districts).
COUNTY_PREFIX = "E10"


@dataclass(frozen=True)
class Council:
    """A council a site is made for, with the groups it is compared with."""

    code: str
    name: str
    region_name: str
    # The groups shown beside it, in order (LANTERN_COMPARATORS): neighbours, region, England.
    comparators: tuple[str, ...]
    # The group_id of its region in groups.csv (for the starter pages' embeds).
    region_group: str
    neighbours: tuple[str, ...]
    """The names of its CIPFA nearest neighbours (none for a council formed after the
    model was published)."""


def find_council(areas: Sequence[Row], groups: Sequence[Row], code: str) -> Council:
    """The council with ONS code ``code``, or a LanternError saying why there is none."""
    wanted = code.strip().upper()
    by_code = {row["area_code"]: row for row in areas}
    if wanted not in by_code:
        raise LanternError([_not_a_council(wanted, areas)])
    row = by_code[wanted]
    region = next(
        (
            g["group_id"]
            for g in groups
            if g["area_code"] == wanted
            and not g.get("for_area")
            and g["group_id"] not in (ENGLAND, NEIGHBOURS)
        ),
        REGION,
    )
    neighbours = tuple(
        by_code[g["area_code"]]["area_name"]
        for g in groups
        if g["group_id"] == NEIGHBOURS
        and g.get("for_area") == wanted
        and g["area_code"] != wanted
        and g["area_code"] in by_code
    )
    comparators = ((NEIGHBOURS,) if neighbours else ()) + (region, ENGLAND)
    return Council(wanted, row["area_name"], row["region_name"], comparators, region, neighbours)


def _not_a_council(code: str, areas: Sequence[Row]) -> str:
    """Why ``code`` names no council in the national data, with what to try instead."""
    if code.startswith(DISTRICT_PREFIX):
        return (
            f"--area {code} is a district council's code. District councils have no social "
            "services responsibilities: adult social care there is run by the county "
            f"council, so make the county's site (its code starts {COUNTY_PREFIX})."
        )
    close = difflib.get_close_matches(code, [r["area_code"] for r in areas], n=3)
    hint = f" Did you mean {' or '.join(close)}?" if close else ""
    return (
        f"--area {code} is not a council in the national data (data/reference/areas.csv "
        f"lists the {len(areas)} councils with social services responsibilities, by their "
        f"ONS code, such as {areas[0]['area_code']} for {areas[0]['area_name']}).{hint}"
    )


def council_groups(groups: Sequence[Row], council: Council) -> list[Row]:
    """The rows of groups.csv a council's site keeps: every shared group (England and each
    region, which the national package's published benchmarks name) and the council's own
    nearest neighbours (the national file holds every council's)."""
    return [g for g in groups if not g.get("for_area") or g["for_area"] == council.code]


def collected_measures(measures: Sequence[Row], values: Sequence[Row]) -> list[Row]:
    """The measures the national values hold: a council's own local measures (the example
    site's survey questions, say) belong to that council's data, not to a new site's."""
    held = {v["measure_id"] for v in values}
    return [m for m in measures if m["measure_id"] in held]
