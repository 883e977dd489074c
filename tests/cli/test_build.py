"""Building whole sites: pages show the data, and bad data never replaces a good site."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from support import run_build, shared, write_site


def build(settings: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run_build(settings)
    return code, capsys.readouterr().err


def page(output: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((output / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def table_rows(soup: BeautifulSoup) -> list[list[str]]:
    table = soup.find("table", class_="values") or soup.find("table")
    assert table is not None, "the page has no table"
    for link in table.find_all("a", class_="anchor-link"):  # the "#" to link to a row
        link.decompose()
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.find_all("tr")
    ]


@pytest.fixture(scope="module")
def built_fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The made-up council's site, built once for the tests that only read it; its output."""
    settings = write_site(tmp_path_factory.mktemp("fixture") / "site")
    assert run_build(settings) == 0, "the made-up council's site did not build"
    yield from shared(settings.parent / "output")


def test_a_council_that_is_not_the_example_builds_with_no_code_change(
    built_fixture_site: Path,
) -> None:
    soup = page(built_fixture_site, "measures/h1")
    assert soup.h1.get_text(strip=True) == "Households prevented from becoming homeless"
    assert "Good is high" in soup.get_text()
    assert table_rows(soup)[1:] == [
        ["2022-23", "50.0%", "40", "80", "final", ""],
        ["2023-24", "75.0%", "57", "76", "final", ""],
    ]
    assert (
        "Riverside: Households prevented" in soup.find("table", class_="values").caption.get_text()
    )


def test_measure_page_shows_polarity_units_and_notes(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "measures/h2")
    assert "Good is low" in soup.get_text()
    assert table_rows(soup)[1:] == [
        ["November 2024", "38 days", "provisional", "Month end snapshot"]
    ]


def test_index_lists_every_measure_by_theme(built_fixture_site: Path) -> None:
    soup = page(built_fixture_site, "measures")
    assert [h.get_text(strip=True) for h in soup.find_all("h2")] == [
        "Homelessness",
        "Temporary accommodation",
    ]
    links = {a.get_text(strip=True): a["href"] for a in soup.select("main a")}
    assert links["Households prevented from becoming homeless"].endswith("measures/h1/")


def test_bad_data_stops_the_build_and_keeps_the_last_good_site(
    fixture_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(fixture_site, capsys)[0] == 0
    output = fixture_site.parent / "output"
    before = (output / "measures" / "h1" / "index.html").read_text(encoding="utf-8")
    values = fixture_site.parent / "data" / "housing" / "values.csv"
    values.write_text(
        values.read_text(encoding="utf-8").replace("2023-24,57", "2023-24,x57"), encoding="utf-8"
    )

    code, err = build(fixture_site, capsys)

    assert code == 1
    assert "housing/values.csv row 3, column numerator: Expected a number, got 'x57'." in err
    assert "previous site was left as it was" in err
    assert "Traceback" not in err
    assert (output / "measures" / "h1" / "index.html").read_text(encoding="utf-8") == before
    leftovers = [p.name for p in output.parent.iterdir() if p.name.startswith(".output")]
    assert leftovers == [".output.lock"]  # the lock file stays; no half-built folder does


def test_unknown_home_area_names_the_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site", area="X77")
    code, err = build(settings, capsys)
    assert code == 1
    assert "Setting LANTERN_AREA is 'X77', which is not an area_code" in err


def test_unknown_comparator_lists_the_allowed_groups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site", comparators=("neighbours",))
    code, err = build(settings, capsys)
    assert code == 1
    assert "names 'neighbours', which is not a group_id" in err
    assert "Allowed: lowlands, nation, region." in err


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("LANTERN_MEASURE_TOLERANCE = {'H9': 0.5}", "LANTERN_MEASURE_TOLERANCE names 'H9'"),
        ("LANTERN_MEASURE_REDIRECTS = {'OLD': 'H9'}", "sends 'OLD' to 'H9'"),
        ("LANTERN_HEADLINE_EXCLUDE_THEMES = ['Parks']", "names 'Parks', which is not a theme"),
        ("LANTERN_SUPRESS_BELOW = 10", "Did you mean LANTERN_SUPPRESS_BELOW?"),
    ],
)
def test_a_setting_naming_something_not_in_the_data_stops_the_build(
    fixture_site: Path, capsys: pytest.CaptureFixture[str], line: str, words: str
) -> None:
    with fixture_site.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    code, err = build(fixture_site, capsys)
    assert code == 1
    assert words in err
    assert "Traceback" not in err


