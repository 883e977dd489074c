"""The wheel carries the national data a new council site starts from (``lantern new``).

Those packages are the example site's own ``data/ascof`` and ``data/reference`` (their one
home, in the repository), and the dependency lock is ``requirements.lock``; each is copied
into the package as the wheel is made, so an installed Lantern has them without the
repository. Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# Which packages, as lantern.installed declares them (read by path: Lantern is not yet
# installed while its wheel is made).
NATIONAL_PACKAGES = runpy.run_path(str(HERE / "plugins" / "lantern" / "installed.py"))[
    "NATIONAL_PACKAGES"
]


class WithNationalData(build_py):
    """``build_py`` that also copies the national packages and the lock into the build."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the repository (lantern.installed)
        target = Path(self.build_lib) / "lantern" / "national"
        for name in NATIONAL_PACKAGES:
            shutil.copytree(HERE / "data" / name, target / name, dirs_exist_ok=True)
        shutil.copy2(HERE / "requirements.lock", target / "requirements.lock")


setup(cmdclass={"build_py": WithNationalData})
