"""The hex map of every council: one hex per council, each in its band's colour, the home
area outlined and named, a summary and a table in words, and a warning naming each
council with no hex and each hex with no council."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from lantern.compute import Measure
from lantern.data.hexmap import HEXMAP_FILE, load_hexmap, matched, parse_hexjson
from lantern.data.problems import LanternError
from lantern.present import palette
from lantern.present.badges import BadgeView, ValueView
from lantern.present.charts.figure import figure
from lantern.present.charts.figure_cache import FigureCache
from lantern.present.charts.hexmap import band_map, figure_map, placed
from lantern.present.gate import Gate
from lantern.present.national import AreaRow
from lantern.present.national_map import band_key, figure_key, national_maps
from lantern.vocab.polarity import BANDS

MEASURE = Measure("2A2", "Admissions to care homes", "per_100k", "low", 1)
GATE = Gate()
# (code, name, region, q, r, figure, band)
COUNCILS = [
    ("E08000010", "Wigan", "North West", 2, 3, 410.0, "top"),
    ("E08000012", "Liverpool", "North West", 1, 3, 720.5, "bottom"),
    ("E08000014", "Sefton", "North West", 1, 2, 650.0, "bottom"),
    ("E06000001", "Hartlepool", "North East", 3, 4, 560.0, "middle"),
    ("E06000002", "Middlesbrough", "North East", 4, 4, 801.0, "bottom"),
    ("E09000001", "City of London", "London", 4, 0, None, None),
]


def _row(code: str, name: str, region: str, value: float | None, band: str | None) -> AreaRow:
    text = GATE.text(value, MEASURE.unit, MEASURE.decimals)
    badge = BadgeView(band, BANDS[band].icon, BANDS[band].words) if band else None
    return AreaRow(code, name, region, f"areas/{code}/", ValueView(text), badge, "", None, value)


ROWS = [_row(c, n, reg, v, b) for c, n, reg, _q, _r, v, b in COUNCILS]


def _hexjson(councils: list[tuple[str, str, int, int]], layout: str = "odd-r") -> str:
    hexes = {c: {"n": n, "q": q, "r": r} for c, n, q, r in councils}
    return json.dumps({"layout": layout, "hexes": hexes})


def _layout(extra: list[tuple[str, str, int, int]] = ()):  # type: ignore[no-untyped-def]
    kind, hexes = parse_hexjson(
        _hexjson([(c, n, q, r) for c, n, _reg, q, r, _v, _b in COUNCILS] + list(extra)), "test"
    )
    return matched(kind, hexes, {c: n for c, n, *_ in COUNCILS})


def _drawn(chart_spec: dict) -> list[dict]:  # type: ignore[type-arg]
    return chart_spec["layer"][0]["data"]["values"] if "data" in chart_spec["layer"][0] else []


def _values(spec: dict) -> list[dict]:  # type: ignore[type-arg]
    name = next(iter(spec["datasets"]))
    return spec["datasets"][name]


def test_the_map_has_one_hex_per_council_and_the_home_area_is_outlined_and_named() -> None:
    areas = placed(ROWS, _layout())
    chart = band_map(MEASURE, "2023-24", "England", areas, "E08000010")
    drawn = figure(chart).drawings[0].svg
    # One hexagon per council, filled or (City of London, no figure) outlined, plus the
    # home area's thick outline.
    hexagons = re.findall(r'<path[^>]*d="M0,-?[0-9.]+[^"]*L', drawn)
    assert len(hexagons) == len(COUNCILS) + 1
    assert 'stroke-width="3"' in drawn
    assert ">Wigan</text>" in drawn
    codes = sorted(r.code for r in (a.row for a in areas))
    assert codes == sorted(c for c, *_ in COUNCILS)


def test_each_council_is_drawn_in_the_colour_of_its_band_in_the_rows() -> None:
    chart = band_map(MEASURE, "2023-24", "England", placed(ROWS, _layout()), "E08000010")
    scale = chart.spec["layer"][0]["encoding"]["color"]["scale"]
    colour = dict(zip(scale["domain"], scale["range"], strict=True))
    by_name = {v["area"]: v["band"] for v in _values(chart.spec)}
    for row in ROWS[:5]:
        assert row.badge is not None
        assert by_name[row.name] == row.badge.band
        assert colour[by_name[row.name]] == palette.BAND_MARKS[row.badge.band]


def test_the_table_gives_every_council_region_figure_and_band_in_words() -> None:
    chart = band_map(MEASURE, "2023-24", "England", placed(ROWS, _layout()), "E08000010")
    assert chart.table.columns == ["Area", "Region", "Figure", "Band"]
    rows = {r[0]: r for r in chart.table.rows}
    assert len(rows) == len(COUNCILS)
    assert rows["Wigan"] == ["Wigan", "North West", "410.0 per 100,000", "Top quartile"]
    assert rows["City of London"][2:] == ["[x]", "Not compared"]


def test_the_summary_names_the_home_band_and_the_bottom_quartile_in_its_region() -> None:
    chart = band_map(MEASURE, "2023-24", "England", placed(ROWS, _layout()), "E08000010")
    assert chart.summary == (
        "Wigan is in the top quartile; 3 councils are in the bottom quartile in 2023-24, "
        "2 of them in the North West."
    )
    assert "quartile band" in chart.title and "2023-24" in chart.title


def test_the_figure_map_is_shaded_by_figure_and_says_the_range_through_the_gate() -> None:
    chart = figure_map(MEASURE, "2023-24", placed(ROWS, _layout()), "E08000014")
    assert "darker for a higher figure" in chart.title
    assert "from 410.0 per 100,000 in Wigan to 801.0 per 100,000 in Middlesbrough" in (
        chart.summary
    )
    assert chart.summary.endswith("Sefton's is 650.0 per 100,000.")
    key = [item.words for item in figure_key(ROWS)]
    assert key[:2] == [
        "Lightest: the lowest figure, 410.0 per 100,000",
        "Darkest: the highest figure, 801.0 per 100,000",
    ]


def test_the_band_key_uses_the_badges_words_and_icons() -> None:
    words = [(item.icon, item.words) for item in band_key()]
    assert words[:3] == [(BANDS[b].icon, BANDS[b].words) for b in ("top", "middle", "bottom")]


def test_both_maps_are_drawn_once_and_kept(tmp_path: Path) -> None:
    cache = FigureCache(tmp_path)
    first = national_maps(cache, MEASURE, "2023-24", "England", ROWS, _layout(), "E08000010")
    again = national_maps(cache, MEASURE, "2023-24", "England", ROWS, _layout(), "E08000010")
    assert [m.figure.anchor for m in first] == ["map-bands", "map-figures"]
    assert {d.variant for d in first[0].figure.drawings} == {"narrow", "wide"}
    assert (cache.drawn, cache.reused) == (2, 2)
    assert again[0].figure == first[0].figure


def test_the_phone_drawing_keeps_the_map_s_shape() -> None:
    chart = band_map(MEASURE, "2023-24", "England", placed(ROWS, _layout()), "E08000010")
    narrow, wide = (re.search(r'height="(\d+)"', d.svg) for d in figure(chart).drawings)
    assert narrow and wide
    assert int(narrow.group(1)) < int(wide.group(1))


def test_a_council_with_no_hex_and_a_hex_with_no_council_are_each_named() -> None:
    kind, hexes = parse_hexjson(
        _hexjson([("E08000010", "Wigan", 0, 0), ("E06000099", "Nowhere", 1, 0)]), "test"
    )
    layout = matched(kind, hexes, {"E08000010": "Wigan", "E08000012": "Liverpool"})
    assert set(layout.hexes) == {"E08000010"}
    assert any("Liverpool (E08000012)" in p and "no hex" in p for p in layout.problems)
    assert any("Nowhere (E06000099)" in p and "not an area" in p for p in layout.problems)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (_hexjson([("E1", "A", 0, 0)], layout="odd-q"), "layout is 'odd-q'"),
        ('{"layout": "odd-r", "hexes": {"E1": {"q": 1.5, "r": 0}}}', "hex E1 needs whole"),
        ("not json", "not valid JSON"),
    ],
)
def test_a_layout_the_map_cannot_draw_is_refused_naming_the_file(text: str, said: str) -> None:
    with pytest.raises(LanternError) as error:
        parse_hexjson(text, "hexmap.hexjson")
    assert any(said in str(p) and "hexmap.hexjson" in str(p) for p in error.value.problems)


def test_the_project_layout_has_a_hex_for_every_area_of_the_data() -> None:
    data = Path(__file__).resolve().parents[2] / "data"
    import csv

    with (data / "reference" / "areas.csv").open(encoding="utf-8") as file:
        names = {r["area_code"]: r["area_name"] for r in csv.DictReader(file)}
    layout = load_hexmap(data, names)
    assert layout is not None and layout.problems == ()
    assert set(layout.hexes) == set(names)
    assert (data / HEXMAP_FILE).is_file()


def test_the_build_warns_naming_each_mismatch(caplog: pytest.LogCaptureFixture) -> None:
    from lantern.site.national_maps import log

    layout = _layout(extra=[("E06000099", "Nowhere", 9, 9)])
    with caplog.at_level(logging.WARNING, logger=log.name):
        for problem in layout.problems:
            log.warning(problem)
    assert "Nowhere (E06000099)" in caplog.text


def test_the_dark_scheme_repaints_no_shade_of_the_figure_map() -> None:
    """The figure map's shades run between its two ends; the dark scheme can repaint only
    exact colours, so repainting an end would make the map's key disagree with its hexes."""
    from lantern.present import palette

    assert not set(palette.SEQUENTIAL) & set(palette.DARK)
    assert not any(c in palette.chart_styles() for c in palette.SEQUENTIAL)
