"""A catalogue of broken releases, each made from the example site by one mistake.

Whatever the mistake, ``lantern build`` exits 1, prints no traceback, names the
file at fault (a data file, the settings file or a page), prints no more than
about 50 lines, and leaves the last good ``output/`` exactly as it was.

Each mistake is made in a copy of one good release whose packages Lantern has
already validated, as on a council's machine after its last good build: the
kept verdicts are shared, so only what the mistake changed is checked again,
and a kept verdict must never hide the mistake.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import example_area, read_csv

from lantern.cli.command import main
from lantern.data.validation import validate_release

PROJECT = Path(__file__).resolve().parents[2]
HOME = example_area()
Mistake = Callable[[Path], None]


def rows_of(path: Path) -> list[dict[str, str]]:
    return read_csv(path)


def write_rows(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns or list(rows[0]), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def edit_cell(file: str, column: str, value: str, where: dict[str, str] | None = None) -> Mistake:
    """Set ``column`` to ``value`` in the first row matching ``where``."""

    def mistake(site: Path) -> None:
        path = site / "data" / file
        rows = rows_of(path)
        row = next(r for r in rows if all(r.get(k) == v for k, v in (where or {}).items()))
        row[column] = value
        write_rows(path, rows)

    return mistake


def drop_column(file: str, column: str) -> Mistake:
    def mistake(site: Path) -> None:
        path = site / "data" / file
        rows = rows_of(path)
        write_rows(path, rows, [c for c in rows[0] if c != column])

    return mistake


def add_row(file: str, changes: dict[str, str]) -> Mistake:
    def mistake(site: Path) -> None:
        path = site / "data" / file
        rows = rows_of(path)
        write_rows(path, [*rows, {**rows[0], **changes}])

    return mistake


def write_bytes(file: str, content: bytes) -> Mistake:
    def mistake(site: Path) -> None:
        (site / "data" / file).write_bytes(content)

    return mistake


def edit_descriptor(package: str, change: Callable[[dict], None]) -> Mistake:  # type: ignore[type-arg]
    def mistake(site: Path) -> None:
        path = site / "data" / package / "datapackage.json"
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        change(descriptor)
        path.write_text(json.dumps(descriptor), encoding="utf-8")

    return mistake


def resource_path(package: str, path: object) -> Mistake:
    return edit_descriptor(package, lambda d: d["resources"][0].update(path=path))


def setting(line: str) -> Mistake:
    def mistake(site: Path) -> None:
        with (site / "pelicanconf.py").open("a", encoding="utf-8") as handle:
            handle.write("\n" + line + "\n")

    return mistake


def page(name: str, text: str | bytes) -> Mistake:
    def mistake(site: Path) -> None:
        path = site / "content" / "pages" / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")

    return mistake


def link(file: str, target: str) -> Mistake:
    def mistake(site: Path) -> None:
        path = site / "data" / file
        if path.exists():
            path.unlink()
        os.symlink(target, path)

    return mistake


def remove(relative: str) -> Mistake:
    def mistake(site: Path) -> None:
        path = site / relative
        shutil.rmtree(path) if path.is_dir() else path.unlink()

    return mistake


VALUES = "ascof/values.csv"
MEASURES = "reference/measures.csv"
AREAS = "reference/areas.csv"
SEFTON_2A1 = {"area_code": HOME, "measure_id": "2A1", "period": "2022-23"}
SEFTON_1C1A = {"area_code": HOME, "measure_id": "1C1A", "period": "2022-23"}

# (what is wrong, the mistake, the file the message must name)
CATALOGUE: list[tuple[str, Mistake, str]] = [
    # Whole files and columns
    ("areas.csv missing a column", drop_column(AREAS, "area_name"), AREAS),
    ("measures.csv missing a column", drop_column(MEASURES, "unit"), MEASURES),
    ("values.csv missing a column", drop_column(VALUES, "period"), VALUES),
    ("values.csv with a header only", write_bytes(VALUES, b"area_code,measure_id,period,"
     b"numerator,denominator,value,status,note\n"), VALUES),
    ("values.csv empty", write_bytes(VALUES, b""), VALUES),
    ("areas.csv saved as Windows-1252", write_bytes(AREAS, "area_code,area_name,region_code,"
     "region_name\nE08000014,S\u00e9fton,E12000002,North West\n".encode("cp1252")), AREAS),
    ("a quote left open", write_bytes(AREAS, b'area_code,area_name,region_code,region_name\n'
     b'E08000014,"Sefton,E12000002,North West\n'), AREAS),
    ("a file removed", remove("data/ascof/values.csv"), VALUES),
    ("the reference package removed", remove("data/reference"), "reference"),
    ("measures.csv removed", remove("data/reference/measures.csv"), MEASURES),
    # Numbers
    ("value 1e300", edit_cell(VALUES, "value", "1e300", SEFTON_2A1), VALUES),
    ("value 1_4.2", edit_cell(VALUES, "value", "1_4.2", SEFTON_2A1), VALUES),
    ("value with a comma", edit_cell(VALUES, "value", "12,5", SEFTON_2A1), VALUES),
    ("value with a pound sign", edit_cell(VALUES, "value", "£12", SEFTON_2A1), VALUES),
    ("value with a percent sign", edit_cell(VALUES, "value", "85%", SEFTON_1C1A), VALUES),
    ("value inf", edit_cell(VALUES, "value", "inf", SEFTON_2A1), VALUES),
    ("value nan", edit_cell(VALUES, "value", "nan", SEFTON_2A1), VALUES),
    ("value 1e15 written out", edit_cell(VALUES, "value", "1000000000000000", SEFTON_2A1), VALUES),
    ("percent of 150", edit_cell(VALUES, "value", "150", SEFTON_1C1A), VALUES),
    ("negative rate", edit_cell(VALUES, "value", "-12.5", SEFTON_2A1), VALUES),
    ("negative denominator", add_row(VALUES, {**SEFTON_1C1A, "period": "2016-17",
     "numerator": "10", "denominator": "-40", "value": "", "note": ""}), VALUES),
    ("negative numerator", add_row(VALUES, {**SEFTON_1C1A, "period": "2016-17",
     "numerator": "-10", "denominator": "40", "value": "", "note": ""}), VALUES),
    ("denominator of 0", add_row(VALUES, {**SEFTON_1C1A, "period": "2016-17",
     "numerator": "10", "denominator": "0", "value": "", "note": ""}), VALUES),
    ("value disagrees with its counts", add_row(VALUES, {**SEFTON_1C1A, "period": "2016-17",
     "numerator": "10", "denominator": "40", "value": "75.0", "note": ""}), VALUES),
    ("a fraction of a count", edit_cell("operations-illustrative/values.csv", "value", "2150.5",
     {"measure_id": "CONTACTS"}), "operations-illustrative/values.csv"),
    # Rows
    ("row with no value and no reason", edit_cell(VALUES, "value", "", SEFTON_2A1), VALUES),
    ("[p] as the reason for a gap", add_row(VALUES, {**SEFTON_2A1, "period": "2016-17",
     "value": "", "numerator": "", "denominator": "", "note": "[p] late"}), VALUES),
    ("unknown period format", edit_cell(VALUES, "period", "2023/24", SEFTON_2A1), VALUES),
    ("unknown status", edit_cell(VALUES, "status", "draft", SEFTON_2A1), VALUES),
    ("unknown area", edit_cell(VALUES, "area_code", "E99999999", SEFTON_2A1), VALUES),
    ("unknown measure", edit_cell(VALUES, "measure_id", "9Z9", SEFTON_2A1), VALUES),
    ("the same row twice", add_row(VALUES, {}), VALUES),
    ("the same area twice", add_row(AREAS, {}), AREAS),
    ("a group with an unknown area", add_row("reference/groups.csv",
     {"area_code": "E99999999"}), "reference/groups.csv"),
    ("an own group for an unknown area", add_row("reference/groups.csv",
     {"for_area": "E99999999"}), "reference/groups.csv"),
    ("a published band that does not say whose", edit_cell("surveys/benchmarks.csv",
     "for_area", ""), "surveys/benchmarks.csv"),
    ("a benchmark for an unknown group", edit_cell("ascof/benchmarks.csv", "group_id", "nowhere"),
     "ascof/benchmarks.csv"),
    # Measures
    ("2A1 and 2a1 side by side", add_row(MEASURES, {"measure_id": "2a1"}), MEASURES),
    ("renumbered as ../../x", edit_cell(MEASURES, "renumbered_as", "../../x",
     {"measure_id": "2A1"}), MEASURES),
    ("renumbered from a bad period", edit_cell(MEASURES, "renumbered_from", "soon",
     {"measure_id": "2A1"}), MEASURES),
    ("unknown unit", edit_cell(MEASURES, "unit", "furlongs", {"measure_id": "2A1"}), MEASURES),
    ("unknown polarity", edit_cell(MEASURES, "polarity", "up", {"measure_id": "2A1"}), MEASURES),
    ("decimals not a number", edit_cell(MEASURES, "decimals", "two", {"measure_id": "2A1"}),
     MEASURES),
    ("a measure id with a slash", edit_cell(MEASURES, "measure_id", "2A/1",
     {"measure_id": "2A1"}), MEASURES),
    ("two measures with one title", edit_cell(MEASURES, "title", "quality of life of PEOPLE "
     "who use care and  support", {"measure_id": "1J"}), MEASURES),
    ("a score out of nothing", edit_cell(MEASURES, "unit", "score_out_of_0",
     {"measure_id": "1A"}), MEASURES),
    # Descriptors
    ("descriptor not JSON", write_bytes("ascof/datapackage.json", b"{ not json"),
     "ascof/datapackage.json"),
    ("descriptor without resources", write_bytes("ascof/datapackage.json", b"{}"),
     "ascof/datapackage.json"),
    ("resource path as a list", resource_path("complaints", ["a.csv", "b.csv"]),
     "complaints/datapackage.json"),
    ("resource path out of the package", resource_path("complaints", "../../../etc/hostname"),
     "complaints/datapackage.json"),
    ("resource path absolute", resource_path("complaints", "/etc/hostname"),
     "complaints/datapackage.json"),
    ("resource path a web address", resource_path("complaints", "https://example.org/a.csv"),
     "complaints/datapackage.json"),
    ("resource file missing", resource_path("complaints", "gone.csv"), "complaints/gone.csv"),
    ("licence link javascript:", edit_descriptor("complaints", lambda d: d.update(
     licenses=[{"name": "x", "path": "javascript:alert(1)"}])), "complaints/datapackage.json"),
    ("a typed field with text in it", edit_cell("complaints/feedback-types.csv", "number",
     "lots"), "complaints/feedback-types.csv"),
    ("a total that does not add up", edit_cell("workforce/mandatory-training.csv", "staff",
     "999"), "workforce/mandatory-training.csv"),
    ("a total across two tables that does not add up",
     edit_cell("complaints/complaint-categories.csv", "number", "12"),
     "complaints/feedback-types.csv"),
    ("a total across two tables naming a missing table", edit_descriptor("complaints",
     lambda d: d["resources"][1]["schema"]["totals"][0]["total"].update(resource="types")),
     "complaints/complaint-categories.csv"),
    ("a linked file", link("complaints/feedback-types.csv", "/etc/hostname"),
     "complaints/feedback-types.csv"),
    ("a linked folder", link("borrowed", "/etc"), "borrowed"),
    # Settings
    ("settings with a syntax error", setting("LANTERN_AREA = ("), "pelicanconf.py"),
    ("an unknown home area", setting('LANTERN_AREA = "E99999999"'), "LANTERN_AREA"),
    ("a comparator twice", setting('LANTERN_COMPARATORS = ["england", "england"]'),
     "LANTERN_COMPARATORS"),
    ("an unknown comparator", setting('LANTERN_COMPARATORS = ["nowhere"]'),
     "LANTERN_COMPARATORS"),
    ("tolerance for an unknown measure", setting('LANTERN_MEASURE_TOLERANCE = {"9Z9": 1}'),
     "LANTERN_MEASURE_TOLERANCE"),
    ("excluding an unknown theme", setting('LANTERN_HEADLINE_EXCLUDE_THEMES = ["Nothing"]'),
     "LANTERN_HEADLINE_EXCLUDE_THEMES"),
    ("a redirect for an unknown code", setting('LANTERN_MEASURE_REDIRECTS = {"old": "9Z9"}'),
     "LANTERN_MEASURE_REDIRECTS"),
    ("a redirect out of the site", setting('LANTERN_MEASURE_REDIRECTS = {"../../x": "2A1"}'),
     "LANTERN_MEASURE_REDIRECTS"),
    ("release tags not text", setting("LANTERN_RELEASE_TAGS = 5"), "LANTERN_RELEASE_TAGS"),
    ("a threshold in words", setting('LANTERN_SUPPRESS_BELOW = "five"'), "LANTERN_SUPPRESS_BELOW"),
    ("a misspelt setting", setting('LANTERN_ARAE = "E08000014"'), "LANTERN_ARAE"),
    ("areas naming an unknown group", setting('LANTERN_AREAS = "nowhere"'), "LANTERN_AREAS"),
    ("areas naming an unknown area", setting('LANTERN_AREAS = ["E99999999"]'), "LANTERN_AREAS"),
    ("areas as a number", setting("LANTERN_AREAS = 5"), "LANTERN_AREAS"),
    ("chart areas naming an unknown area",
     setting('LANTERN_AREAS = "all"\nLANTERN_CHART_AREAS = ["E99999999"]'), "LANTERN_CHART_AREAS"),
    ("chart areas as a number", setting("LANTERN_CHART_AREAS = 5"), "LANTERN_CHART_AREAS"),
    ("a URL pattern with an unknown name", setting('PAGE_URL = "{nope}/"'), "PAGE_URL"),
    ("a chart cache that cannot be written", setting('LANTERN_CACHE_PATH = "pelicanconf.py/x"'),
     "LANTERN_CACHE_PATH"),
    ("a template cache that cannot be written",
     setting('LANTERN_TEMPLATE_CACHE_PATH = "pelicanconf.py/x"'), "LANTERN_TEMPLATE_CACHE_PATH"),
    # Pages
    ("a page saved as Windows-1252", page("broken.md", "Title: Caf\u00e9\n\nText.\n"
     .encode("cp1252")), "broken.md"),
    ("two pages with one address", page("again.md", "Title: Again\nSlug: complaints\n\nText.\n"),
     "again.md"),
    ("an embed of an unknown measure", page("broken.md", "Title: Broken\n\n{{ value 9Z9 }}\n"),
     "broken.md"),
    ("an embed in a title", page("broken.md", "Title: {{ value 2A1 }}\n\nText.\n"), "broken.md"),
]  # fmt: skip


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site with the national values cut to the home area's groups, to be quick,
    validated once: its verdicts are kept in a cache folder every copy of it uses."""
    from lantern.data.validation import validate_release

    folder = tmp_path_factory.mktemp("example")
    site, cache = folder / "site", folder / "cache"
    for name in ("data", "content"):
        shutil.copytree(PROJECT / name, site / name)
    settings = (PROJECT / "pelicanconf.py").read_text(encoding="utf-8")
    settings += f"\nLANTERN_CACHE_PATH = {str(cache)!r}\n"
    (site / "pelicanconf.py").write_text(settings, encoding="utf-8")
    groups = rows_of(site / "data/reference/groups.csv")
    near = {
        g["area_code"]
        for g in groups
        if g["group_id"] in ("cipfa-neighbours", "north-west") and g["for_area"] in ("", HOME)
    }
    values = site / "data" / VALUES
    write_rows(values, [r for r in rows_of(values) if r["area_code"] in near | {HOME}])
    assert validate_release(site / "data", cache=cache).problems == [], "the template is good"
    assert list((cache / "validation").glob("*.json")), "its verdicts are kept"
    return site


