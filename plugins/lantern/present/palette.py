"""Chart colours: the UK Government Analysis Function's categorical palette.

Each colour has at least 3:1 contrast against the white background, as WCAG
2.2 asks of graphical objects, and the order keeps neighbours distinguishable
for the common kinds of colour blindness. Lines and points also differ by
dash and shape, so no series is told apart by colour alone.
"""

from __future__ import annotations

HOME = "#12436D"  # dark blue: the home area
SERIES = ("#12436D", "#28A197", "#801650", "#3D3D3D", "#A285D1")
DASHES = ((1, 0), (6, 3), (2, 2), (8, 3, 2, 3), (4, 4))
SHAPES = ("circle", "square", "triangle-up", "diamond", "cross")
# Quartile bands, shaded behind points: light, so the points keep their contrast.
BANDS = {"bottom": "#F3D6DE", "middle": "#E8E8E8", "top": "#D4EFEC"}
TEXT = "#0B0C0C"
GRID = "#B1B4B6"
# A mark that carries the band itself (a hex of the map), strong enough to tell apart
# at a glance: the series colours of the bands' own hues, and the grid's grey between.
BAND_MARKS = {"bottom": SERIES[2], "middle": GRID, "top": SERIES[1]}
# A figure on the map, lowest to highest: a light grey to the home blue. Colours of their
# own (a shade off the band grey and the home blue), so the dark scheme repaints neither
# end: the shades between cannot be repainted, and the key must match the map.
SEQUENTIAL = ("#E9E9E9", "#12436E")
# The thin line between a map's hexes, and the halo behind a label over them: the page's
# own background (a near-white of its own, so the dark scheme repaints only these).
EDGE = "#FEFEFE"

# Page backgrounds, as in lantern.css: charts are transparent and sit on these.
BACKGROUND = {"light": "#FFFFFF", "dark": "#121212"}

# Each chart colour in the dark colour scheme: lighter series and text, darker
# bands, with the same contrast rules against the dark background.
DARK = {
    **dict(zip(SERIES, ("#6CA6D9", "#3CC1B4", "#E37DB4", "#B1B4B6", "#B9A2E0"), strict=True)),
    **{BANDS[band]: dark for band, dark in
       (("bottom", "#4A1F2C"), ("middle", "#333333"), ("top", "#12352F"))},
    TEXT: "#F3F2F1",
    GRID: "#5F6669",
    EDGE: "#121212",
}  # fmt: skip


def chart_styles() -> str:
    """The stylesheet that gives build-time charts the dark scheme's colours.

    Vega writes each colour as a ``fill`` or ``stroke`` attribute, and CSS
    outranks those, so one rule per colour repaints every chart, static or
    interactive, when the reader's device asks for dark pages. Written from
    this module so the colours have one home.
    """
    rules = [
        f'.chart-drawing [{attribute}="{light}" i], .chart-interactive [{attribute}="{light}" i]'
        f" {{ {attribute}: {dark}; }}"
        for light, dark in DARK.items()
        for attribute in ("fill", "stroke")
    ]
    body = "\n  ".join(rules)
    return (
        "/* Chart colours in the dark colour scheme: written by Lantern from its palette. */\n"
        f"@media (prefers-color-scheme: dark) {{\n  {body}\n}}\n"
    )
