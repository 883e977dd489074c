"""The files a chart publishes beside its page: each drawing's spec for the interactive
view, and the downloads a reader asks for (the SVG as drawn, the CSV of what it plots).

Every file is named by the hash of the wide drawing's spec, so a chart drawn on two
pages (an area's page and a measure's) is one set of files, and a changed chart is a
new name that no browser has kept. The CSV is made from the very data the drawing
was made from (the spec's datasets), so it holds exactly what the chart plots, the
comparators' lines included, already rounded and suppressed by the gate that built
the chart.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from lantern.present.charts.figure import FigureView

# A chart's data in the CSV: a column naming the part of the drawing each row is from,
# when the chart draws more than one set of data (a quartile chart's bands and markers).
PART = "part"


def plotted_csv(spec_json: str) -> str:
    """The rows every layer of the chart plots, as CSV: one column per field, in the
    order first met; an empty cell where a row has no such field or no figure."""
    spec: dict[str, Any] = json.loads(spec_json)
    datasets: dict[str, list[dict[str, Any]]] = spec.get("datasets", {})
    parts = [rows for rows in datasets.values() if rows]
    columns: dict[str, None] = {PART: None} if len(parts) > 1 else {}
    for rows in parts:
        for row in rows:
            columns.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for number, rows in enumerate(parts, start=1):
        for row in rows:
            writer.writerow({**({PART: number} if len(parts) > 1 else {}), **row})
    return out.getvalue()


def chart_files(view: FigureView, plotted: str | None = None) -> dict[str, str]:
    """Each file the chart publishes, by its name under the site's chart folder (``plotted``
    is the CSV of what it plots, when it was kept with the figure)."""
    files = {f"{d.spec_name}.json": d.spec_json for d in view.drawings}
    wide, name = view.drawings[-1], view.downloads_name
    files[f"{name}.svg"] = wide.svg
    files[f"{name}.csv"] = plotted_csv(wide.spec_json) if plotted is None else plotted
    return files
