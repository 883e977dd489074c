"""Every page of the built example site is valid HTML, accessible, and loads nothing from elsewhere.

These run in a real browser (headless Chromium with axe-core) and with the
Nu Html Checker, on every HTML page the build writes.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from browser import CHROMIUM_ARGS, chromium_path, vnu_command
from bs4 import BeautifulSoup
from serving import serve

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_the_example_site_has_a_page_per_measure(example_site: Path, project: Path) -> None:
    measures = (project / "data" / "reference" / "measures.csv").read_text(encoding="utf-8")
    ids = [line.split(",")[0].lower() for line in measures.splitlines()[1:] if line]
    missing = [i for i in ids if not (example_site / "measures" / i / "index.html").is_file()]
    assert ids and missing == []


def test_every_page_is_valid_html(example_site: Path) -> None:
    pages = html_pages(example_site)
    result = subprocess.run(
        [*vnu_command(), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [
        f"{Path(urlparse(m['url']).path).relative_to(example_site)} line {m.get('lastLine')}: "
        f"{m['message']}"
        for m in messages
    ]
    assert problems == [], "\n".join(problems)


@pytest.fixture(scope="module")
def browser_page() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(bypass_csp=True)
        yield context.new_page()
        browser.close()


def test_every_page_passes_axe_wcag_22_aa(example_site: Path, browser_page: object) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    failures = []
    with serve(example_site) as base:
        for path in html_pages(example_site):
            url = f"{base}/{path.relative_to(example_site).as_posix()}"
            browser_page.goto(url)  # type: ignore[attr-defined]
            results = axe.run(
                browser_page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}}
            )
            for violation in results.response["violations"]:
                targets = [", ".join(n["target"]) for n in violation["nodes"]][:3]
                failures.append(
                    f"{path.relative_to(example_site)}: {violation['id']} "
                    f"({violation['impact']}): {violation['help']} at {targets}"
                )
    assert failures == [], "\n".join(failures)


def test_no_page_loads_anything_from_another_host(example_site: Path) -> None:
    offenders = []
    for path in html_pages(example_site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(["script", "link", "img", "iframe", "source", "object", "embed"]):
            address = tag.get("src") or tag.get("href") or tag.get("data") or ""
            if urlparse(address).netloc:
                offenders.append(f"{path.relative_to(example_site)}: <{tag.name}> {address}")
    assert offenders == []
