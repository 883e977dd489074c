"""The words beside a badge follow the site's band method, and stated figures its threshold."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import VALUES, run_build, write_csv, write_package, write_site

FIVE_MEMBERS = [
    *VALUES[:2],
    {**VALUES[2]},
    {**VALUES[3], "numerator": "30", "denominator": "50", "value": "60.0", "note": ""},
    {
        **VALUES[3],
        "area_code": "X04",
        "numerator": "40",
        "denominator": "50",
        "value": "80.0",
        "note": "",
    },
    {
        **VALUES[3],
        "area_code": "X05",
        "numerator": "45",
        "denominator": "50",
        "value": "90.0",
        "note": "",
    },
    VALUES[4],
]


def built_site(tmp_path: Path, capsys: pytest.CaptureFixture[str], *lines: str) -> Path:
    settings = write_site(
        tmp_path / "site",
        pages={"story.md": "Title: Story\n\nWe helped {{ figure extra helped }}.\n"},
    )
    write_csv(settings.parent / "data" / "housing" / "values.csv", FIVE_MEMBERS)
    figures = [{"figure": "helped", "label": "Households helped", "value": "7", "unit": "count"}]
    write_package(
        settings.parent / "data" / "extra", "extra", {"figures.csv": (figures, ["figure"])}
    )
    with settings.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    assert run_build(settings) == 0, capsys.readouterr().err
    return settings.parent / "output"


def worked_out(output: Path) -> str:
    page = BeautifulSoup(
        (output / "measures/h1/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    return " ".join(cell.get_text(" ") for cell in page.select("td.detail"))


def test_the_badge_explanation_follows_the_band_method(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default = worked_out(built_site(tmp_path / "a", capsys))
    assert "a value on a cut-point gets the better band" in default
    legacy = worked_out(
        built_site(tmp_path / "b", capsys, 'LANTERN_BAND_METHOD = "fingertips-legacy"')
    )
    assert "a value on a cut-point goes to the quartile below it, the worse band" in legacy
    assert "gets the better band" not in legacy


def test_a_marked_stated_figure_below_the_site_threshold_is_suppressed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import support

    original = support._schema

    def marked(rows: list[dict[str, str]], key: list[str]) -> dict[str, object]:
        schema = original(rows, key)
        for field in schema["fields"]:  # type: ignore[union-attr]
            if field["name"] == "value":
                field["suppressSmallCounts"] = True
        return schema

    monkeypatch.setattr(support, "_schema", marked)
    output = built_site(tmp_path, capsys, "LANTERN_SUPPRESS_BELOW = 10")
    story = BeautifulSoup((output / "story/index.html").read_text(encoding="utf-8"), "html.parser")
    assert "We helped [c]" in " ".join(story.find("main").get_text(" ").split())
