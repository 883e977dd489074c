"""Narrative pages embed live figures, charts and tables; a wrong reference stops the build."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from support import MEASURES, example_audit, run_build, write_site

from lantern.cli.command import main
from lantern.embeds.parser import DirectiveError, parse

STORY = """Title: Our story
Slug: story

Prevention is {{ value H1 }} ({{ direction H1 }}); {{ badge H1 nation }}.

{{ chart trend H1 }}

{{ chart heatmap safeguarding/concerns x=abuse_type y=location value=concerns }}

{{ table safeguarding/concerns }}
"""


def build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], **site: object
) -> tuple[int, str, Path]:
    settings = write_site(tmp_path / "site", **site)  # type: ignore[arg-type]
    code = run_build(settings)
    return code, capsys.readouterr().err, settings.parent / "output"


def story(output: Path) -> BeautifulSoup:
    html = (output / "story" / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def test_inline_values_badges_and_directions_come_from_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err, output = build(tmp_path, capsys, pages={"story.md": STORY})
    assert code == 0, err
    first = story(output).find("main").find("p")
    text = " ".join(first.get_text(" ").split())
    # X01's 2023-24 value is 57 / 76 = 75.0%, up from 50.0% in 2022-23; only two members of
    # the nation have a usable value (X03 is [c]), too few for a quartile.
    assert text.startswith("Prevention is 75.0% ( improving since 2022-23 );")
    assert "[x] Not compared" in text and "only 2 areas have a value" in text


def test_a_chart_is_an_accessible_svg_figure_with_a_summary_and_its_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err, output = build(tmp_path, capsys, pages={"story.md": STORY})
    assert code == 0, err
    figure = story(output).find("figure", id="trend-h1")
    assert figure is not None
    svg = figure.find("svg")
    assert svg["role"] == "img" and "Households prevented" in svg["aria-label"]
    assert "Riverside over time" in figure.find("figcaption").get_text()
    summary = figure.find("p", class_="chart-summary").get_text()
    assert summary.startswith("Riverside's value rose from 50.0% in 2022-23 to 75.0% in 2023-24")
    rows = [
        [c.get_text(strip=True) for c in r.find_all(["th", "td"])] for r in figure.find_all("tr")
    ]
    assert rows[0][:2] == ["Period", "Riverside"]
    assert [r[:2] for r in rows[1:]] == [["2022-23", "50.0%"], ["2023-24", "75.0%"]]


def test_a_heatmap_and_a_table_of_any_resource(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err, output = build(tmp_path, capsys, pages={"story.md": STORY})
    assert code == 0, err
    soup = story(output)
    heatmap = soup.find("figure", id="heatmap-safeguarding-concerns")
    rows = [
        [c.get_text(strip=True) for c in r.find_all(["th", "td"])]
        for r in heatmap.find("details").find_all("tr")
    ]
    # On a phone the heatmap is shown as this same table, open.
    phone = heatmap.find(class_="chart-phone-table")
    assert [[c.get_text(strip=True) for c in r.find_all(["th", "td"])]
            for r in phone.find_all("tr")] == rows  # fmt: skip
    # concerns is a number with no unit, so a count: its 3 is suppressed unmarked.
    assert rows == [
        ["location", "Financial", "Neglect"],
        ["Care home", "[c]", "12"],
        ["Own home", "25", "40"],
    ]
    assert "The largest count is 40, for Own home and Neglect." in heatmap.get_text()
    tables = soup.find_all("table")
    assert [th.get_text() for th in tables[-1].find_all("th", scope="col")] == [
        "location",
        "abuse_type",
        "concerns",
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{{ value H9 }}", "unknown measure 'H9'. Allowed: H1, H2"),
        (
            "{{ badge H1 neighbours }}",
            "unknown comparator group 'neighbours'. Allowed: lowlands, nation",
        ),
        (
            "{{ value H1 period=2019-20 }}",
            "measure H1 has no value for Riverside in period '2019-20'",
        ),
        ("{{ chart pie H1 }}", "'chart' needs a type first. Allowed: trend, position"),
        ("{{ chart trend H1 colour=red }}", "unknown option 'colour' for chart. Allowed: title"),
        ("{{ table housing/nothing }}", "unknown resource 'housing/nothing'. Allowed: "),
        ("{{ chart bar safeguarding/concerns x=place y=concerns }}", "unknown field 'place'"),
        ("See {{ chart trend H1 }} here.", "'chart' must be on a line of its own"),
        ("{{ sparkle H1 }}", "unknown embed 'sparkle'. Allowed: value, badge"),
        (
            "{{ claim H1 nation lowest }}",
            "unknown claim 'lowest'. Allowed: top, middle, bottom, not-top, not-bottom",
        ),
    ],
)
def test_a_wrong_reference_stops_the_build_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    page = f"Title: Broken\n\nFirst paragraph.\n\n{line}\n"
    code, err, output = build(tmp_path, capsys, pages={"broken.md": page})
    assert code == 1
    assert f"pages/broken.md:5: {message}" in err
    assert not output.exists()


def test_text_from_data_is_shown_as_text_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "<script>alert(1)</script>"
    measures = [{**MEASURES[0], "title": hostile, "description": hostile}, MEASURES[1]]
    page = "Title: Story\nSlug: story\n\n{{ chart trend H1 }}\n\n{{ chart quartiles H1 }}\n"
    code, err, output = build(tmp_path, capsys, measures=measures, pages={"story.md": page})
    assert code == 0, err
    for path in output.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in html, path
    soup = story(output)
    assert hostile in soup.find("figcaption").get_text()
    measure_page = BeautifulSoup(
        (output / "measures" / "h1" / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert measure_page.h1.get_text() == hostile


def test_directives_are_parsed_with_quoted_options() -> None:
    embed = parse('chart trend 2A1 title="Care homes, 18 to 64"')
    assert (embed.kind.name, embed.args, embed.options) == (
        "chart trend",
        ("2A1",),
        {"title": "Care homes, 18 to 64"},
    )
    with pytest.raises(DirectiveError, match="needs a measure and a group"):
        parse("badge 2A1")


EVERY_KIND = """Title: Every kind
Slug: every

