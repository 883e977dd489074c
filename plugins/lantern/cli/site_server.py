"""``lantern serve``: the built site on this computer, for previewing before publishing.

Python's own web server, with three things it does not do by itself: it
listens on the loopback address unless told otherwise (a preview is not for
the office network), it never sends a file from outside the site's folder
(however the address spells ``..``, and whatever a link inside the folder
points at), and a page that is not there gets the site's own 404 page, as the
published site does on GitHub Pages.
"""

from __future__ import annotations

import functools
import http.server
import os
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lantern.config.urls import NOT_FOUND_PAGE

# Where the preview listens unless ``--bind`` says otherwise: this computer only.
LOOPBACK = "127.0.0.1"


def inside(folder: Path, path: str) -> Path | None:
    """The file or folder an address path names inside ``folder``, with every link
    followed; None when it lies outside (``..`` written plainly, as ``%2e%2e`` or with
    backslashes, or a link to elsewhere)."""
    root = folder.resolve()
    parts = unquote(urlsplit(path).path).replace("\\", "/").split("/")
    if any(part == ".." for part in parts):
        return None
    found = root.joinpath(*(p for p in parts if p not in ("", "."))).resolve()
    return found if found == root or root in found.parents else None


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves one built site's folder: nothing outside it, and its own 404 page."""

    def translate_path(self, path: str) -> str:
        """The file an address inside the site names, links followed; for one outside, no
        file at all (""), which http.server cannot open, so it answers 404."""
        found = inside(Path(self.directory), path)
        return str(found) if found is not None else ""

    def list_directory(self, path: str | os.PathLike[str]) -> BytesIO | None:
        """A folder with no index page is not a page, as on the published site."""
        self.send_error(404)
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / NOT_FOUND_PAGE
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """One line per request would bury the build's own messages."""


def site_server(
    folder: Path, bind: str, port: int, handler: type[SiteHandler] = SiteHandler
) -> http.server.ThreadingHTTPServer:
    """A server of ``folder`` on ``bind``:``port`` (0: any free port); the caller runs it."""
    made = functools.partial(handler, directory=str(folder))
    server = http.server.ThreadingHTTPServer((bind, port), made)
    server.daemon_threads = True
    return server
