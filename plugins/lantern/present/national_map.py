"""The hex maps of a measure's table of every area: both views, drawn once per measure and
kept between builds, each with its key in words.

A map draws the councils of its year: the areas with figures in that period
(``live``), so a council replaced in 2019 to 2023 and its successor, which share
a place on the layout, are never drawn together.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from lantern.compute import Measure
from lantern.data.hexmap import HexLayout
from lantern.present import palette
from lantern.present.charts.figure import FigureView
from lantern.present.charts.figure_cache import FigureCache
from lantern.present.charts.model import Chart
from lantern.present.charts.style import BAND_ORDER
from lantern.present.national import AreaRow
from lantern.vocab.language import N_, _
from lantern.vocab.polarity import BANDS


@dataclass(frozen=True)
class KeyItem:
    """One colour of a map's key: its colour, an icon and the words it stands for."""

    colour: str
    icon: str
    words: str
    # Drawn as an outline, not filled: a council with no figure or band.
    outline: bool = False


@dataclass(frozen=True)
class MapView:
    """A drawn map and its key."""

    figure: FigureView
    key: tuple[KeyItem, ...]


NO_FIGURE_WORDS = N_("No figure, or not compared")


def no_figure() -> KeyItem:
    """The key's outline: a council with no figure or band."""
    return KeyItem(palette.GRID, "", _(NO_FIGURE_WORDS), outline=True)


def band_key() -> tuple[KeyItem, ...]:
    """The band map's colours, best band first, in the badges' icons and words."""
    items = [KeyItem(palette.BAND_MARKS[b], BANDS[b].icon, BANDS[b].words) for b in BAND_ORDER]
    return (*items, no_figure())


def figure_key(rows: Sequence[AreaRow]) -> tuple[KeyItem, ...]:
    """The figure map's two ends: the lowest and the highest figure, as the table shows
    them."""
    known = sorted((r for r in rows if r.figure is not None), key=lambda r: r.figure or 0.0)
    if not known:
        return (no_figure(),)
    low, high = palette.SEQUENTIAL
    lowest = _("Lightest: the lowest figure, %(figure)s") % {"figure": known[0].value.text}
    highest = _("Darkest: the highest figure, %(figure)s") % {"figure": known[-1].value.text}
    return (KeyItem(low, "", lowest), KeyItem(high, "", highest), no_figure())


def live_rows(rows: Sequence[AreaRow], live: Collection[str]) -> list[AreaRow]:
    """The rows of the councils with figures in the map's period."""
    return [r for r in rows if r.code in live]


def national_maps(
    figures: FigureCache,
    measure: Measure,
    period: str,
    group_name: str,
    rows: Sequence[AreaRow],
    layout: HexLayout,
    home: str,
) -> list[MapView]:
    """Both maps of a measure (by band, then by figure), drawn through ``figures``."""

    def make() -> list[Chart]:
        from lantern.present.charts.hexmap import band_map, figure_map, placed

        areas = placed(rows, layout)
        return [
            band_map(measure, period, group_name, areas, home),
            figure_map(measure, period, areas, home),
        ]

    inputs = ("hex maps", measure, period, group_name, tuple(rows), layout, home)
    drawn = figures.figures(inputs, make)
    return [MapView(drawn[0], band_key()), MapView(drawn[1], figure_key(rows))]
