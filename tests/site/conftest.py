"""A site with two tagged releases, built once and shared by the tests of releases, of figures
as published and of updates' revisions, which only read it; a test that builds it again gets
its own (``two_releases_to_rebuild``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support import (
    MEASURES,
    VALUES,
    git,
    release,
    run_build,
    shared,
    write_csv,
    write_package,
    write_site,
)

# A figure a report states (a package's ``figures`` resource), revised in v2.
BUDGET_GAP = {"figure": "gap", "label": "Budget gap", "value": "1.4", "unit": "currency_millions",
              "note": ""}  # fmt: skip
# An update written between v1 and v2, quoting a figure v2 revises, one it keeps, and the gap.
UPDATE = (
    "Title: Summer update\nDate: 2024-06-20\nSlug: summer-update\nPeriod: April to June 2024\n"
    "Portfolio: Housing\nCommittee: Scrutiny\n\n"
    "In 2022-23 we prevented {{ value H1 period=2022-23 }} of cases, and in 2023-24 "
    "{{ value H1 period=2023-24 }}. The budget gap is {{ figure budget gap }}.\n"
)
# An update written before the first release: there is nothing to compare it with.
EARLY_UPDATE = (
    UPDATE.replace("2024-06-20", "2023-11-20")
    .replace("Summer", "Autumn")
    .replace("summer", "autumn")
)


def build_two_releases(root: Path) -> tuple[Path, bytes]:
    """A site in a git repository with tags v1 and v2, v2 adding, revising and retiring, and
    updates to a committee written before v1 and between the two; its output folder, built,
    and v1's values.csv."""
    measures = [{**m, "renumbered_as": "", "renumbered_from": ""} for m in MEASURES]
    settings = write_site(root / "site", measures=measures)
    site = settings.parent
    write_package(site / "data/budget", "budget", {"figures.csv": ([BUDGET_GAP], ["figure"])})
    updates = site / "content" / "updates"
    updates.mkdir(parents=True)
    (updates / "summer.md").write_text(UPDATE, encoding="utf-8")
    (updates / "autumn.md").write_text(EARLY_UPDATE, encoding="utf-8")
    with settings.open("a", encoding="utf-8") as handle:
        handle.write('ARTICLE_PATHS = ["releases", "updates"]\n')
    git(site, "init", "-q")
    release(site, "v1", "2024-01-31T09:00:00")
    v1_values = (site / "data/housing/values.csv").read_bytes()

    revised = [dict(v) for v in VALUES if v["measure_id"] != "H2"]
    for row in revised:
        if row["area_code"] == "X01" and row["period"] == "2022-23":
            row.update(numerator="42", value="52.5", note="Revised: two late returns.")
    revised.append({**revised[1], "period": "2024-25", "numerator": "60", "value": "", "note": ""})
    revised.append(
        {**revised[1], "measure_id": "H3", "numerator": "", "denominator": "", "value": "12"}
    )
    write_csv(site / "data/housing/values.csv", revised)
    gap = {**BUDGET_GAP, "value": "1.6", "note": "Revised at outturn."}
    write_package(site / "data/budget", "budget", {"figures.csv": ([gap], ["figure"])})
    new_measures = [
        {**measures[0], "renumbered_as": "HX1", "renumbered_from": "2024-25"},
        {
            **measures[0],
            "measure_id": "H3",
            "title": "Households rehoused",
            "unit": "count",
            "decimals": "0",
        },
    ]
    write_csv(site / "data/reference/measures.csv", new_measures)
    notes = site / "content" / "releases"
    notes.mkdir(parents=True)
    (notes / "v2.md").write_text(
        "Title: Spring release\nDate: 2025-03-31\nSlug: v2\nRelease: v2\n\nNew figures.\n",
        encoding="utf-8",
    )
    release(site, "v2", "2025-03-31T09:00:00")
    assert run_build(settings) == 0, "the two-release site did not build"
    return site / "output", v1_values


@pytest.fixture(scope="session")
def two_releases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, bytes]]:
    """The two-release site, built once per test run; the tests only read it."""
    output, v1_values = build_two_releases(tmp_path_factory.mktemp("two-releases"))
    for site in shared(output):
        yield site, v1_values


@pytest.fixture
def two_releases_to_rebuild(tmp_path: Path) -> tuple[Path, bytes]:
    """The two-release site built for one test, which may build it again."""
    return build_two_releases(tmp_path)
