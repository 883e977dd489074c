"""How every chart looks: size, font, colours and the quartile band shading, in one place."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final

from lantern.compute import Measure
from lantern.present import palette
from lantern.present.charts.variants import MIN_TEXT_PX
from lantern.vocab.language import N_, _
from lantern.vocab.months import MONTH_YEAR, MONTHS, month_name
from lantern.vocab.units import unit_of

if TYPE_CHECKING:
    # Altair is imported where a chart is built (a third of a build's imports), so a
    # build whose figures are all kept never loads it; the constants here need none.
    import altair as alt

# The plot height of a line chart; widths come from the screen it is drawn for (variants.py).
HEIGHT = 260
BAND_ORDER = ("top", "middle", "bottom")
# Said wherever an illustrative series is drawn: in the chart's title, inside the
# drawing, in its summary and in its table's caption (messages: ``_`` them where shown).
ILLUSTRATIVE_WORD = N_("illustrative")
ILLUSTRATIVE_TITLE = N_("%(title)s (illustrative)")
ILLUSTRATIVE_DASH = (6, 4)
ILLUSTRATIVE_NOTE = N_(
    "Illustrative figures: not published, drawn to agree with the report's text."
)


# How a line meets a period with no value: the path breaks there, and the missing value
# is left out of the axis. (Vega-Lite's ``invalid: null`` would draw it at the axis.)
GAPS: Final = "break-paths-filter-domains"
# The data field that numbers the runs of a line between series breaks, and the words
# drawn on the chart where a new series starts (a message: ``_`` it where shown).
SEGMENT: Final = "segment"
NEW_SERIES: Final = N_("New series")
# How a time axis of dated snapshots labels its ticks: "Nov 2024".
SNAPSHOT_AXIS_FORMAT = "%b %Y"
# Said on a value axis that zooms in (a message: ``_`` it where shown).
ZOOM_WORDS = N_("axis does not start at zero")

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
    return title if from_zero(unit) else [title, f"({_(ZOOM_WORDS)})"]


def says(text: str, message: str) -> bool:
    """Whether ``text`` says ``message``, in the site's language or in English (the words
    of an author's own title), whatever its case."""
    text = text.lower()
    return message.lower() in text or _(message).lower() in text


def along(field: str, dated: bool) -> str:
    """A field along the x axis: a time for dated snapshots, else a period in order."""
    return f"{field}:T" if dated else f"{field}:O"


def along_axis(field: str, title: str | None, dated: bool, order: list[str] | None) -> alt.X:
    """The x axis of a line over time; dated snapshots sit on a time axis, so a gap of
    nine months looks like nine months, not like the week between two others."""
    import altair as alt

    if dated:
        words = month_labels()
        axis = alt.Axis(
            labelAngle=0,
            format=SNAPSHOT_AXIS_FORMAT,
            labelExpr=alt.Undefined if words is None else words,
        )
        return alt.X(along(field, dated), title=title, axis=axis)
    return alt.X(along(field, dated), title=title, sort=order, axis=alt.Axis(labelAngle=0))


def month_labels() -> str | None:
    """How a time axis names its ticks in the site's language, as a Vega expression: the
    month's name and its year (``Tachwedd 2024``); ``None`` in English, whose ticks are
    Vega's own (``Nov 2024``)."""
    names = [month_name(number) for number in range(1, 13)]
    phrase = _(MONTH_YEAR)
    if tuple(names) == MONTHS and phrase == MONTH_YEAR:
        return None
    parts = {
        "%(month)s": f"{json.dumps(names)}[month(datum.value)]",
        "%(year)s": "year(datum.value)",
    }
    pieces = [piece for piece in re.split(r"(%\(month\)s|%\(year\)s)", phrase) if piece]
    return " + ".join(['""', *(parts.get(piece, json.dumps(piece)) for piece in pieces)])


def axis_title(measure: Measure) -> str:
    """The value axis is titled with the measure's unit, in the site's language."""
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


# A band's code (``top``) as a word a chart shows: in its legend, its table, its summary.
BAND_NAMES = {"top": N_("top"), "middle": N_("middle"), "bottom": N_("bottom")}


def band_name(band: str) -> str:
    """A band (a code) as a word in the site's language: ``top``."""
    return _(BAND_NAMES[band]) if band in BAND_NAMES else band


def band_colours(title: str) -> alt.Color:
    """The light shading of the top, middle and bottom quartile ranges, with a legend that
    names each band in the site's language (the data keep the band's code)."""
    import altair as alt

    names = {band: band_name(band) for band in BAND_ORDER}
    named = " : ".join(
        f"datum.label == {json.dumps(b)} ? {json.dumps(n)}" for b, n in names.items()
    )
    legend = (
        alt.Undefined
        if all(band == name for band, name in names.items())
        else alt.Legend(labelExpr=f"{named} : datum.label")
    )
    return alt.Color(
        "band:N",
        title=title,
        scale=alt.Scale(domain=list(BAND_ORDER), range=[palette.BANDS[b] for b in BAND_ORDER]),
        legend=legend,
    )
