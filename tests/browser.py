"""Finding the tools the page checks need: Debian's Chromium and the Nu Html Checker.

On a developer's machine a missing tool skips its checks with a reason that
says how to install it. In CI (``CI=true``) a missing tool is a failure: a
check that silently did not run would look like a pass.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

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


def html_problems(pages: list[Path], root: Path) -> list[str]:
    """The Nu Html Checker's errors on ``pages``, each naming the page under ``root``."""
    result = subprocess.run(
        [*vnu_command(), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        f"{Path(urlparse(m['url']).path).relative_to(root)} line {m.get('lastLine')}: "
        f"{m['message']}"
        for m in messages
    ]


# Each view a page is checked in: (viewport, colour scheme). A phone gets cards and
# stacked rows instead of wide tables, the dark scheme its own colours.
VIEWS = {
    "wide": ({"width": 1280, "height": 720}, "light"),
    "wide-dark": ({"width": 1280, "height": 720}, "dark"),
    "phone": ({"width": 375, "height": 812}, "light"),
    "phone-dark": ({"width": 375, "height": 812}, "dark"),
}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Only violations are reported, so axe need not describe every pass.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}


def axe_problems(page: Any, name: str) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page open in ``page``, named ``name``."""
    from axe_playwright_python.sync_playwright import Axe

    problems = []
    for violation in Axe().run(page, options=AXE_OPTIONS).response["violations"]:
        targets = [", ".join(n["target"]) for n in violation["nodes"]][:3]
        problems.append(
            f"{name}: {violation['id']} ({violation['impact']}): {violation['help']} at {targets}"
        )
    return problems


def is_redirect(page: Path) -> bool:
    """An old address that sends the browser on at once; its target is checked itself."""
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")


def axe_every_page(browser_page: Any, site: Path, base: str, view: str) -> list[str]:
    """axe-core's violations on every page of a ``site`` served at ``base`` but redirects,
    in one of the ``VIEWS``; the page is left in the wide, light view."""
    viewport, scheme = VIEWS[view]
    browser_page.set_viewport_size(viewport)
    browser_page.emulate_media(color_scheme=scheme)
    failures = []
    for path in sorted(site.rglob("*.html")):
        if not is_redirect(path):
            browser_page.goto(f"{base}/{path.relative_to(site).as_posix()}")
            failures += axe_problems(browser_page, f"{path.relative_to(site)} ({view})")
    browser_page.set_viewport_size(VIEWS["wide"][0])
    browser_page.emulate_media(color_scheme="light")
    return failures
