"""Production settings: the published site's address, absolute URLs."""

from __future__ import annotations

import os
import sys

sys.path.append(os.path.dirname(__file__))
from pelicanconf import *  # noqa: F403

# The publishing workflow passes the address GitHub Pages gives the site.
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
