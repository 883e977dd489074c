"""Amend Open Innovations' hex map of upper-tier councils (2020 geography) to the councils
of ``data/reference/areas.csv``, 2017 to 2023 geographies, and write the layout the site
draws.

Every change is one line of ``CHANGES``: a council added at a place, or moved to one.
A council that was replaced shares a place with its successor, so each year's map draws
the councils of that year: two hexes share a place only when their councils never have
figures for the same year. Run from the project folder:

    .venv/bin/python scripts/amend_hexmap.py

It reads ``data/reference/hexmap/uk-upper-tier-local-authorities.hexjson`` (as
published) and writes ``data/reference/hexmap/england-councils.hexjson``; the folder's
README.md lists the same changes in words.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "data" / "reference" / "hexmap"
SOURCE = FOLDER / "uk-upper-tier-local-authorities.hexjson"
AMENDED = FOLDER / "england-councils.hexjson"
AREAS = ROOT / "data" / "reference" / "areas.csv"

# (code, where, why), in order: ``where`` is (q, r), or the code of the council whose
# place it shares. A code already in the map is moved; a new one is added.
CHANGES: tuple[tuple[str, tuple[int, int] | str, str], ...] = (
    ("E06000060", "E10000002", "Buckinghamshire unitary (2020) at the county's place"),
    ("E06000019", (4, 6), "Herefordshire one place west, to make room in Northamptonshire's row"),
    ("E10000031", (5, 6), "Warwickshire one place west, likewise"),
    ("E06000062", (6, 6), "West Northamptonshire (2021) where Warwickshire was"),
    ("E06000061", "E10000021", "North Northamptonshire (2021) at Northamptonshire's place"),
    ("E06000064", "E10000006", "Westmorland and Furness (2023) at Cumbria's place"),
    ("E06000063", (6, 15), "Cumberland (2023) north of it, in an empty place"),
    ("E06000065", "E10000023", "North Yorkshire unitary (2023) at the county's place"),
    ("E06000066", "E10000027", "Somerset unitary (2023) at the county's place"),
    ("E10000009", "E06000059", "Dorset county council (until 2019) at the unitary's place"),
    ("E06000028", "E06000058", "Bournemouth (until 2019) at Bournemouth, Christchurch and Poole's"),
    ("E06000029", (4, 1), "Poole (until 2019) beside it, in an empty place"),
)


def amended(source: dict[str, object], names: dict[str, str]) -> dict[str, object]:
    """The source layout with every change made, hexes in code order."""
    hexes: dict[str, dict[str, object]] = dict(source["hexes"])  # type: ignore[call-overload]
    for code, where, _why in CHANGES:
        q, r = (hexes[where]["q"], hexes[where]["r"]) if isinstance(where, str) else where
        name = names[code]
        hexes[code] = {"n": name, "id": code, "name": name, "q": q, "r": r}
    return {"layout": source["layout"], "hexes": dict(sorted(hexes.items()))}


def main() -> None:
    """Write the amended layout, one hex a line, and say how many hexes it has."""
    with AREAS.open(encoding="utf-8", newline="") as file:
        names = {row["area_code"]: row["area_name"] for row in csv.DictReader(file)}
    layout = amended(json.loads(SOURCE.read_text(encoding="utf-8")), names)
    hexes = layout["hexes"]
    assert isinstance(hexes, dict)
    lines = [f"\t\t{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in hexes.items()]
    body = ",\n".join(lines)
    text = f'{{\n\t"layout": {json.dumps(layout["layout"])},\n\t"hexes": {{\n{body}\n\t}}\n}}\n'
    AMENDED.write_text(text, encoding="utf-8")
    missing = sorted(set(names) - set(hexes))
    print(f"{AMENDED.relative_to(ROOT)}: {len(hexes)} hexes; areas with none: {missing or 'none'}")


if __name__ == "__main__":
    main()
