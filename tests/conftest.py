"""Shared fixtures: where the project and the example data are, and small releases to break."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import CHROMIUM_ARGS, chromium_path  # noqa: E402
from support import NATIONAL_SETTINGS, PUBLISHED_URL, write_release, write_site  # noqa: E402


@pytest.fixture
def project() -> Path:
    """The repository root (holds the example site's data/, content/ and settings)."""
    return PROJECT


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """A small valid release for a made-up council's housing service."""
    return write_release(tmp_path / "data")


@pytest.fixture
def fixture_site(tmp_path: Path) -> Path:
    """A whole made-up site; returns its settings file."""
    return write_site(tmp_path / "site")


def build_in_project(settings: Path, output: Path, shard: Any = None) -> Path:
    """Build a site (or one ``shard`` of it) from the project folder, as ``make`` does, into
    ``output``."""
    from lantern.build.shards import WHOLE
    from lantern.cli.build import build_site

    cwd = Path.cwd()
    os.chdir(PROJECT)
    try:
        return build_site(settings, output, shard or WHOLE)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site, built once per test run from the project's own settings and data."""
    return build_in_project(
        PROJECT / "pelicanconf.py", tmp_path_factory.mktemp("example") / "output"
    )


@pytest.fixture(scope="session")
def published_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site built as the publishing workflow builds it (``make publish``)."""
    output = tmp_path_factory.mktemp("published") / "output"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITEURL", PUBLISHED_URL)
        return build_in_project(PROJECT / "publishconf.py", output)


@pytest.fixture(scope="session")
def national_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The national example (examples/national/), built once per test run from its settings."""
    return build_in_project(NATIONAL_SETTINGS, tmp_path_factory.mktemp("national") / "output")


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A copy of the example site's data/, safe to break."""
    target = tmp_path / "data"
    shutil.copytree(PROJECT / "data", target)
    return target


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for each module of browser tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


# Which tests need a real browser or the Nu Html Checker, and which build a whole site: a
# test is marked by the fixtures it uses and the helpers it calls, so none can forget its
# marker. ``make test-fast`` leaves both out.
BROWSER_FIXTURES = frozenset({"browser"})
BROWSER_CALLS = ("html_problems(", "axe_problems(", "chromium_path(", "vnu_command(")
SITE_FIXTURES = frozenset({"example_site", "published_example", "national_site"})
SITE_BUILDS = (
    'PROJECT / "pelicanconf.py"',
    'PROJECT / "publishconf.py"',
    "NATIONAL_SETTINGS",
    "regional_settings(",
)


def _source(item: pytest.Item) -> str:
    """The test function's own text ('' when it has none, as for a doctest)."""
    import inspect

    function = getattr(item, "function", None)
    try:
        return inspect.getsource(function) if function is not None else ""
    except (OSError, TypeError):
        return ""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test ``browser`` and/or ``site_build`` from what it uses."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        source = _source(item)
        if fixtures & BROWSER_FIXTURES or any(call in source for call in BROWSER_CALLS):
            item.add_marker(pytest.mark.browser)
        if fixtures & SITE_FIXTURES or any(build in source for build in SITE_BUILDS):
            item.add_marker(pytest.mark.site_build)
