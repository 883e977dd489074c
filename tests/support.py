"""Builders for small data releases and sites made inside the tests.

The fixture council is deliberately not the example one, and its service is
not adult social care: a site for it must build with no change to Lantern.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lantern.data.problems import Problem

NUMBER_FIELDS = {"numerator", "denominator", "value", "q1", "median", "q3", "target"}
INTEGER_FIELDS = {"decimals"}

AREAS = [
    {"area_code": "X01", "area_name": "Riverside", "region_code": "R1", "region_name": "Lowlands"},
    {"area_code": "X02", "area_name": "Hillford", "region_code": "R1", "region_name": "Lowlands"},
    {"area_code": "X03", "area_name": "Marshby", "region_code": "R1", "region_name": "Lowlands"},
    {"area_code": "X04", "area_name": "Oakmere", "region_code": "R2", "region_name": "Uplands"},
    {"area_code": "X05", "area_name": "Stonebridge", "region_code": "R2", "region_name": "Uplands"},
]
GROUPS = [
    *(
        {"group_id": "nation", "group_name": "The nation", "area_code": a["area_code"]}
        for a in AREAS
    ),
    *(
        {"group_id": "lowlands", "group_name": "Lowlands", "area_code": a["area_code"]}
        for a in AREAS
        if a["region_name"] == "Lowlands"
    ),
]
MEASURES = [
    {
        "measure_id": "H1",
        "title": "Households prevented from becoming homeless",
        "description": "Households whose homelessness was prevented, out of those helped.",
        "theme": "Homelessness",
        "unit": "percent",
        "polarity": "high",
        "decimals": "1",
        "source": "Fixture housing return",
        "target": "",
    },
    {
        "measure_id": "H2",
        "title": "Days in temporary accommodation",
        "description": "Average days a household spent in temporary accommodation.",
        "theme": "Temporary accommodation",
        "unit": "days",
        "polarity": "low",
        "decimals": "0",
        "source": "Fixture housing return",
        "target": "",
    },
]
VALUES = [
    {
        "area_code": "X01",
        "measure_id": "H1",
        "period": "2022-23",
        "numerator": "40",
        "denominator": "80",
        "value": "50.0",
        "status": "final",
        "note": "",
    },
    {
        "area_code": "X01",
        "measure_id": "H1",
        "period": "2023-24",
        "numerator": "57",
        "denominator": "76",
        "value": "75.0",
        "status": "final",
        "note": "",
    },
    {
        "area_code": "X02",
        "measure_id": "H1",
        "period": "2023-24",
        "numerator": "30",
        "denominator": "60",
        "value": "50.0",
        "status": "final",
        "note": "",
    },
    {
        "area_code": "X03",
        "measure_id": "H1",
        "period": "2023-24",
        "numerator": "",
        "denominator": "",
        "value": "",
        "status": "final",
        "note": "[c] Fewer than 5 households.",
    },
    {
        "area_code": "X01",
        "measure_id": "H2",
        "period": "2024-11",
        "numerator": "",
        "denominator": "",
        "value": "38",
        "status": "provisional",
        "note": "Month end snapshot",
    },
]


CONCERNS = [
    {"location": "Own home", "abuse_type": "Neglect", "concerns": "40"},
    {"location": "Own home", "abuse_type": "Financial", "concerns": "25"},
    {"location": "Care home", "abuse_type": "Neglect", "concerns": "12"},
    {"location": "Care home", "abuse_type": "Financial", "concerns": "3"},
]
NUMBER_FIELDS_FREE = {"concerns"}


# The repository: the example site's data/, content/ and settings.
PROJECT = Path(__file__).resolve().parents[1]
# The address the publishing workflow passes in SITEURL, in tests of the production build.
PUBLISHED_URL = "https://council.example.org/care"
# The national example: every council's pages from the same national data.
NATIONAL_SETTINGS = Path(__file__).resolve().parents[1] / "examples" / "national" / "pelicanconf.py"
# The same national site with charts on a sample of areas' pages (what the tests build).
PUBLIC_HEALTH_SETTINGS = PROJECT / "examples" / "public-health" / "pelicanconf.py"
NATIONAL_SAMPLE_SETTINGS = Path(__file__).resolve().parent / "national" / "pelicanconf.py"


def _schema(rows: list[dict[str, str]], key: list[str]) -> dict[str, Any]:
    fields = []
    for name in rows[0]:
        kind = (
            "number"
            if name in NUMBER_FIELDS | NUMBER_FIELDS_FREE
            else "integer"
            if name in INTEGER_FIELDS
            else "string"
        )
        fields.append({"name": name, "type": kind})
    return {"fields": fields, "primaryKey": key, "missingValues": [""]}


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    """Write rows as UTF-8 CSV with a header, as a spreadsheet would save them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def write_package(
    folder: Path, name: str, tables: dict[str, tuple[list[dict[str, str]], list[str]]]
) -> None:
    """A Frictionless data package: one CSV and one Table Schema per table."""
    resources = []
    for file_name, (rows, key) in tables.items():
        write_csv(folder / file_name, rows)
        resources.append(
            {
                "name": file_name.removesuffix(".csv"),
                "path": file_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": _schema(rows, key),
            }
        )
    descriptor = {
        "name": name,
        "title": f"Fixture {name}",
        "licenses": [
            {
                "name": "CC0-1.0",
                "title": "Public domain",
                "path": "https://creativecommons.org/publicdomain/zero/1.0/",
            }
        ],
        "sources": [{"title": "Made up for Lantern's tests"}],
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2), encoding="utf-8")


