"""How every chart looks: size, font, colours and the quartile band shading, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from lantern.compute import Measure
from lantern.data.tables import ILLUSTRATIVE
from lantern.present import palette
from lantern.present.charts.variants import MIN_TEXT_PX
from lantern.vocab.units import unit_of

if TYPE_CHECKING:
    # Altair is imported where a chart is built (a third of a build's imports), so a
    # build whose figures are all kept never loads it; the constants here need none.
    import altair as alt

# The plot height of a line chart; widths come from the screen it is drawn for (variants.py).
HEIGHT = 260
BAND_ORDER = ("top", "middle", "bottom")
# Said wherever an illustrative series is drawn: in the chart's title, inside the
# drawing, in its summary and in its table's caption.
ILLUSTRATIVE_TITLE = f" ({ILLUSTRATIVE})"
ILLUSTRATIVE_DASH = (6, 4)
ILLUSTRATIVE_NOTE = "Illustrative figures: not published, drawn to agree with the report's text."


# How a line meets a period with no value: the path breaks there, and the missing value
# is left out of the axis. (Vega-Lite's ``invalid: null`` would draw it at the axis.)
GAPS: Final = "break-paths-filter-domains"
# The data field that numbers the runs of a line between series breaks, and the words
# drawn on the chart where a new series starts.
SEGMENT: Final = "segment"
NEW_SERIES: Final = "New series"
# How a time axis of dated snapshots labels its ticks: "Nov 2024".
SNAPSHOT_AXIS_FORMAT = "%b %Y"
ZOOM_WORDS = "axis does not start at zero"

# The charts' fonts. Vega places every label by measuring its text with the first of these
# the build machine has, and the reader's browser draws it with the first it has. DejaVu
# Sans is first because it is among the widest sans-serif fonts: a browser that has it draws
# exactly what was measured, and one that has not draws a narrower system font inside the
# room measured for it, so no label runs past the edge of its drawing. (Measured with the
# system fonts, DejaVu's labels ran 10 px past the left edge.) Debian's Chromium brings it.
CHART_FONT = "DejaVu Sans, system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"


def from_zero(unit: str | None) -> bool:
    """Whether a value axis in this unit starts at zero: counts, money and percentages do."""
    return not unit_of(unit).zoom


def zoom_title(title: str, unit: str | None) -> str | list[str]:
    """An axis title that says so when the axis is zoomed in on a rate or score: on a line
    of its own, so the title is no longer than a phone's drawing is wide (or a value axis
    tall)."""
    return title if from_zero(unit) else [title, f"({ZOOM_WORDS})"]


def along(field: str, dated: bool) -> str:
    """A field along the x axis: a time for dated snapshots, else a period in order."""
    return f"{field}:T" if dated else f"{field}:O"


def along_axis(field: str, title: str | None, dated: bool, order: list[str] | None) -> alt.X:
    """The x axis of a line over time; dated snapshots sit on a time axis, so a gap of
    nine months looks like nine months, not like the week between two others."""
    import altair as alt

    if dated:
        axis = alt.Axis(labelAngle=0, format=SNAPSHOT_AXIS_FORMAT)
        return alt.X(along(field, dated), title=title, axis=axis)
    return alt.X(along(field, dated), title=title, sort=order, axis=alt.Axis(labelAngle=0))


def axis_title(measure: Measure) -> str:
    """The value axis is titled with the measure's unit."""
    return unit_of(measure.unit).axis


def bands_by_value(polarity: str) -> tuple[str, str, str]:
    """The bands from the lowest values to the highest: the top band is where good is."""
    return ("top", "middle", "bottom") if polarity == "low" else ("bottom", "middle", "top")


# Lantern's font, colours and legend for every chart, as Vega-Lite config.
CONFIG: dict[str, Any] = {
    "font": CHART_FONT,
    # The page's background shows through, light or dark (palette.chart_styles).
    "background": "transparent",
    # The figure is one image named by its title; its summary and table carry the
    # content, so Vega's per-mark roles (which name nothing) are left out.
    "aria": False,
    "axis": {
        "labelColor": palette.TEXT,
        "titleColor": palette.TEXT,
        "gridColor": palette.GRID,
        "domainColor": palette.GRID,
        "tickColor": palette.GRID,
        "labelFontSize": MIN_TEXT_PX,
        "titleFontSize": MIN_TEXT_PX,
    },
    # An x axis's title ends where the plot does: centred under a narrow plot beside
    # long labels, it ran past the drawing's right edge.
    "axisX": {"titleAnchor": "end"},
    "text": {"fontSize": MIN_TEXT_PX},
    "title": {"fontSize": MIN_TEXT_PX + 2, "color": palette.TEXT, "anchor": "start"},
    "legend": {
        "labelColor": palette.TEXT,
        "titleColor": palette.TEXT,
        "labelFontSize": MIN_TEXT_PX,
        "titleFontSize": MIN_TEXT_PX,
        "orient": "bottom",
        "columns": 2,
    },
    "view": {"stroke": None},
}


def configured(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart's Vega-Lite spec with Lantern's ``CONFIG``.

    The config is merged into the finished spec, not set with Altair's
    ``configure_*`` methods: each of those copies the whole chart, which cost more
    than building it.
    """
    spec: dict[str, Any] = chart.to_dict(validate=False)
    spec.pop("$schema", None)
    config = spec.setdefault("config", {})
    for key, value in CONFIG.items():
        if isinstance(value, dict):
            config[key] = {**config.get(key, {}), **value}
        else:
            config[key] = value
    return spec


def band_colours(title: str) -> alt.Color:
    """The light shading of the top, middle and bottom quartile ranges, with a legend."""
    import altair as alt

    return alt.Color(
        "band:N",
        title=title,
        scale=alt.Scale(domain=list(BAND_ORDER), range=[palette.BANDS[b] for b in BAND_ORDER]),
    )
