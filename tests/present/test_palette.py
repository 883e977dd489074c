"""Chart colours are visible: at least 3:1 against the white background (WCAG 2.2, 1.4.11)."""

from __future__ import annotations

from lantern.installed import THEME_PATH
from lantern.present import palette


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_series_colour_has_3_to_1_contrast_with_white() -> None:
    for colour in (*palette.SERIES, palette.HOME):
        assert contrast(colour, "#FFFFFF") >= 3.0, colour


def test_series_differ_by_dash_and_shape_as_well_as_colour() -> None:
    assert len(set(palette.DASHES)) == len(palette.SERIES)
    assert len(set(palette.SHAPES)) == len(palette.SERIES)


def test_text_on_the_page_background_has_4_5_to_1_contrast() -> None:
    assert contrast(palette.TEXT, "#FFFFFF") >= 4.5


def test_in_the_dark_scheme_every_series_and_text_stays_visible() -> None:
    """Lines and points 3:1 and text 4.5:1 against the dark page and every dark band."""
    dark = palette.DARK
    grounds = [palette.BACKGROUND["dark"], *(dark[band] for band in palette.BANDS.values())]
    for ground in grounds:
        for colour in (*palette.SERIES, palette.HOME):
            assert contrast(dark[colour], ground) >= 3.0, (colour, ground)
        assert contrast(dark[palette.TEXT], ground) >= 4.5, ground


def test_every_chart_colour_has_a_dark_counterpart_in_the_stylesheet() -> None:
    styles = palette.chart_styles()
    for colour in (*palette.SERIES, *palette.BANDS.values(), palette.TEXT, palette.GRID):
        assert f'[fill="{colour}" i]' in styles and palette.DARK[colour] in styles, colour


def test_the_backgrounds_are_the_pages_own() -> None:

    css = (THEME_PATH / "static/css/lantern.css").read_text()
    dark = css[css.index("prefers-color-scheme: dark") :]
    assert f"--background: {palette.BACKGROUND['dark'].lower()}" in dark.lower()
    assert f"--background: {palette.BACKGROUND['light'].lower()}" in css.lower()
