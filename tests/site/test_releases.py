"""Releases: what changed between two tagged releases, their permanent zips, feeds, redirects."""

from __future__ import annotations

import csv
import urllib.request
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from serving import serve
from support import VALUES, build, git, release, write_csv, write_site

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_release_note_lists_new_periods_revisions_and_measures(
    two_releases: tuple[Path, bytes],
) -> None:
    output = two_releases[0]
    note = BeautifulSoup(
        (output / "releases/v2/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    text = " ".join(note.find("main").get_text(" ").split())
    assert "New figure for 2024-25: 78.9%." in text  # 60 / 76
    assert "2022-23 revised from 50.0% to 52.5%. Revised: two late returns." in text
    assert "Households rehoused : New measure." in text
    # A measure no longer published has no page to link to.
    assert "Days in temporary accommodation: No longer published." in text
    releases = (output / "releases/index.html").read_text(encoding="utf-8")
    assert "The first release." in releases and "Spring release" in releases


def test_both_releases_data_stay_downloadable(two_releases: tuple[Path, bytes]) -> None:
    output, v1_values = two_releases
    with serve(output) as base:
        for tag in ("v1", "v2"):
            for path in (
                f"data/releases/{tag}/{tag}.zip",
                f"data/releases/{tag}/housing/housing.zip",
            ):
                with urllib.request.urlopen(f"{base}/{path}") as response:
                    assert response.status == 200
    with zipfile.ZipFile(output / "data/releases/v1/housing/housing.zip") as archive:
        assert archive.read("housing/values.csv") == v1_values
    with zipfile.ZipFile(output / "data/releases/v2/v2.zip") as archive:
        rows = list(csv.DictReader(archive.read("v2/housing/values.csv").decode().splitlines()))
        assert any(r["period"] == "2024-25" for r in rows)


def test_the_feeds_are_valid_atom_with_one_entry_per_release(
    two_releases: tuple[Path, bytes],
) -> None:
    output = two_releases[0]
    feed = ET.parse(output / "feeds/releases.atom.xml").getroot()
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["Spring release", "Release v1"]
    measure = ET.parse(output / "measures/h1/updates.atom.xml").getroot()
    [latest, first] = measure.findall(f"{ATOM}entry")
    assert "revised from 50.0% to 52.5%" in (latest.find(f"{ATOM}summary").text or "")
    assert first.find(f"{ATOM}summary").text == "First published."


def test_a_renumbered_code_redirects_to_the_measure(two_releases: tuple[Path, bytes]) -> None:
    output = two_releases[0]
    page = BeautifulSoup(
        (output / "measures/hx1/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    refresh = page.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh["content"].endswith("measures/h1/")
    assert page.find("main").find("a")["href"].endswith("measures/h1/")


def test_a_site_outside_git_builds_with_no_release_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = build(write_site(tmp_path / "site"), capsys)
    assert "There are no releases yet." in (output / "releases/index.html").read_text(
        encoding="utf-8"
    )


def test_a_build_from_another_folder_still_finds_the_releases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lantern.cli.command import main

    settings = write_site(tmp_path / "site")
    git(settings.parent, "init", "-q")
    release(settings.parent, "v1", "2024-01-31T09:00:00")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["build", "--settings", str(settings)]) == 0, capsys.readouterr().err
    releases = (settings.parent / "output/releases/index.html").read_text(encoding="utf-8")
    assert "There are no releases yet." not in releases
    assert "Release v1" in releases


def test_a_release_compares_the_figures_the_site_shows_small_counts_suppressed(
    tmp_path: Path,
) -> None:
    """What changed between releases is worked out from the figures the engine resolved,
    so a small count (and the value worked out from it) is [c] there as on the page."""
    from lantern.build.checked import checked_release
    from lantern.cli.build import read_site_settings
    from lantern.config.settings import read_settings
    from lantern.releases.areas import load_area
    from lantern.releases.figures import release_figures

    settings = write_site(tmp_path / "site")
    values = [dict(v) for v in VALUES]
    values[0].update(numerator="3", denominator="80", value="3.8")
    write_csv(settings.parent / "data/housing/values.csv", values)
    site = read_settings(read_site_settings(settings))
    area = load_area(site, checked_release(site))
    figures = release_figures(area)
    first = (values[0]["measure_id"], values[0]["period"])
    assert figures.values[first][0] == "[c]"
    second = (values[1]["measure_id"], values[1]["period"])
    assert figures.values[second][0] == str(float(values[1]["value"]))


def test_an_unusual_new_figure_is_listed_in_the_release_note_and_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site")
    site = settings.parent
    git(site, "init", "-q")
    release(site, "v1", "2024-01-31T09:00:00")
    values = [dict(v) for v in VALUES]
    values.append({**values[-1], "period": "2024-12", "value": "400", "note": ""})  # 38 before
    write_csv(site / "data/housing/values.csv", values)
    notes = site / "content/releases"
    notes.mkdir(parents=True)
    (notes / "v2.md").write_text(
        "Title: Winter release\nDate: 2025-01-31\nSlug: v2\nRelease: v2\n\nNew.\n",
        encoding="utf-8",
    )
    output = build(settings, capsys)
    err = capsys.readouterr().err
    assert (
        "Check H2, Days in temporary accommodation: December 2024: unusual, 10 or more times" in err
    )
    note = " ".join(
        BeautifulSoup((output / "releases/v2/index.html").read_text(encoding="utf-8"),
                      "html.parser").get_text(" ").split()
    )  # fmt: skip
    assert (
        "December 2024: unusual, 10 or more times the November 2024 figure; published as "
        "supplied." in note
    )
