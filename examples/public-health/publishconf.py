"""Production settings: the published site's address, absolute URLs."""

from __future__ import annotations

import os
import runpy
from pathlib import Path

# The development settings beside this file (read by path, so another site's
# pelicanconf.py already imported in the same process is never picked up).
_development = runpy.run_path(str(Path(__file__).with_name("pelicanconf.py")))
globals().update({name: value for name, value in _development.items() if name.isupper()})

# The publishing workflow passes the address GitHub Pages gives the site.
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
