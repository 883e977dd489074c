"""A site made by ``lantern new`` is as valid and as accessible as the example, with no
edit: every page passes the Nu Html Checker, and axe-core at phone and desktop width in
the light and the dark."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import axe_every_page
from serving import serve
from support import run_build

from lantern.cli.command import main

pytestmark = pytest.mark.site_build

# A county council: two tiers, a region of its own and sixteen neighbours.
COUNCIL = "E10000016"


@pytest.fixture(scope="module")
def new_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("new") / "site"
    assert main(["new", str(site), "--area", COUNCIL]) == 0
    assert run_build(site / "pelicanconf.py") == 0
    return site / "output"


@pytest.fixture(scope="module")
def browser_page(browser: Any) -> Iterator[object]:
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def test_every_page_of_a_new_site_is_valid_html(new_site: Path, html_checker: Any) -> None:
    pages = sorted(new_site.rglob("*.html"))
    assert len(pages) > 20
    problems = html_checker(pages, new_site)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("view", ("wide", "phone", "phone-dark"))
def test_every_page_of_a_new_site_passes_axe(new_site: Path, browser_page: Any, view: str) -> None:
    with serve(new_site) as base:
        failures = axe_every_page(browser_page, new_site, base, view)
    assert failures == [], "\n".join(failures)
