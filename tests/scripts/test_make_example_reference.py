"""The example's areas and comparator groups come from the national lookups in sources/."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SCRIPT = PROJECT / "scripts" / "make_example_reference.py"


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_script_rebuilds_the_committed_areas_and_groups(tmp_path: Path) -> None:
    """Re-running the script on sources/reference gives data/reference byte for byte."""
    subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            str(PROJECT / "sources" / "reference"),
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        cwd=PROJECT,
    )
    for name in ("areas.csv", "groups.csv"):
        assert (tmp_path / name).read_bytes() == (
            PROJECT / "data" / "reference" / name
        ).read_bytes()


def test_every_council_has_its_own_neighbours_with_itself_among_them() -> None:
    """Each council's CIPFA group is its own (for_area), holds the council and its
    neighbours as the CIPFA list gives them, and a council the list does not cover has
    none rather than another's."""
    groups = rows(PROJECT / "data" / "reference" / "groups.csv")
    neighbours: dict[str, set[str]] = {}
    for row in groups:
        if row["group_id"] == "cipfa-neighbours":
            neighbours.setdefault(row["for_area"], set()).add(row["area_code"])
    assert "" not in neighbours
    assert all(area in members for area, members in neighbours.items())
    source = json.loads(
        (PROJECT / "sources/reference/oflog_cipfa_nearest_neighbours.json").read_text()
    )
    assert all(members == set(source[area]) for area, members in neighbours.items())
    assert "E06000063" not in neighbours  # Cumberland, formed after the CIPFA list was made
    assert all(row["for_area"] == "" for row in groups if row["group_id"] != "cipfa-neighbours")
