"""Where Lantern's own files are, whether it runs from a wheel or from its repository.

A council installs Lantern with pip and never sees its source, so everything a site
needs from Lantern travels inside the package: the theme, the starter sites that
``lantern new`` copies, and the national data a new council site starts from. In the
repository the theme is a folder of the package too; the national data are the example
site's own ``data/`` folder, which the wheel carries a copy of (``setup.py``).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# The theme every Lantern site uses unless its settings name another (``THEME``).
THEME_PATH = PACKAGE / "theme"
# The files ``lantern new`` fills in: a council's site, or a blank one for another service.
STARTER_PATH = PACKAGE / "starter" / "files"
# In a wheel: the national packages, copied in when the wheel is made.
WHEEL_DATA = PACKAGE / "national"
# In the repository: the example site's data, which holds the same national packages.
REPOSITORY_DATA = PACKAGE.parents[1] / "data"
# The national packages a council site starts from, by folder name under the data folder.
NATIONAL_PACKAGES = ("ascof", "reference")
# The pinned dependencies, with their hashes, that a new site's workflow installs.
WHEEL_LOCK = PACKAGE / "national" / "requirements.lock"
REPOSITORY_LOCK = PACKAGE.parents[1] / "requirements.lock"


def national_data() -> Path | None:
    """The folder holding the national packages (``NATIONAL_PACKAGES``), or None when this
    copy of Lantern has none."""
    for folder in (WHEEL_DATA, REPOSITORY_DATA):
        if all((folder / name / "datapackage.json").is_file() for name in NATIONAL_PACKAGES):
            return folder
    return None


def dependency_lock() -> Path | None:
    """The project's pinned dependencies with their hashes, or None when there is none."""
    return next((p for p in (WHEEL_LOCK, REPOSITORY_LOCK) if p.is_file()), None)