def test_a_broken_content_page_stops_the_build(
    fixture_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = fixture_site.parent / "content" / "pages" / "broken.md"
    broken.write_text("No title here, so Pelican cannot place the page.\n", encoding="utf-8")
    code, err = build(fixture_site, capsys)
    assert code == 1
    assert "broken.md" in err
    assert not (fixture_site.parent / "output").exists()


def test_example_measure_page_shows_every_period_of_the_home_area(
    example_site: Path, project: Path
) -> None:
    """Each row of data/ for the home area and measure appears in the page's table, in order."""
    import csv

    rows = []
    for path in sorted((project / "data").glob("*/values.csv")):
        with path.open(encoding="utf-8") as handle:
            rows += [
                r
                for r in csv.DictReader(handle)
                if r["area_code"] == "E08000014" and r["measure_id"] == "2A2"
            ]
    shown = {r[0]: r for r in table_rows(page(example_site, "measures/2a2"))[1:]}
    assert len(rows) >= 5
    assert sorted(shown) == sorted(r["period"] for r in rows)
    for row in rows:
        assert shown[row["period"]][1] == f"{float(row['value']):,.1f} per 100,000"
    with_counts = [r for r in rows if r["numerator"]]
    assert with_counts, "the example data should include a year with numerator and denominator"
    for row in with_counts:
        assert shown[row["period"]][2:4] == [
            f"{int(row['numerator']):,}",
            f"{int(row['denominator']):,}",
        ]


def test_example_measure_page_explains_the_measure(example_site: Path) -> None:
    soup = page(example_site, "measures/2a1")
    text = soup.get_text(" ", strip=True)
    assert "Good is low" in text
    assert "per 100,000 people" in text
    assert "Sefton" in soup.find("caption").get_text()


def test_methodology_page_is_built_from_the_docs(example_site: Path, project: Path) -> None:
    soup = page(example_site, "methodology")
    assert soup.h1.get_text(strip=True) == "How the figures are worked out"
    doc = " ".join((project / "docs" / "methodology.md").read_text(encoding="utf-8").split())
    caveat = "cannot be used to make judgements about how effective local authorities are"
    assert caveat in doc
    assert caveat in " ".join(soup.get_text(" ").split())
    assert [len(soup.find_all("h1"))] == [1]


def test_example_measure_page_shows_badges_against_every_comparator(example_site: Path) -> None:
    """2A1's provisional 2024-25 rate is compared with the 2023-24 quartiles of each group."""
    soup = page(example_site, "measures/2a1")
    text = " ".join(soup.get_text(" ").split())
    assert "2024-25 (provisional) compared with 2023-24 quartiles" in text
    rows = table_rows_of(soup, "comparisons")
    assert [r[0] for r in rows[1:]] == ["Statistical neighbours (CIPFA)", "North West", "England"]
    assert all("Bottom quartile" in r[1] for r in rows[1:])
    working = rows[0].index("How we worked this out")
    assert "upper quartile 18.8" in rows[2][working]  # North West 2023-24: Q3 = 18.775
    assert soup.find("figure", id="trend") and soup.find("figure", id="quartiles")
    assert "How to read the badges" in text


def table_rows_of(soup: BeautifulSoup, name: str) -> list[list[str]]:
    table = soup.find("table", class_=name)
    return [
        [" ".join(c.get_text(" ").split()) for c in row.find_all(["th", "td"])]
        for row in table.find_all("tr")
    ]


def test_small_counts_are_suppressed_on_the_measure_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from support import VALUES, write_release

    settings = write_site(tmp_path / "site")
    small = {
        **VALUES[0],
        "period": "2021-22",
        "numerator": "3",
        "denominator": "10",
        "value": "30.0",
    }
    write_release(settings.parent / "data", values=[*VALUES, small])
    code, err = build(settings, capsys)
    assert code == 0, err
    rows = table_rows(page(settings.parent / "output", "measures/h1"))
    [suppressed] = [r for r in rows if r[0] == "2021-22"]
    assert suppressed[1:4] == ["[c]", "", ""]
    assert "30.0" not in " ".join(suppressed) and "numerator is below 5" in suppressed[-1]


def test_home_page_has_a_headline_scorecard_with_a_badge_per_comparator(
    example_site: Path,
) -> None:
    soup = page(example_site, "")
    rows = table_rows_of(soup, "headline-table")
    assert rows[0][2:5] == ["Statistical neighbours (CIPFA)", "North West", "England"]
    assert len(rows) > 20
    for row in rows[1:]:
        assert all(("quartile" in cell) or ("Not compared" in cell) for cell in row[2:5]), row
    assert soup.find("aside", class_="badge-key") is not None


def test_open_data_publishes_every_package_as_validated(example_site: Path, project: Path) -> None:
    """Each package's files and zip are the validated bytes; where disclosure control hid a
    cell, the table differs from the validated one in [c] cells only."""
    import csv
    import zipfile

    soup = page(example_site, "open-data")
    for descriptor in sorted((project / "data").glob("*/datapackage.json")):
        name = descriptor.parent.name
        assert soup.find(id=f"package-{name}") is not None, name
        archive = example_site / "data" / name / f"{name}.zip"
        with zipfile.ZipFile(archive) as opened:
            for member in opened.namelist():
                relative = member.split("/", 1)[1]
                published, original = (
                    opened.read(member),
                    (descriptor.parent / relative).read_bytes(),
                )
                assert (example_site / "data" / name / relative).read_bytes() == published
                if published == original or not relative.endswith(".csv"):
                    continue
                new = list(csv.reader(published.decode("utf-8").splitlines()))
                old = list(csv.reader(original.decode("utf-8-sig").splitlines()))
                assert new[0] == old[0] and len(new) == len(old), member
                changed = [
                    (a, b)
                    for r, s in zip(new, old, strict=True)
                    for a, b in zip(r, s, strict=True)
                    if a != b
                ]
                assert changed and {a for a, _ in changed} == {"[c]"}, member


def test_published_data_never_shows_a_small_count_and_still_validates(
    example_site: Path, project: Path
) -> None:
    """The safeguarding heatmap's counts of 1 to 4 are [c] in the published CSV, the zip and
    the page, and the published package is a valid Frictionless package."""
    import csv
    import zipfile

    from frictionless import Package

    published = example_site / "data" / "safeguarding"
    source = list(csv.DictReader((project / "data/safeguarding/locations-abuse.csv").open()))
    shown = list(csv.DictReader((published / "locations-abuse.csv").open()))
    small = [i for i, row in enumerate(source) if 0 < int(row["referrals"]) < 5]
    assert small, "the example has small counts to suppress"
    for i, (before, after) in enumerate(zip(source, shown, strict=True)):
        expected = "[c]" if i in small else before["referrals"]
        assert after["referrals"] == expected
    with zipfile.ZipFile(published / "safeguarding.zip") as opened:
        zipped = opened.read("safeguarding/locations-abuse.csv")
    assert zipped == (published / "locations-abuse.csv").read_bytes()
    assert Package(str(published / "datapackage.json")).validate().valid


def test_each_measure_has_csv_and_json_downloads_of_its_figures(example_site: Path) -> None:
    import csv
    import json

    soup = page(example_site, "measures/2a1")
    links = {a.get_text(): a["href"] for a in soup.select("#downloads + p a")}
    assert links["CSV"].endswith("2a1.csv") and links["JSON"].endswith("2a1.json")
    with (example_site / "measures" / "2a1" / "2a1.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    document = json.loads((example_site / "measures" / "2a1" / "2a1.json").read_text())
    assert [r["period"] for r in rows] == [p["period"] for p in document["periods"]]
    own = [r for r in rows if not r["group_id"]]
    shown = {r[0]: r[1] for r in table_rows(soup)[1:]}
    for row in own:
        assert shown[row["period"]].startswith(f"{float(row['value']):,.1f}")
    # Each comparator group's figure is in it too, as the trend chart draws it.
    trend = soup.select_one('figure#trend a[href$=".csv"]')
    with (example_site / "charts" / trend["href"].rsplit("/", 1)[1]).open(encoding="utf-8") as f:
        drawn = {(r["series"], r["period"]): r["value"] for r in csv.DictReader(f)}
    groups = [r for r in rows if r["group_id"]]
    assert {r["group_name"] for r in groups} >= {"England", "North West"}
    for row in groups:
        assert float(row["value"]) == float(drawn[(row["group_name"], row["period"])]), row


def test_a_build_after_a_failed_one_still_writes_the_sitemap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tests, like a long-running preview, build many sites in one process."""
    settings = write_site(tmp_path / "site", pages={"story.md": "Title: S\n\n{{ value NOPE }}\n"})
    assert build(settings, capsys)[0] == 1
    (settings.parent / "content" / "pages" / "story.md").write_text(
        "Title: S\n\n{{ value H1 }}\n", encoding="utf-8"
    )
    code, err = build(settings, capsys)
    assert code == 0, err
    assert "measures/h1/" in (settings.parent / "output" / "sitemap.xml").read_text(
        encoding="utf-8"
    )


def test_a_build_checks_the_settings_and_validates_the_data_once(
    fixture_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import lantern.cli.build
    import lantern.site.session  # noqa: F401 - every module a build uses is loaded
    from lantern.config.settings import read_settings
    from lantern.data.validation import validate_release

    calls = {"validate": 0, "settings": 0}

    def counted_validate(*args: Any, **kwargs: Any) -> Any:
        calls["validate"] += 1
        return validate_release(*args, **kwargs)

    def counted_settings(*args: Any, **kwargs: Any) -> Any:
        calls["settings"] += 1
        return read_settings(*args, **kwargs)

    # Wherever Lantern's modules call either, the call is counted.
    counted = {validate_release: counted_validate, read_settings: counted_settings}
    for name, module in list(sys.modules.items()):
        for attribute, original in (
            vars(module).copy().items() if name.startswith("lantern") else ()
        ):
            if any(original is o for o in counted):
                monkeypatch.setattr(module, attribute, counted[original])
    assert run_build(fixture_site) == 0, capsys.readouterr().err
    assert calls == {"validate": 1, "settings": 1}


def test_a_rebuild_reuses_kept_charts_and_redraws_them_when_the_data_change(
    fixture_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The chart cache never shows yesterday's figure: a changed value redraws the chart."""
    output = fixture_site.parent / "output"

    def trend_summary() -> str:
        figure = page(output, "measures/h1").find("figure", id="trend")
        return figure.find("p", class_="chart-summary").get_text(" ", strip=True)

    assert build(fixture_site, capsys)[0] == 0
    before = trend_summary()
    kept = sorted((fixture_site.parent / "cache" / "figures").glob("*.json"))
    assert kept, "the build kept no figure"
    assert build(fixture_site, capsys)[0] == 0
    assert trend_summary() == before
    assert sorted((fixture_site.parent / "cache" / "figures").glob("*.json")) == kept
    values = fixture_site.parent / "data" / "housing" / "values.csv"
    values.write_text(
        values.read_text(encoding="utf-8").replace(",57,76,75.0,", ",38,76,50.0,"),
        encoding="utf-8",
    )
    assert build(fixture_site, capsys)[0] == 0
    assert "75.0%" in before and "75.0%" not in trend_summary()
    assert "50.0%" in trend_summary()


def test_an_unchanged_release_is_checked_and_computed_once_and_a_change_is_seen(
    fixture_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept computed release is used only for the very same data, settings and code."""
    import lantern.build.checked
    import lantern.releases.areas
    from lantern.data.area import compute_areas_data
    from lantern.data.validation import validate_release

    calls = {"validate": 0, "compute": 0}

    def counted(name: str, function: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return function(*args, **kwargs)

        return run

    monkeypatch.setattr(
        lantern.build.checked, "validate_release", counted("validate", validate_release)
    )
    monkeypatch.setattr(
        lantern.releases.areas, "compute_areas_data", counted("compute", compute_areas_data)
    )
    output = fixture_site.parent / "output"

    def latest_row() -> list[str]:
        return table_rows(page(output, "measures/h1"))[-1]

    assert build(fixture_site, capsys)[0] == 0
    assert build(fixture_site, capsys)[0] == 0
    assert calls == {"validate": 1, "compute": 1}
    assert latest_row()[1].startswith("75")

    values = fixture_site.parent / "data" / "housing" / "values.csv"
    text = values.read_text(encoding="utf-8")
    values.write_text(text.replace(",57,76,75.0,", ",56,76,73.7,"), encoding="utf-8")
    assert build(fixture_site, capsys)[0] == 0
    assert calls == {"validate": 2, "compute": 2}
    assert latest_row()[1].startswith("73.7")

    with fixture_site.open("a", encoding="utf-8") as handle:
        handle.write("LANTERN_SUPPRESS_BELOW = 3\n")
    assert build(fixture_site, capsys)[0] == 0
    assert calls == {"validate": 3, "compute": 3}

    for kept in (fixture_site.parent / "cache" / "computed").glob("*.pickle"):
        kept.write_bytes(kept.read_bytes()[:100])  # cut short, as by a full disk
    assert build(fixture_site, capsys)[0] == 0
    assert calls == {"validate": 4, "compute": 4}
    assert latest_row()[1].startswith("73.7")


def test_kept_downloads_follow_the_data(
    fixture_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The published files are kept between builds only while the package is unchanged."""
    values = fixture_site.parent / "data" / "housing" / "values.csv"
    published = fixture_site.parent / "output" / "data" / "housing" / "values.csv"
    assert build(fixture_site, capsys)[0] == 0
    assert build(fixture_site, capsys)[0] == 0
    assert list((fixture_site.parent / "cache" / "downloads").glob("*.json"))
    assert published.read_bytes() == values.read_bytes()
    text = values.read_text(encoding="utf-8")
    values.write_text(text.replace(",57,76,75.0,", ",56,76,73.7,"), encoding="utf-8")
    assert build(fixture_site, capsys)[0] == 0
    assert ",56,76,73.7," in published.read_text(encoding="utf-8")
    assert published.read_bytes() == values.read_bytes()
