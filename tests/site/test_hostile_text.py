"""Hostile text in a release stays text: in links, feeds and spreadsheet downloads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from support import VALUES, git, release, run_build, write_csv, write_site

from lantern.site.downloads import spreadsheet_safe


def test_a_script_link_as_the_licence_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site")
    descriptor = settings.parent / "data/housing/datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    package["licenses"][0]["path"] = "javascript:alert(document.cookie)"
    descriptor.write_text(json.dumps(package), encoding="utf-8")
    assert run_build(settings) == 1
    err = capsys.readouterr().err
    assert "housing/datapackage.json" in err and "javascript:alert" in err
    assert "only http:// and https://" in err


@pytest.mark.parametrize(
    ("cell", "published"),
    [
        ('=HYPERLINK("http://evil.example","click")', "'=HYPERLINK(\"http://evil.example\",\"click\")"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("\tTab", "'\tTab"),
        ("-3.5", "-3.5"),
        ("Riverside", "Riverside"),
    ],
)  # fmt: skip
def test_a_cell_that_would_run_as_a_formula_is_neutralised(cell: str, published: str) -> None:
    assert spreadsheet_safe(cell) == published


def test_notes_and_names_reach_feeds_and_downloads_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site")
    site = settings.parent
    git(site, "init", "-q")
    release(site, "v1", "2024-01-31T09:00:00")
    hostile = '<img src=x onerror="alert(1)"> =HYPERLINK("http://evil.example")'
    values = [dict(v) for v in VALUES]
    values[0].update(numerator="41", value="51.3", note=hostile)
    write_csv(site / "data/housing/values.csv", values)
    release(site, "v2", "2024-02-28T09:00:00")
    assert run_build(settings) == 0, capsys.readouterr().err
    output = site / "output"
    feed = ET.parse(output / "feeds/releases.atom.xml")
    summaries = [e.text or "" for e in feed.iter("{http://www.w3.org/2005/Atom}summary")]
    assert any("&lt;img" in s for s in summaries)
    assert not any("<img" in s for s in summaries)
    rows = list(csv.DictReader(io.StringIO((output / "data/housing/values.csv").read_text())))
    assert (
        rows[0]["note"] == "'" + hostile if hostile.startswith("=") else rows[0]["note"] == hostile
    )
    archived = (output / "data/releases/v2/housing/values.csv").read_text(encoding="utf-8")
    assert "onerror" in archived  # kept as text, not dropped
