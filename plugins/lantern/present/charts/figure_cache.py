"""Finished figures kept between builds, named by what they were drawn from.

Building a chart is most of a build's time: Altair builds and copies its
objects and turns them into a spec before the SVG cache is even asked. A
figure depends only on its inputs (the computed results or the published
rows, the titles, the gate) and on the code that draws it, so it is kept under
a hash of both: a rebuild with the same data and the same Lantern takes the
finished figure and builds no chart at all. Any change to the data, a setting
that reaches the figure, or a file of Lantern's code gives a new name.

A kept figure is trusted as the SVG cache trusts a drawing: only when the
SHA-256 beside it matches and every drawing in it is plain SVG (``svg_check``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from lantern.present.charts import svg
from lantern.present.charts.figure import Drawing, FigureView, figure
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.svg_check import is_plain_drawing

LANTERN_ROOT = Path(__file__).resolve().parents[2]


@cache
def code_version() -> str:
    """A hash of Lantern's own code and the chart libraries' versions: a change to any
    gives every figure a new name, so an edit to a chart builder is never hidden."""
    digest = hashlib.sha256()
    for path in sorted(LANTERN_ROOT.rglob("*.py")):
        digest.update(path.relative_to(LANTERN_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    for package in ("altair", "vl-convert-python"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()


def _view(data: dict[str, Any]) -> FigureView:
    """A FigureView from its JSON form."""
    return FigureView(
        anchor=data["anchor"],
        title=data["title"],
        summary=data["summary"],
        table=ChartTable(**data["table"]),
        drawings=tuple(Drawing(**d) for d in data["drawings"]),
        table_on_phones=data["table_on_phones"],
    )


class FigureCache:
    """Figures on disk under ``folder`` (none: every figure is drawn), with counts of
    figures drawn and reused for the build's summary."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.drawn = 0
        self.reused = 0
        # The spec of every drawing handed to a page this build, by its file name: the
        # site publishes each as a file for the interactive view (``site.generator``).
        self.specs: dict[str, str] = {}

    def start(self, folder: Path | None) -> None:
        """A new build: keep figures in ``folder``, and count and collect afresh."""
        self.folder = folder
        self.drawn = self.reused = 0
        self.specs = {}

    def key(self, inputs: object) -> str:
        """The name of the figure drawn from ``inputs`` by this version of Lantern."""
        return hashlib.sha256(f"{code_version()}\n{inputs!r}".encode()).hexdigest()

    def _path(self, key: str) -> Path | None:
        return self.folder / "figures" / f"{key}.json" if self.folder else None

    def load(self, key: str) -> list[FigureView] | None:
        """The kept figures, if the file is whole and holds only plain drawings."""
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
        digest = path.with_suffix(".sha256")
        if not digest.is_file() or digest.read_text(encoding="utf-8").strip() != _sha256(text):
            return None
        try:
            views = [_view(item) for item in json.loads(text)]
        except (ValueError, KeyError, TypeError):
            return None
        if not all(is_plain_drawing(d.svg) for view in views for d in view.drawings):
            return None
        return views

    def save(self, key: str, views: list[FigureView]) -> None:
        """Keep ``views`` for the next build."""
        path = self._path(key)
        if path is None:
            return
        text = json.dumps([asdict(v) for v in views], ensure_ascii=True, sort_keys=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        path.with_suffix(".sha256").write_text(_sha256(text) + "\n", encoding="utf-8")

    def figures(self, inputs: object, make: Callable[[], list[Chart]]) -> list[FigureView]:
        """The figures drawn from ``inputs``: kept from an earlier build, or the charts
        ``make()`` builds drawn (and checked for honesty by ``figure``) now."""
        key = self.key(inputs)
        views = self.load(key)
        if views is not None:
            self.reused += len(views)
        else:
            views = [figure(chart) for chart in make()]
            self.drawn += len(views)
            self.save(key, views)
        self.specs.update((d.spec_name, d.spec_json) for v in views for d in v.drawings)
        return views

    def figure(self, inputs: object, make: Callable[[], Chart]) -> FigureView:
        """One figure drawn from ``inputs`` (see ``figures``)."""
        return self.figures(inputs, lambda: [make()])[0]


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


FIGURES = FigureCache()


def start_build(folder: Path | None) -> None:
    """A new build, keeping drawings and finished figures in ``folder`` (None: nowhere)."""
    FIGURES.start(folder)
    svg.use_cache_folder(folder)