def test_the_catalogue_covers_at_least_sixty_mistakes() -> None:
    assert len(CATALOGUE) >= 60
    assert len({name for name, _, _ in CATALOGUE}) == len(CATALOGUE)


def _cases() -> list[Any]:
    """The catalogue as test cases. A mistake in a page is found only once Pelican reads or
    writes the pages, after the whole example's charts are drawn: those cases build the whole
    site and are marked so (``make test-fast`` leaves them to ``make test``)."""
    return [
        pytest.param(*case, id=case[0], marks=[pytest.mark.site_build] if _in_a_page(case) else [])
        for case in CATALOGUE
    ]


def _in_a_page(case: tuple[str, Mistake, str]) -> bool:
    return case[2].endswith(".md")


@pytest.mark.parametrize(("name", "mistake", "file"), _cases())
def test_a_broken_release_gets_one_clear_message_and_keeps_the_site(
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    mistake: Mistake,
    file: str,
) -> None:
    site = tmp_path / "site"
    shutil.copytree(template, site, symlinks=True)
    (site / "output").mkdir()
    (site / "output" / "index.html").write_text("the last good site", encoding="utf-8")
    mistake(site)
    monkeypatch.chdir(site)
    capsys.readouterr()
    code = main(["build", "--settings", "pelicanconf.py"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err
    assert file in err, err
    assert len(err.splitlines()) <= 55, err
    assert [p.name for p in (site / "output").iterdir()] == ["index.html"]
    assert (site / "output" / "index.html").read_text(encoding="utf-8") == "the last good site"


# The code of the problem each mistake in the data must be reported with (the mistakes in
# the settings and pages are not problems in the data, and have no code).
CODE_OF = {
    "areas.csv missing a column": "missing-column",
    "measures.csv missing a column": "missing-column",
    "values.csv missing a column": "missing-column",
    "values.csv with a header only": "no-values",
    "values.csv empty": "empty-file",
    "areas.csv saved as Windows-1252": "not-utf8",
    "a quote left open": "not-csv",
    "a file removed": "missing-file",
    "the reference package removed": "missing-reference-package",
    "measures.csv removed": "missing-file",
    "value 1e300": "not-a-number",
    "value 1_4.2": "not-a-number",
    "value with a comma": "not-a-number",
    "value with a pound sign": "not-a-number",
    "value with a percent sign": "not-a-number",
    "value inf": "not-a-number",
    "value nan": "not-a-number",
    "value 1e15 written out": "too-large",
    "percent of 150": "impossible-value",
    "negative rate": "impossible-value",
    "negative denominator": "negative-count",
    "negative numerator": "negative-count",
    "denominator of 0": "zero-denominator",
    "value disagrees with its counts": "value-not-numerator-ratio",
    "a fraction of a count": "impossible-value",
    "row with no value and no reason": "value-without-reason",
    "[p] as the reason for a gap": "value-without-reason",
    "unknown period format": "not-a-period",
    "unknown status": "unknown-status",
    "unknown area": "unknown-area",
    "unknown measure": "unknown-measure",
    "the same row twice": "duplicate-row",
    "the same area twice": "duplicate-row",
    "a group with an unknown area": "unknown-area",
    "an own group for an unknown area": "unknown-area",
    "a published band that does not say whose": "band-without-area",
    "a benchmark for an unknown group": "unknown-group",
    "2A1 and 2a1 side by side": "measure-ids-differ-in-case",
    "renumbered as ../../x": "bad-measure-id",
    "renumbered from a bad period": "not-a-period",
    "unknown unit": "unknown-unit",
    "unknown polarity": "unknown-polarity",
    "decimals not a number": "bad-decimals",
    "a measure id with a slash": "bad-measure-id",
    "two measures with one title": "duplicate-title",
    "a score out of nothing": "unknown-unit",
    "descriptor not JSON": "descriptor-not-json",
    "descriptor without resources": "descriptor-without-resources",
    "resource path as a list": "bad-resource-path",
    "resource path out of the package": "bad-resource-path",
    "resource path absolute": "bad-resource-path",
    "resource path a web address": "bad-resource-path",
    "resource file missing": "missing-file",
    "licence link javascript:": "unsafe-link",
    "a typed field with text in it": "schema-type-error",
    "a total that does not add up": "total-does-not-add-up",
    "a total across two tables that does not add up": "total-does-not-add-up",
    "a total across two tables naming a missing table": "total-names-no-table",
    "a linked file": "symbolic-link",
    "a linked folder": "symbolic-link",
}
DATA_MISTAKES = [c for c in CATALOGUE if c[0] in CODE_OF]


def test_every_mistake_in_the_data_has_its_code() -> None:
    """A mistake added to the catalogue, in a data file, is added here too."""
    settings_or_pages = [f for _, _, f in CATALOGUE if f.endswith((".py", ".md")) or f.isupper()]
    in_the_data = {name for name, _, file in CATALOGUE if file not in settings_or_pages}
    assert in_the_data == set(CODE_OF)
    assert set(CODE_OF) <= {name for name, _, _ in CATALOGUE}


@pytest.mark.parametrize(
    ("name", "mistake", "file"), DATA_MISTAKES, ids=[c[0] for c in DATA_MISTAKES]
)
def test_a_mistake_in_the_data_is_reported_with_its_code_at_its_file(
    template: Path, tmp_path: Path, name: str, mistake: Mistake, file: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(template / "data", site / "data", symlinks=True)
    mistake(site)
    # Frictionless (slow) only where it is the one to find the mistake.
    schemas = CODE_OF[name].startswith("schema-")
    problems = validate_release(site / "data", with_schemas=schemas).problems
    assert any(p.code == CODE_OF[name] and file in p.file for p in problems), problems
