"""Finished figures kept between builds, named by what they were drawn from.

Building a chart is most of a build's time: Altair builds and copies its
objects and turns them into a spec before the SVG cache is even asked. A
figure depends only on its inputs (the computed results or the published
rows, the titles, the gate) and on the code that draws it, so it is kept under
a hash of both: a rebuild with the same data and the same Lantern takes the
finished figure and builds no chart at all. Any change to the data, a setting
that reaches the figure, or a file of Lantern's code gives a new name.

A kept figure is trusted as the SVG cache trusts a drawing: only when its
checksum matches (``data.kept``) and every drawing in it is plain SVG
(``svg_check``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from lantern.data.kept import code_version, read_kept, sha256_text, write_kept
from lantern.present.charts import svg
from lantern.present.charts.chart_files import chart_files, plotted_csv
from lantern.present.charts.figure import Drawing, FigureView, figure
from lantern.present.charts.model import Chart, ChartTable
from lantern.present.charts.svg_check import is_plain_drawing

# Kept beside each figure: the CSV of what its wide drawing plots (``chart_files``), made
# from the spec once, when the figure is drawn, rather than on every build that reuses it.
PLOTTED = "plotted_csv"


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
        # The drawings themselves, kept in the same folder (``svg.SvgCache``).
        self.drawings = svg.SvgCache(folder)
        self.drawn = 0
        self.reused = 0
        # The files of every chart handed to a page this build, by name under the site's
        # chart folder (``chart_files``): each drawing's spec for the interactive view,
        # and the chart's SVG and CSV downloads (written by ``ChartFiles``).
        self.files: dict[str, str] = {}
        self._recorders: list[dict[str, str]] = []

    @contextmanager
    def recording(self) -> Iterator[dict[str, str]]:
        """The chart files handed on while the block runs: what one page's embeds handed on, kept
        with the page in Pelican's content cache (``site.content_cache``)."""
        found: dict[str, str] = {}
        self._recorders.append(found)
        try:
            yield found
        finally:
            self._recorders.remove(found)

    def key(self, inputs: object) -> str:
        """The name of the figure drawn from ``inputs`` by this version of Lantern."""
        version = code_version("altair", "vl-convert-python")
        return sha256_text(f"{version}\n{inputs!r}")

    def _path(self, key: str) -> Path | None:
        return self.folder / "figures" / f"{key}.json" if self.folder else None

    def load(self, key: str) -> list[tuple[FigureView, str]] | None:
        """The kept figures, each with the CSV of what it plots, if the file is whole and
        holds only plain drawings."""
        text = read_kept(self._path(key))
        if text is None:
            return None
        try:
            kept = [(_view(item), str(item[PLOTTED])) for item in json.loads(text)]
        except (ValueError, KeyError, TypeError):
            return None
        if not all(is_plain_drawing(d.svg) for view, _ in kept for d in view.drawings):
            return None
        return kept

    def save(self, key: str, kept: list[tuple[FigureView, str]]) -> None:
        """Keep the figures and their CSVs for the next build."""
        items = [{**asdict(view), PLOTTED: plotted} for view, plotted in kept]
        write_kept(self._path(key), json.dumps(items, ensure_ascii=True, sort_keys=True))

    def figures(self, inputs: object, make: Callable[[], list[Chart]]) -> list[FigureView]:
        """The figures drawn from ``inputs``: kept from an earlier build, or the charts
        ``make()`` builds drawn (and checked for honesty by ``figure``) now."""
        key = self.key(inputs)
        kept = self.load(key)
        if kept is not None:
            self.reused += len(kept)
        else:
            views = [figure(chart, self.drawings) for chart in make()]
            kept = [(view, plotted_csv(view.drawings[-1].spec_json)) for view in views]
            self.drawn += len(kept)
            self.save(key, kept)
        handed = {
            name: text
            for view, plotted in kept
            for name, text in chart_files(view, plotted).items()
        }
        for found in (self.files, *self._recorders):
            found.update(handed)
        return [view for view, _ in kept]

    def figure(self, inputs: object, make: Callable[[], Chart]) -> FigureView:
        """One figure drawn from ``inputs`` (see ``figures``)."""
        return self.figures(inputs, lambda: [make()])[0]
