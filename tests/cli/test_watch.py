"""``lantern serve --watch``: an analyst saves a page and sees it rebuilt in the browser."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import run_build, write_site

from lantern.cli import watch
from lantern.cli.watch import Watcher, watcher_for, watching_server


@pytest.fixture
def site(tmp_path: Path) -> Path:
    settings = write_site(
        tmp_path / "site", pages={"story.md": "Title: Our story\n\nThe first draft.\n"}
    )
    assert run_build(settings) == 0
    return settings


@pytest.fixture
def served(site: Path) -> Iterator[tuple[str, Watcher]]:
    watcher = watcher_for(site, site.parent / "output")
    server = watching_server(site.parent / "output", 0, watcher.version)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", watcher
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:  # localhost only
        return str(response.read().decode("utf-8"))


def edit(site: Path, text: str) -> None:
    (site.parent / "content" / "pages" / "story.md").write_text(text, encoding="utf-8")


def test_a_saved_edit_is_rebuilt_and_served(served: tuple[str, Watcher], site: Path) -> None:
    base, watcher = served
    page = fetch(f"{base}/our-story/")
    assert "The first draft." in page
    assert '<script src="/__lantern/reload.js"></script></body>' in page
    assert "reload.js" not in (site.parent / "output" / "our-story" / "index.html").read_text(
        encoding="utf-8"
    ), "the reload line is served, never written"
    assert watcher.check() is False, "nothing changed, nothing built"
    edit(site, "Title: Our story\n\nThe second draft.\n")
    assert watcher.check() is True
    assert "The second draft." in fetch(f"{base}/our-story/")
    assert fetch(f"{base}/__lantern/events?since=0") == "data: reload\n\n"


def test_a_browser_waiting_is_told_only_after_a_rebuild(
    served: tuple[str, Watcher], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _ = served
    monkeypatch.setattr(watch, "WAIT_SECONDS", 0.2)
    assert fetch(f"{base}/__lantern/events?since=0").startswith(":"), "no rebuild yet"
    assert "since=0" in fetch(f"{base}/__lantern/reload.js")


def test_a_broken_edit_keeps_the_last_good_site_served(
    served: tuple[str, Watcher], site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, watcher = served
    edit(site, "Title: Our story\n\n{{ value NOPE }}\n")
    assert watcher.check() is False
    err = capsys.readouterr().err
    assert "NOPE" in err and "The last good site is still served." in err
    assert "The first draft." in fetch(f"{base}/our-story/")
    assert watcher.version.number == 0


def test_the_open_page_reloads_itself_after_an_edit(
    served: tuple[str, Watcher], site: Path, browser: object
) -> None:
    """In Chromium, with no third-party script: the page waits, the edit lands, it reloads."""
    base, watcher = served
    page = browser.new_page()  # type: ignore[attr-defined]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{base}/our-story/")
    page.wait_for_timeout(300)  # the page is waiting on its events
    edit(site, "Title: Our story\n\nThe third draft.\n")
    assert watcher.check() is True
    page.wait_for_function("document.body.innerText.includes('The third draft.')", timeout=20000)
    assert all(url.startswith(base) for url in requests), "only the local server is asked"
    page.close()
