"""Finding the tools the page checks need: Debian's Chromium and the Nu Html Checker.

On a developer's machine a missing tool skips its checks with a reason that
says how to install it. In CI (``CI=true``) a missing tool is a failure: a
check that silently did not run would look like a pass.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
VNU_JAR = PROJECT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Flags for a headless Chromium on a machine with no network but localhost.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(what: str, how: str) -> None:
    message = f"{what} is not installed: {how}"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def chromium_path() -> str:
    """The system Chromium (never a browser downloaded by a test tool)."""
    configured = os.environ.get("LANTERN_CHROMIUM")
    found = configured or next(
        (path for name in CHROMIUM_CANDIDATES if (path := shutil.which(name))), None
    )
    if not found:
        _missing("Chromium", "run 'apt-get install chromium' (or set LANTERN_CHROMIUM).")
    return str(found)


def vnu_command() -> list[str]:
    """The Nu Html Checker, run with the Java runtime."""
    java = shutil.which("java")
    if not java:
        _missing("A Java runtime", "run 'apt-get install default-jre-headless'.")
    if not VNU_JAR.is_file():
        _missing("The Nu Html Checker", "run 'make test', which installs it with npm ci.")
    return [str(java), "-jar", str(VNU_JAR)]
