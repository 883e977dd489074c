"""``lantern serve``: this computer only unless told otherwise, nothing from outside the
site's folder however the address is written, and the site's own page for a missing one."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from lantern.cli.command import parser
from lantern.cli.site_server import LOOPBACK, site_server
from lantern.cli.watch import SiteVersion, watching_server

SECRET = "the council's private file"
NOT_FOUND = "<h1>Not on this site</h1>"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A built site beside a private file, with links inside it that point at that file."""
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "secret.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    output = tmp_path / "output"
    (output / "measures" / "a1").mkdir(parents=True)
    (output / "index.html").write_text("<h1>Home</h1>", encoding="utf-8")
    (output / "measures" / "a1" / "index.html").write_text("<h1>A1</h1>", encoding="utf-8")
    (output / "404.html").write_text(NOT_FOUND, encoding="utf-8")
    (output / "notes").mkdir()  # a folder with no page in it
    (output / "linked.txt").symlink_to(tmp_path / "secret.txt")
    (output / "linked").symlink_to(tmp_path / "private", target_is_directory=True)
    return output


def servers(folder: Path) -> Iterator[tuple[str, int]]:
    """The plain preview's address, then that of the preview that rebuilds on a change."""
    plain = site_server(folder, LOOPBACK, 0)
    threading.Thread(target=plain.serve_forever, daemon=True).start()
    for server in (plain, watching_server(folder, 0, SiteVersion())):
        try:
            yield server.server_address[:2]  # type: ignore[misc]
        finally:
            server.shutdown()
            server.server_close()


def get(address: tuple[str, int], path: str) -> tuple[int, str]:
    """The status and text for ``path`` sent exactly as written (no client tidies it)."""
    connection = http.client.HTTPConnection(*address, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


def test_the_preview_listens_on_this_computer_unless_told_otherwise() -> None:
    assert parser().parse_args(["serve"]).bind == LOOPBACK == "127.0.0.1"
    assert parser().parse_args(["serve", "--bind", "0.0.0.0"]).bind == "0.0.0.0"
    server = site_server(Path("."), LOOPBACK, 0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


ESCAPES = [
    "/../secret.txt",
    "/measures/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..\\secret.txt",
    "/%2e%2e%5csecret.txt",
    "/measures\\..\\..\\secret.txt",
    "/linked.txt",
    "/linked/secret.txt",
]


@pytest.mark.parametrize("path", ESCAPES)
def test_nothing_outside_the_site_is_ever_sent(site: Path, path: str) -> None:
    for address in servers(site):
        status, body = get(address, path)
        assert SECRET not in body
        assert status == 404 and NOT_FOUND in body, (path, status)


def test_a_missing_page_gets_the_sites_own_404_page(site: Path) -> None:
    for address in servers(site):
        status, body = get(address, "/measures/a1/")
        assert status == 200 and "<h1>A1</h1>" in body
        for missing in ("/measures/zz/", "/no-such-page.html", "/notes/"):
            status, body = get(address, missing)
            assert status == 404 and NOT_FOUND in body, missing
