"""The hex map of councils: a HexJSON layout read, checked and matched to the site's areas.

A layout (``data/reference/hexmap/england-councils.hexjson``, see the folder's
README.md) gives each council a hex at column ``q`` and row ``r``. Only the
row-offset layouts are read (``odd-r``, ``even-r``: pointy-topped hexes, every
other row shifted half a hex), since the map draws those. A council of the site
with no hex, or a hex with no council, is named in ``HexLayout.problems``; the
build shows each as a warning and draws the councils it can place.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lantern.data.problems import LanternError

# Where a release keeps its layout, under the data folder.
HEXMAP_FILE = Path("reference") / "hexmap" / "england-councils.hexjson"
# The layouts the map can draw: which rows are shifted half a hex to the right.
ROW_LAYOUTS = {"odd-r": 1, "even-r": 0}


@dataclass(frozen=True)
class Hex:
    """One council's place: its code, its name in the layout, column and row."""

    code: str
    name: str
    q: int
    r: int


@dataclass(frozen=True)
class HexLayout:
    """The hexes of the councils the site compares, and what did not match."""

    layout: str
    hexes: dict[str, Hex]
    problems: tuple[str, ...] = ()

    def shifted(self, hexagon: Hex) -> bool:
        """Whether the hex's row is drawn half a hex to the right."""
        return hexagon.r % 2 == ROW_LAYOUTS[self.layout]


def parse_hexjson(text: str, label: str) -> tuple[str, dict[str, Hex]]:
    """The layout's kind and its hexes by code; LanternError naming ``label`` if the text
    is not a row-offset HexJSON layout with whole-number places."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise LanternError([f"{label}: the hex map is not valid JSON ({error})."]) from None
    if not isinstance(data, dict) or not isinstance(data.get("hexes"), dict):
        raise LanternError([f"{label}: the hex map has no 'hexes' object (HexJSON)."])
    layout = data.get("layout")
    if layout not in ROW_LAYOUTS:
        kinds = " or ".join(ROW_LAYOUTS)
        raise LanternError([f"{label}: the hex map's layout is {layout!r}; use {kinds}."])
    hexes, wrong = {}, []
    for code, item in data["hexes"].items():
        q, r = (item.get(k) if isinstance(item, dict) else None for k in ("q", "r"))
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (q, r)):
            wrong.append(f"{label}: hex {code} needs whole numbers q and r, not {[q, r]}.")
            continue
        name = str(item.get("n") or item.get("name") or code)
        hexes[code] = Hex(code, name, int(q), int(r))  # type: ignore[arg-type]
    if wrong:
        raise LanternError(wrong)
    return layout, hexes


def matched(layout: str, hexes: Mapping[str, Hex], areas: Mapping[str, str]) -> HexLayout:
    """The hexes of ``areas`` (code to name), and a problem naming each area with no hex
    and each hex with no area."""
    problems = [
        f"The hex map has no hex for {name} ({code}): it is left off the map."
        for code, name in sorted(areas.items())
        if code not in hexes
    ]
    problems += [
        f"The hex map's hex for {h.name} ({code}) is not an area of the site: it is not drawn."
        for code, h in sorted(hexes.items())
        if code not in areas
    ]
    kept = {code: h for code, h in hexes.items() if code in areas}
    return HexLayout(layout, kept, tuple(problems))


def load_hexmap(data_path: Path, areas: Mapping[str, str]) -> HexLayout | None:
    """The release's layout matched to ``areas``; None when the release has none."""
    path = data_path / HEXMAP_FILE
    if not path.is_file():
        return None
    layout, hexes = parse_hexjson(path.read_text(encoding="utf-8"), str(path))
    return matched(layout, hexes, areas)
