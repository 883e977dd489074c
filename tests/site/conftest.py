"""A site with two tagged releases, shared by the tests of releases and of figures as published."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import MEASURES, VALUES, build, git, release, write_csv, write_site


@pytest.fixture
def two_releases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, bytes]:
    """A site in a git repository with tags v1 and v2, v2 adding, revising and retiring."""
    measures = [{**m, "renumbered_as": "", "renumbered_from": ""} for m in MEASURES]
    settings = write_site(tmp_path / "site", measures=measures)
    site = settings.parent
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
    return build(settings, capsys), v1_values
