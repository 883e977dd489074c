"""``lantern serve --watch``: rebuild when a page, the data, the theme or the settings change,
and reload the reader's browser, with nothing but Python's own web server.

The served pages get one extra line, added as they are sent and never
written to ``output/``: a same-origin script that waits on
``/__lantern/events`` and reloads the page when a rebuild has finished. A
build that fails prints its problems and leaves the last good site being
served, as ``lantern build`` does.
"""

from __future__ import annotations

import http.server
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from lantern.cli.site_server import LOOPBACK, SiteHandler, inside, site_server

EVENTS = "/__lantern/events"
RELOAD_SCRIPT = "/__lantern/reload.js"
# How long a waiting browser is held before it is told to ask again.
WAIT_SECONDS = 25.0

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(roots: Iterable[Path]) -> Fingerprint:
    """Every visible file under ``roots`` with its modification time and size."""
    found = []
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in files:
            hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
            if path.is_file() and not hidden:
                stat = path.stat()
                found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


class SiteVersion:
    """How many times the site has been rebuilt; browsers wait for it to change."""

    def __init__(self) -> None:
        self.number = 0
        self._changed = threading.Condition()

    def bump(self) -> None:
        with self._changed:
            self.number += 1
            self._changed.notify_all()

    def wait_past(self, seen: int, timeout: float) -> bool:
        """Whether the site was rebuilt after version ``seen`` (waiting up to ``timeout``)."""
        with self._changed:
            return self._changed.wait_for(lambda: self.number > seen, timeout)


class Watcher:
    """Rebuilds the site when a watched file changes (``check`` is called about twice a second)."""

    def __init__(self, roots: list[Path], rebuild: Callable[[], bool], version: SiteVersion):
        self.roots, self.rebuild, self.version = roots, rebuild, version
        self.seen = fingerprint(roots)

    def check(self) -> bool:
        """Rebuild if anything changed since the last look; whether the site was rebuilt."""
        now = fingerprint(self.roots)
        if now == self.seen:
            return False
        self.seen = now
        if not self.rebuild():
            return False
        self.version.bump()
        return True


class WatchingHandler(SiteHandler):
    """Serves the site, with the reload line added to each page and the events to wait on."""

    version: SiteVersion

    def do_GET(self) -> None:  # the name http.server calls
        address = urlsplit(self.path)
        if address.path == RELOAD_SCRIPT:
            self._send(reload_script(self.version.number).encode(), "text/javascript")
        elif address.path == EVENTS:
            seen = int((parse_qs(address.query).get("since") or ["0"])[0] or 0)
            self._events(seen)
        else:
            page = self._page_file(address.path)
            if page is None:
                super().do_GET()
            else:
                self._send(with_reload(page.read_bytes()), "text/html; charset=utf-8")

    def _page_file(self, path: str) -> Path | None:
        found = inside(Path(self.directory), path)
        if found is None:
            return None
        if found.is_dir():
            found = found / "index.html"
        return found if found.suffix == ".html" and found.is_file() else None

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _events(self, seen: int) -> None:
        """One server-sent event: "reload" once the site is rebuilt, else ask again."""
        changed = self.version.wait_past(seen, WAIT_SECONDS)
        body = b"data: reload\n\n" if changed else b": still building nothing\n\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def reload_script(number: int) -> str:
    """Reload the page once the site is rebuilt after version ``number``."""
    return (
        f"new EventSource('{EVENTS}?since={number}')"
        ".addEventListener('message', function () { location.reload(); });\n"
    )


def with_reload(page: bytes) -> bytes:
    """The page with the reload script before ``</body>`` (served only, never written)."""
    line = f'<script src="{RELOAD_SCRIPT}"></script>'.encode()
    head, marker, tail = page.rpartition(b"</body>")
    return head + line + marker + tail if marker else page + line


def watching_server(
    folder: Path, port: int, version: SiteVersion, bind: str = LOOPBACK
) -> http.server.ThreadingHTTPServer:
    """Serve ``folder`` on ``bind``:``port`` (0: any free one) in a thread, pages reloading
    on ``version``; the caller shuts it down."""
    handler = type("Handler", (WatchingHandler,), {"version": version})
    server = site_server(folder, bind, port, handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve_and_watch(
    folder: Path, bind: str, port: int, watcher: Watcher, interval: float = 0.5
) -> None:
    """Serve ``folder`` on ``bind``:``port`` and look for changes until Ctrl+C."""
    server = watching_server(folder, port, watcher.version, bind)
    try:
        while True:
            time.sleep(interval)
            watcher.check()
    finally:
        server.shutdown()
        server.server_close()


def watcher_for(settings: Path, output: Path) -> Watcher:
    """A watcher over what the site is built from: the content, the data, the theme and the
    settings file; each change rebuilds into ``output`` and prints what the build says."""
    from lantern.cli.build import read_site_settings
    from lantern.cli.report import build_and_report
    from lantern.config.settings import read_settings
    from lantern.data.problems import LanternError, format_report

    pelican = read_site_settings(settings)
    lantern = read_settings(pelican)
    roots = [Path(pelican["PATH"]), lantern.data_path, Path(pelican["THEME"]), settings]

    def rebuild() -> bool:
        print("A change was saved; building again.", flush=True)
        try:
            return build_and_report(settings, output) == 0
        except LanternError as error:
            print(format_report(error.problems), file=sys.stderr)
            print("The last good site is still served.", file=sys.stderr, flush=True)
            return False

    return Watcher(roots, rebuild, SiteVersion())
