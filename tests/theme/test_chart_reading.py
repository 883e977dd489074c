"""Charts as a resident sees them: legible on a phone and a desktop, dark in the dark scheme."""

from __future__ import annotations

from pathlib import Path

import pytest
from serving import serve
from support import AREAS, GROUPS, run_build, write_csv, write_site

from lantern.present import palette
from lantern.present.charts.variants import MIN_TEXT_PX

# The size each visible chart label is drawn at, in CSS pixels, and where.
DRAWN_TEXT = """() => {
  const found = [];
  for (const text of document.querySelectorAll("figure.chart svg text")) {
    const box = text.getBoundingClientRect();
    if (!box.width || !text.textContent.trim()) continue;
    const size = parseFloat(getComputedStyle(text).fontSize);
    const m = text.getScreenCTM();
    found.push([size * Math.hypot(m.a, m.b), text.textContent.trim()]);
  }
  return found;
}"""


# Each visible chart text that is drawn, even in part, outside its own drawing or the
# window: its words, and by how many pixels it runs past the left and the right edge.
CUT_TEXT = """() => {
  const cut = [];
  const window_right = document.documentElement.clientWidth;
  const shown = (node, svg) => {
    for (; node && node !== svg.parentElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.opacity === "0" || style.visibility === "hidden" || style.display === "none")
        return false;
    }
    return true;
  };
  for (const svg of document.querySelectorAll("figure svg")) {
    const drawing = svg.getBoundingClientRect();
    if (!drawing.width) continue;
    for (const text of svg.querySelectorAll("text")) {
      const box = text.getBoundingClientRect();
      if (!box.width || !text.textContent.trim() || !shown(text, svg)) continue;
      const left = Math.max(drawing.left - box.left, -box.left);
      const right = Math.max(box.right - drawing.right, box.right - window_right);
      const up = drawing.top - box.top, down = box.bottom - drawing.bottom;
      if (Math.max(left, right, up, down) > 0.5)
        cut.push([text.textContent.trim(), Math.round(left), Math.round(right)]);
    }
  }
  return cut;
}"""

# Names as long as a council's, a group's and a region's get (and longer).
LONG = {
    "area": "Riverside, Hillford and the Villages of the Upper Marsh, City and County of",
    "region": "The Lowlands, the Estuary and the Coastal Parishes of the South West",
    "group": "Statistical neighbours chosen by the Chartered Institute (nearest fifteen)",
}


@pytest.fixture(scope="module")
def longest_names(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A made-up site whose home area, its region and a comparator group have long names."""
    settings = write_site(tmp_path_factory.mktemp("longest") / "site")
    reference = settings.parent / "data" / "reference"
    areas = [
        {
            **a,
            "area_name": LONG["area"] if a["area_code"] == "X01" else a["area_name"],
            "region_name": LONG["region"] if a["region_code"] == "R1" else a["region_name"],
        }
        for a in AREAS
    ]
    groups = [
        {**g, "group_name": LONG["group"]} if g["group_id"] == "lowlands" else g for g in GROUPS
    ]
    write_csv(reference / "areas.csv", areas)
    write_csv(reference / "groups.csv", groups)
    assert run_build(settings) == 0, "the site with long names builds"
    return settings.parent / "output"


def chart_pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if '<figure class="chart' in p.read_text(encoding="utf-8")
    )


@pytest.mark.parametrize("width", [375, 1280])
def test_no_chart_text_is_drawn_under_12_pixels(
    example_site: Path, browser: object, width: int
) -> None:
    page = browser.new_page(  # type: ignore[attr-defined]
        viewport={"width": width, "height": 900}, java_script_enabled=False
    )
    small, unlabelled = [], []
    with serve(example_site) as base:
        for path in chart_pages(example_site):
            page.goto(f"{base}/{path}")
            drawn = page.evaluate(DRAWN_TEXT)
            unlabelled += [] if drawn else [path]
            small += [f"{path}: '{t}' at {s:.1f}px" for s, t in drawn if s < MIN_TEXT_PX - 0.05]
    page.close()
    assert unlabelled == [], "a chart page whose drawings show no text was not checked"
    assert small == []


def test_in_the_dark_scheme_charts_are_dark_with_light_text(
    example_site: Path, browser: object
) -> None:
    page = browser.new_page(  # type: ignore[attr-defined]
        viewport={"width": 375, "height": 900}, color_scheme="dark", java_script_enabled=False
    )
    with serve(example_site) as base:
        page.goto(f"{base}/measures/2a1/")
        colours = page.evaluate(
            """() => {
              const svg = document.querySelector("figure.chart .chart-narrow svg");
              const label = svg.querySelector("text");
              return [getComputedStyle(svg).backgroundColor, getComputedStyle(label).fill];
            }"""
        )
    page.close()
    background, text = colours
    assert background in ("rgba(0, 0, 0, 0)", "transparent")
    light = palette.DARK[palette.TEXT].lstrip("#")
    assert text == "rgb({}, {}, {})".format(*(int(light[i : i + 2], 16) for i in (0, 2, 4)))


def test_a_phone_shows_the_narrow_drawing_and_a_desktop_the_wide_one(
    example_site: Path, browser: object
) -> None:
    shown = {}
    with serve(example_site) as base:
        for width in (375, 1280):
            page = browser.new_page(  # type: ignore[attr-defined]
                viewport={"width": width, "height": 900}, java_script_enabled=False
            )
            page.goto(f"{base}/measures/2a1/")
            shown[width] = page.evaluate(
                """() => [...document.querySelectorAll("#trend .chart-drawing")]
                    .filter(d => d.getBoundingClientRect().width > 0)
                    .map(d => [d.className, d.querySelector("svg").getBoundingClientRect().width,
                               Number(d.querySelector("svg").getAttribute("width"))])"""
            )
            page.close()
    assert [c for c, _, _ in shown[375]] == ["chart-drawing chart-narrow"]
    assert [c for c, _, _ in shown[1280]] == ["chart-drawing chart-wide"]
    for width in (375, 1280):
        ((_, drawn, natural),) = shown[width]
        assert drawn == pytest.approx(natural, abs=0.5), "the drawing is scaled, so is its text"


@pytest.mark.parametrize("width", [320, 375, 1280])
@pytest.mark.parametrize("site", ["example_site", "national_site", "longest_names"])
def test_no_chart_text_runs_past_the_edge_of_its_drawing_or_the_window(
    request: pytest.FixtureRequest, browser: object, site: str, width: int
) -> None:
    """Every word a chart draws is seen whole: long group names, axis titles, the last
    period's label and labels beside a series break, on a phone and a wide screen."""
    folder = request.getfixturevalue(site)
    page = browser.new_page(  # type: ignore[attr-defined]
        viewport={"width": width, "height": 900}, java_script_enabled=False
    )
    cut, pages = [], chart_pages(folder)
    with serve(folder) as base:
        for path in pages:
            page.goto(f"{base}/{path}")
            cut += [
                f"{path}: '{t}' runs {max(left, right)} px past an edge"
                for t, left, right in page.evaluate(CUT_TEXT)
            ]
    page.close()
    assert pages, "no page with a chart was checked"
    assert cut == []