def write_release(
    data: Path,
    values: list[dict[str, str]] | None = None,
    measures: list[dict[str, str]] | None = None,
) -> Path:
    """A complete small release under ``data``: a reference package and a housing package."""
    write_package(
        data / "reference",
        "reference",
        {
            "areas.csv": (AREAS, ["area_code"]),
            "groups.csv": (GROUPS, ["group_id", "area_code"]),
            "measures.csv": (measures or MEASURES, ["measure_id"]),
        },
    )
    write_package(
        data / "housing",
        "housing",
        {
            "values.csv": (values or VALUES, ["area_code", "measure_id", "period"]),
        },
    )
    return data


# Where every fixture site of a test run keeps the theme's compiled templates
# (LANTERN_TEMPLATE_CACHE_PATH): the theme is the same, so only the first build compiles it.
# Set for the run by the conftest; None leaves each site to its own cache folder.
SHARED_TEMPLATES: Path | None = None


def write_site(
    root: Path,
    area: str = "X01",
    comparators: tuple[str, ...] = ("lowlands", "nation"),
    measures: list[dict[str, str]] | None = None,
    pages: dict[str, str] | None = None,
) -> Path:
    """A whole site (settings, a narrative page, the data) using Lantern's own theme and plugin."""
    write_release(root / "data", measures=measures)
    write_package(
        root / "data" / "safeguarding",
        "safeguarding",
        {
            "concerns.csv": (CONCERNS, ["location", "abuse_type"]),
        },
    )
    folder = root / "content" / "pages"
    folder.mkdir(parents=True)
    for name, text in (pages or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "index.md").write_text(
        "Title: Riverside housing\nSave_as: index.html\nURL:\nTemplate: home\n\n"
        "How we are doing.\n",
        encoding="utf-8",
    )
    settings = root / "pelicanconf.py"
    settings.write_text(
        "\n".join(
            [
                'SITENAME = "Riverside housing performance"',
                'SITEDESCRIPTION = "How Riverside housing services are doing."',
                'PUBLISHER = "Riverside Council"',
                'SITEURL = ""',
                "RELATIVE_URLS = True",
                'DEFAULT_LANG = "en-GB"',
                'TIMEZONE = "Europe/London"',
                'PATH = "content"',
                'PAGE_PATHS = ["pages"]',
                'ARTICLE_PATHS = ["releases"]',
                'OUTPUT_PATH = "output"',
                'PLUGINS = ["lantern"]',
                f"LANTERN_AREA = {area!r}",
                f"LANTERN_COMPARATORS = {list(comparators)!r}",
                f"LANTERN_TEMPLATE_CACHE_PATH = {str(SHARED_TEMPLATES or '')!r}",
                'PAGE_URL = "{slug}/"',
                'PAGE_SAVE_AS = "{slug}/index.html"',
                'ARTICLE_URL = "releases/{slug}/"',
                'ARTICLE_SAVE_AS = "releases/{slug}/index.html"',
                "DIRECT_TEMPLATES = []",
                "FEED_ALL_ATOM = None",
                "CATEGORY_FEED_ATOM = None",
                "TRANSLATION_FEED_ATOM = None",
                "AUTHOR_FEED_ATOM = None",
                "AUTHOR_FEED_RSS = None",
                'AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""',
                'TAG_SAVE_AS = TAGS_SAVE_AS = ARCHIVES_SAVE_AS = ""',
                "",
            ]
        ),
        encoding="utf-8",
    )
    return settings