Value {{ value H1 }}; group {{ group H1 lowlands period=2022-23 }};
rank {{ rank H1 lowlands period=2022-23 }}.

{{ chart position H1 group=lowlands period=2022-23 }}

{{ chart quartiles H1 period=2022-23 }}

{{ chart bar safeguarding/concerns x=abuse_type y=concerns }}

{{ chart line safeguarding/concerns x=abuse_type y=concerns series=location }}
"""

EXTRA_VALUES = [
    {
        "area_code": code,
        "measure_id": "H1",
        "period": "2022-23",
        "numerator": "",
        "denominator": "",
        "value": value,
        "status": "final",
        "note": "",
    }
    for code, value in (("X02", "40.0"), ("X03", "60.0"), ("X04", "70.0"))
]


def test_every_embed_kind_renders_with_its_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from support import VALUES, write_release

    settings = write_site(tmp_path / "site", pages={"every.md": EVERY_KIND})
    write_release(settings.parent / "data", values=[*VALUES, *EXTRA_VALUES])
    cwd = Path.cwd()
    os.chdir(settings.parent)
    try:
        code = main(["build", "--settings", str(settings)])
    finally:
        os.chdir(cwd)
    err = capsys.readouterr().err
    assert code == 0, err
    soup = BeautifulSoup(
        (settings.parent / "output" / "every" / "index.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    text = " ".join(soup.find("main").find("p").get_text(" ").split())
    # Lowlands in 2022-23: X01 50.0, X02 40.0, X03 60.0 → median 50.0; X01 is 2nd of 3.
    assert text == "Value 75.0% ; group Lowlands 50.0% ; rank 2nd of 3 ."
    figures = {f["id"]: f for f in soup.find_all("figure")}
    assert set(figures) == {
        "position-h1",
        "quartiles-h1",
        "bar-safeguarding-concerns",
        "line-safeguarding-concerns",
    }
    for figure in figures.values():
        assert figure.find("svg", attrs={"role": "img"}) and figure.figcaption
        assert figure.find("p", class_="chart-summary").get_text(strip=True)
    position_rows = [
        [c.get_text(strip=True) for c in r.find_all(["th", "td"])]
        for r in figures["position-h1"].find_all("tr")
    ]
    assert position_rows == [
        ["Area", "Value"],
        ["Marshby", "60.0%"],
        ["Riverside", "50.0%"],
        ["Hillford", "40.0%"],
    ]
    bar_rows = [
        [c.get_text(strip=True) for c in r.find_all(["th", "td"])]
        for r in figures["bar-safeguarding-concerns"].find_all("tr")
    ]
    assert bar_rows[1:] == [
        ["Neglect", "40"],
        ["Financial", "25"],
        ["Neglect", "12"],
        ["Financial", "[c]"],
    ]


def test_an_embedded_value_equals_the_audit_trail(
    example_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The care home admissions page's first figure is 2A1's latest value in `lantern compute`."""
    audit = example_audit(capsys)
    [measure] = [m for m in audit["measures"] if m["measure_id"] == "2A1"]
    latest = measure["periods"][-1]
    soup = BeautifulSoup(
        (example_site / "care-home-admissions" / "index.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    shown = soup.find("span", class_="figure").get_text(" ", strip=True)
    assert shown.startswith(f"{latest['value']:.1f} per 100,000")


def build_with(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    page: str,
    extra: dict[str, tuple[list[dict[str, str]], list[str]]] | None = None,
    suppress: bool = False,
) -> tuple[int, str, Path]:
    """A fixture site with one page, an extra package and (optionally) the safeguarding
    counts marked for suppression."""
    import json

    from support import write_package

    settings = write_site(tmp_path / "site", pages={"story.md": page})
    data = settings.parent / "data"
    if extra:
        write_package(data / "extra", "extra", extra)
    if suppress:
        descriptor_path = data / "safeguarding" / "datapackage.json"
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
        for field in descriptor["resources"][0]["schema"]["fields"]:
            if field["name"] == "concerns":
                field["suppressSmallCounts"] = True
        descriptor_path.write_text(json.dumps(descriptor), encoding="utf-8")
    code = run_build(settings)
    return code, capsys.readouterr().err, settings.parent / "output"


def page_text(output: Path) -> str:
    return " ".join(story(output).find("main").get_text(" ").split())


def snapshot(period: str, value: str) -> dict[str, str]:
    return {
        "area_code": "X01",
        "measure_id": "H2",
        "period": period,
        "numerator": "",
        "denominator": "",
        "value": value,
        "status": "final",
        "note": "",
    }


def test_a_line_that_starts_and_ends_with_embeds_renders_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "Title: Our story\nSlug: story\n\n{{ value H1 }} and {{ badge H1 nation }}\n"
    code, err, output = build_with(tmp_path, capsys, page)
    assert code == 0, err
    assert page_text(output).startswith("Our story 75.0% and [x] Not compared")


def test_a_stated_figure_is_shown_as_written_in_its_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = [
        {"figure": "share", "label": "Share helped", "value": "84.50", "unit": "percent"},
        {"figure": "cost", "label": "Weekly cost", "value": "2703204", "unit": "currency"},
    ]
    page = (
        "Title: Our story\nSlug: story\n\n"
        "We helped {{ figure extra share }} for {{ figure extra cost }}.\n"
    )
    code, err, output = build_with(tmp_path, capsys, page, {"figures.csv": (figures, ["figure"])})
    assert code == 0, err
    assert "We helped 84.50% for £2,703,204" in page_text(output)

    wrong = page.replace("extra share", "extra shares")
    code, err, _ = build_with(tmp_path / "2", capsys, wrong, {"figures.csv": (figures, ["figure"])})
    assert code == 1
    assert "unknown figure 'shares' in extra/figures. Allowed: share, cost" in err


def test_a_change_card_compares_a_snapshot_with_a_week_and_a_year_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    values = [
        snapshot("2024-11-29", "40"),
        snapshot("2024-11-22", "38"),
        snapshot("2023-11-29", "50"),
    ]
    page = "Title: Our story\nSlug: story\n\n{{ changes H2 }}\n"
    code, err, output = build_with(
        tmp_path, capsys, page, {"values.csv": (values, ["area_code", "measure_id", "period"])}
    )
    assert code == 0, err
    text = page_text(output)
    assert "40 days on 29 November 2024" in text
    assert "Week change ▲ up 2 days (+5.3%) since 22 November 2024" in text
    assert "Year change ▼ down -10 days (-20.0%) since 29 November 2023" in text
    assert "Month change" not in text, "no snapshot a month before: no card line"


def test_a_theme_scorecard_lists_each_measure_against_each_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = 'Title: Our story\nSlug: story\n\n{{ scorecard theme="Homelessness" }}\n'
    code, err, output = build_with(tmp_path, capsys, page)
    assert code == 0, err
    table = story(output).find("table")
    headers = [th.get_text(strip=True) for th in table.find("thead").find_all("th")]
    assert headers == ["Measure", "Good is", "Riverside", "Lowlands", "The nation"]
    [row] = table.find("tbody").find_all("tr")
    assert row.find("a")["href"] == "/measures/h1/"
    assert "75.0%" in row.get_text(" ")

    code, err, _ = build_with(tmp_path / "2", capsys, page.replace("Homelessness", "Housing"))
    assert code == 1 and "unknown theme 'Housing'. Allowed: Homelessness" in err


def test_small_counts_in_a_marked_column_are_suppressed_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        "Title: Our story\nSlug: story\n\n"
        "{{ chart heatmap safeguarding/concerns x=abuse_type y=location value=concerns }}\n\n"
        "{{ table safeguarding/concerns }}\n"
    )
    code, err, output = build_with(tmp_path, capsys, page, suppress=True)
    assert code == 0, err
    soup = story(output)
    table = soup.find_all("table")[-1]
    cells = [[td.get_text() for td in tr.find_all(["th", "td"])] for tr in table.find_all("tr")]
    assert ["Care home", "Financial", "[c]"] in cells
    assert "[c]: not shown to protect people's identity: a count from 1 to 4" in soup.get_text()
    # The chart's data, published for the interactive view, carries no small count either.
    figure = soup.find("figure", class_="chart")
    explore = parse_qs(urlsplit(figure.find("p", class_="chart-explore").a["href"]).query)
    for variant in ("narrow", "wide"):
        spec = (output / "charts" / f"{explore[variant][0]}.json").read_text(encoding="utf-8")
        assert '"concerns"' in spec
        assert '"concerns": 3' not in spec and '"concerns":3' not in spec
    published = (output / "data" / "safeguarding" / "concerns.csv").read_text(encoding="utf-8")
    assert "Care home,Financial,[c]" in published


def test_a_claim_that_has_no_quartile_to_check_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "Title: Story\nSlug: story\n\nWe are in the top quartile: {{ claim H1 nation top }}.\n"
    code, err, output = build(tmp_path, capsys, pages={"story.md": page})
    assert code == 0, err
    claim = story(output).find("span", class_="claim")
    # Only two members of the nation have a usable value: too few for a quartile.
    assert claim.get_text(" ").strip() == (
        "cannot be checked against the published 2023-24 quartiles"
    )
