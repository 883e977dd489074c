"""Production settings for the national site: its published address, absolute URLs.

Publish it with the workflow's "Run workflow" button, settings
``examples/national/publishconf.py``; build it here with ``lantern build
--settings examples/national/publishconf.py``.
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

# The national settings beside this file (read by path, as the project's publishconf.py does).
_national = runpy.run_path(str(Path(__file__).with_name("pelicanconf.py")))
globals().update({name: value for name, value in _national.items() if name.isupper()})

# The publishing workflow passes the address GitHub Pages gives the site.
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
