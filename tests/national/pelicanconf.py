"""The national example as the tests build it: every area's pages, with charts on a sample
of areas' measure pages only (LANTERN_CHART_AREAS), so the test run draws a few hundred
charts rather than every area's thousands. Paths are relative to this folder, which sits
as deep in the project as examples/national/.
"""

from __future__ import annotations

import runpy
from pathlib import Path

_national = runpy.run_path(
    str(Path(__file__).resolve().parents[2] / "examples" / "national" / "pelicanconf.py")
)
globals().update({name: value for name, value in _national.items() if name.isupper()})

PATH = "../../examples/national/content"
# The home area; a council formed after the CIPFA list was made (no neighbours group);
# a London borough (another region's group).
LANTERN_CHART_AREAS = ["E08000014", "E06000063", "E09000007"]
