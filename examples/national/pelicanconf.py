"""A national site: every English council's adult social care figures, each against its own
comparator groups, built from the same national data as the example council's site.

Build it from the project folder with ``make national`` (or ``lantern build --settings
examples/national/pelicanconf.py``). Everything not set here is the example council's
setting (the project's pelicanconf.py); paths here are relative to this folder.
"""

from __future__ import annotations

import runpy
from pathlib import Path

# The council's settings (read by path, as publishconf.py reads them).
_council = runpy.run_path(str(Path(__file__).resolve().parents[2] / "pelicanconf.py"))
globals().update({name: value for name, value in _council.items() if name.isupper()})

SITENAME = "Adult social care in every English council"
SITEDESCRIPTION = (
    "Every English council's adult social care outcomes (ASCOF), each compared with its "
    "statistical neighbours, its region and England."
)

# The publisher's own area keeps its narrative pages and charts; every area in the data
# gets its pages too, each compared with its own CIPFA nearest neighbours, its own region
# and England.
LANTERN_AREAS = "all"
LANTERN_COMPARATORS = ["cipfa-neighbours", "region", "england"]
LANTERN_DATA_PATH = "../../data"