def build_in_project(settings: Path, output: Path, shard: Any = None) -> Path:
    """Build a site (or one ``shard`` of it) from the project folder, as ``make`` does, into
    ``output``: the example or national site, all of it."""
    from lantern.build.shards import WHOLE
    from lantern.cli.build import build_site

    cwd = Path.cwd()
    os.chdir(PROJECT)
    try:
        return build_site(settings, output, shard or WHOLE)
    finally:
        os.chdir(cwd)


def run_build(settings: Path) -> int:
    """Build a site with the ``lantern`` command, from the site's own folder as a user would."""
    import os

    from lantern.cli.command import main

    cwd = Path.cwd()
    os.chdir(settings.parent)
    try:
        return main(["build", "--settings", str(settings)])
    finally:
        os.chdir(cwd)


def build(settings: Path, capsys: Any) -> Path:
    """Build the site; its output folder (the test fails with what the build printed)."""
    code = run_build(settings)
    assert code == 0, capsys.readouterr().err
    return settings.parent / "output"


def git(repo: Path, *args: str, when: str = "2024-01-01T09:00:00") -> None:
    """Run git in ``repo`` as the performance team, at a fixed time."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Performance team",
        "GIT_AUTHOR_EMAIL": "performance@example.org",
        "GIT_COMMITTER_NAME": "Performance team",
        "GIT_COMMITTER_EMAIL": "performance@example.org",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def release(repo: Path, tag: str, when: str) -> None:
    """Commit everything in ``repo`` and tag it as a data release."""
    git(repo, "add", "-A", when=when)
    git(repo, "commit", "-q", "-m", f"Data release {tag}", when=when)
    git(repo, "tag", "-a", tag, "-m", f"Release {tag}", when=when)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by its path there: two builds compare byte for byte."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    """A CSV file's rows as dicts, as a reader of the published data would get them."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def example_area() -> str:
    """The example site's home area, from its own settings (LANTERN_AREA in pelicanconf.py)."""
    import runpy

    project = Path(__file__).resolve().parents[1]
    return str(runpy.run_path(str(project / "pelicanconf.py"))["LANTERN_AREA"])


def example_audit(capsys: Any, area: str | None = None) -> dict[str, Any]:
    """``lantern compute --json`` for the example (another ``area`` if named): every figure,
    band and rank, as an analyst would check the site against them."""
    from lantern.cli.command import main

    project = Path(__file__).resolve().parents[1]
    cwd = Path.cwd()
    os.chdir(project)
    try:
        assert main(["compute", "--json", *(["--area", area] if area else [])]) == 0
    finally:
        os.chdir(cwd)
    return dict(json.loads(capsys.readouterr().out))


def problem_at(
    release: Path,
    code: str,
    file: str,
    row: int | None,
    column: str | None,
    *,
    with_schemas: bool = True,
) -> Problem:
    """The one problem of ``code`` at that place in ``release`` (``file`` as the data folder
    names it), or a failure listing every problem there is: tests of a rule check its code
    and place, and a few words of its message at most, so rewording one breaks nothing."""
    from lantern.data.validation import validate_release

    problems = validate_release(release, with_schemas=with_schemas).problems
    here = [
        p
        for p in problems
        if (p.code, p.row, p.field) == (code, row, column)
        and (p.file == file or p.file.endswith(f"/{file}"))
    ]
    assert len(here) == 1, problems
    return here[0]


def files_of(site: Path) -> dict[str, tuple[int, int]]:
    """Each file of a built site by its path there: (size, modification time)."""
    return {
        p.relative_to(site).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in site.rglob("*")
        if p.is_file()
    }


def shared(site: Path) -> Iterator[Path]:
    """A site many tests read: after the last of them, it must be as it was built, or a test
    that wrote to it would have changed what the tests after it saw."""
    built = files_of(site)
    yield site
    changed = sorted(set(built.items()) ^ set(files_of(site).items()))
    assert not changed, f"a test changed the shared site {site}: {changed[:5]}"


def neighbour_names(site: Path, code: str) -> list[str]:
    """The names of a council's CIPFA nearest neighbours, from a site's own data (its
    areas.csv and groups.csv), to check its pages against."""
    reference = site / "data" / "reference"
    with (reference / "areas.csv").open(encoding="utf-8") as handle:
        names = {row["area_code"]: row["area_name"] for row in csv.DictReader(handle)}
    with (reference / "groups.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [names[r["area_code"]] for r in rows if r["for_area"] == code and r["area_code"] != code]


def load_script(name: str) -> ModuleType:
    """One of the project's ``scripts/`` as a module, as ``python scripts/NAME.py`` runs it
    (registered under its name, so the dataclasses it defines can find their module)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, PROJECT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
