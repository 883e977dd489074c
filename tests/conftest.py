"""Shared fixtures: where the project and the example data are, small releases to break, the
example and national sites built once per run, and the markers that say which tests are slow.

Two markers (declared in pyproject.toml) are put on each test from the fixtures it uses, so a
new test cannot leave them out:

- ``browser``: the test drives Chromium (the ``browser`` fixture) or runs the Nu Html Checker
  with Java (the ``html_checker`` fixture);
- ``site_build``: the test reads the whole example or national site (``example_site``,
  ``published_example``, ``national_site``) or builds it itself (``whole_build``).

``make test-fast`` leaves both out (``-m "not browser and not site_build"``); ``make test``
runs everything.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import support
from browser import CHROMIUM_ARGS, chromium_path, html_problems
from support import (
    NATIONAL_SAMPLE_SETTINGS,
    PROJECT,
    PUBLIC_HEALTH_SETTINGS,
    PUBLISHED_URL,
    build_in_project,
    shared,
    write_release,
    write_site,
)


@pytest.fixture(scope="session", autouse=True)
def frictionless_ready(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Frictionless takes a third of a second to import and a fifth more to prepare its
    descriptor checks the first time it checks a package. Every build checks its packages
    in this process or in processes forked from it, so doing both here once saves that in
    every build."""
    from frictionless import Package

    data = write_release(tmp_path_factory.mktemp("frictionless") / "data")
    assert Package(str(data / "reference" / "datapackage.json")).validate().valid


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """A build writes its words in the site's language for the rest of its process
    (``vocab.language``), so the next test is given English again."""
    from lantern.vocab.language import SOURCE, use_language

    yield
    use_language(SOURCE)


def run_folder(factory: pytest.TempPathFactory) -> Path:
    """The test run's own temporary folder, shared by every process of ``pytest -n`` (each
    process has its own folder inside it)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session", autouse=True)
def shared_templates(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every fixture site of this run (in every process of ``pytest -n``) keeps its compiled
    templates in one folder: each build of the same theme would compile it the same way."""
    support.SHARED_TEMPLATES = run_folder(tmp_path_factory) / "templates"


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


def built_once(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], Path]) -> Path:
    """``build(folder)``'s site, built once per test run however many processes run the tests
    (``pytest -n``): the first to ask builds it, the others wait and read the same site."""
    root = run_folder(factory)
    folder, made = root / f"shared-{name}", root / f"shared-{name}.built"
    with (root / f"shared-{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not made.exists():
            shutil.rmtree(folder, ignore_errors=True)
            made.write_text(str(build(folder / "output")), encoding="utf-8")
    return Path(made.read_text(encoding="utf-8"))


def build_published(folder: Path) -> Path:
    """The example site built as the publishing workflow builds it (``make publish``)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITEURL", PUBLISHED_URL)
        return build_in_project(PROJECT / "publishconf.py", folder)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The example site, built once per test run from the project's own settings and data;
    the tests only read it."""
    settings = PROJECT / "pelicanconf.py"
    yield from shared(
        built_once(tmp_path_factory, "example", lambda f: build_in_project(settings, f))
    )


@pytest.fixture(scope="session")
def published_example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The example site built as ``make publish`` builds it, once per test run; the tests
    only read it."""
    yield from shared(built_once(tmp_path_factory, "published", build_published))


@pytest.fixture(scope="session")
def national_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The national example (examples/national/), built once per test run, with charts on
    a sample of areas' pages (tests/national/pelicanconf.py); the tests only read it."""
    build = lambda f: build_in_project(NATIONAL_SAMPLE_SETTINGS, f)  # noqa: E731
    yield from shared(built_once(tmp_path_factory, "national", build))


@pytest.fixture(scope="session")
def public_health_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The public health example (examples/public-health/), built once per test run; the
    tests only read it."""
    build = lambda f: build_in_project(PUBLIC_HEALTH_SETTINGS, f)  # noqa: E731
    yield from shared(built_once(tmp_path_factory, "public-health", build))


@pytest.fixture
def whole_build() -> Callable[..., Path]:
    """``build_in_project``, for a test that builds the example or national site itself."""
    return build_in_project


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


@pytest.fixture(scope="session")
def html_checker() -> Callable[[list[Path], Path], list[str]]:
    """The Nu Html Checker (run with Java): its errors on some pages of a built site."""
    return html_problems


# Which tests need a real browser or the Nu Html Checker, and which build a whole site: a
# test is marked by the fixtures it uses and the helpers it calls, so none can forget its
# marker. ``make test-fast`` leaves both out.
BROWSER_FIXTURES = frozenset({"browser", "html_checker"})
BROWSER_CALLS = ("html_problems(", "axe_problems(", "chromium_path(", "vnu_command(")
SITE_FIXTURES = frozenset(
    {"example_site", "published_example", "national_site", "public_health_site", "whole_build"}
)
SITE_BUILDS = (
    'PROJECT / "pelicanconf.py"',
    'PROJECT / "publishconf.py"',
    "NATIONAL_SETTINGS",
    "NATIONAL_SAMPLE_SETTINGS",
    "PUBLIC_HEALTH_SETTINGS",
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
