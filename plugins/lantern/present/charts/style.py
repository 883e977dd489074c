"""How every chart looks: size, font, colours and the quartile band shading, in one place."""

from __future__ import annotations

from typing import Any

import altair as alt

from lantern.compute import Measure
from lantern.data.units import unit_of
from lantern.present import palette

WIDTH, HEIGHT = 560, 260
BAND_ORDER = ("top", "middle", "bottom")


def axis_title(measure: Measure) -> str:
    """The value axis is titled with the measure's unit."""
    return unit_of(measure.unit).axis


def bands_by_value(polarity: str) -> tuple[str, str, str]:
    """The bands from the lowest values to the highest: the top band is where good is."""
    return ("top", "middle", "bottom") if polarity == "low" else ("bottom", "middle", "top")


def configured(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart's Vega-Lite spec with Lantern's font, colours and legend."""
    spec: dict[str, Any] = (
        chart.configure(
            font="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif",
            background="white",
        )
        .configure_axis(
            labelColor=palette.TEXT,
            titleColor=palette.TEXT,
            gridColor=palette.GRID,
            labelFontSize=12,
            titleFontSize=12,
        )
        .configure_legend(
            labelColor=palette.TEXT,
            titleColor=palette.TEXT,
            labelFontSize=12,
            orient="bottom",
            columns=2,
            labelLimit=320,
        )
        .configure_view(stroke=None)
        .to_dict()
    )
    spec.pop("$schema", None)
    return spec


def band_colours(title: str) -> alt.Color:
    """The light shading of the top, middle and bottom quartile ranges, with a legend."""
    return alt.Color(
        "band:N",
        title=title,
        scale=alt.Scale(domain=list(BAND_ORDER), range=[palette.BANDS[b] for b in BAND_ORDER]),
    )
