"""Shards: a site built in parts (on one machine or many) and merged is the site one build
writes, byte for byte; parts of different builds are never merged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from support import NATIONAL_SETTINGS, PROJECT, run_build, snapshot, write_site

from lantern.build import search_index
from lantern.build.checked import release_prepared
from lantern.build.merge import merge_shards
from lantern.build.shards import MARKER, Shard, plan_for
from lantern.cli import parallel
from lantern.cli.build import read_site_settings
from lantern.cli.command import main
from lantern.config.settings import read_settings
from lantern.data.problems import LanternError

# Every build here is at one fixed time, as the publishing workflow fixes it for its shards.
EPOCH = "1763900000"


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def test_the_example_built_as_three_shards_merges_into_the_single_build(
    tmp_path: Path, whole_build: Callable[..., Path]
) -> None:
    settings = PROJECT / "pelicanconf.py"
    single = whole_build(settings, tmp_path / "single")
    parts = [whole_build(settings, tmp_path / f"part{k}", Shard(k, 3)) for k in (1, 2, 3)]
    every = pages(single)
    shares = [pages(part) for part in parts]
    # Each shard writes a share of the pages, and together exactly every page once.
    assert all(0 < len(share) < len(every) for share in shares)
    assert sum(len(share) for share in shares) == len(every)
    assert set().union(*shares) == every
    assert not (parts[0] / "pagefind").exists(), "the search index is the merge's"
    merged = merge_shards(parts, tmp_path / "merged")
    assert snapshot(merged) == snapshot(single)


# Four North West councils: enough for each of two shards to write some areas' pages.
REGIONAL_AREAS = ["E06000009", "E08000012", "E08000014", "E08000015"]


def regional_settings(tmp_path: Path) -> Path:
    """The national example for four North West councils only, paths made absolute."""
    settings = tmp_path / "regional.py"
    national = NATIONAL_SETTINGS.parent
    settings.write_text(
        "import runpy\n"
        f"_national = runpy.run_path({str(NATIONAL_SETTINGS)!r})\n"
        "globals().update({k: v for k, v in _national.items() if k.isupper()})\n"
        f"LANTERN_AREAS = {REGIONAL_AREAS!r}\n"
        f"PATH = {str(national / 'content')!r}\n"
        f"LANTERN_DATA_PATH = {str(PROJECT / 'data')!r}\n"
        f"LANTERN_CACHE_PATH = {str(tmp_path / 'cache')!r}\n"
        f"OUTPUT_PATH = {str(tmp_path / 'output')!r}\n",
        encoding="utf-8",
    )
    return settings


def test_a_national_site_built_on_two_cores_is_the_single_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--jobs 2``: checked and computed once, two shards at once, merged; the data the
    single build checked and the search index it kept for these very pages are reused,
    not made again."""
    settings = regional_settings(tmp_path)
    site_settings = read_settings(read_site_settings(settings))
    assert not release_prepared(site_settings), "nothing is kept before the first build"
    assert main(["build", "--settings", str(settings), "--output", str(tmp_path / "one")]) == 0
    capsys.readouterr()
    assert release_prepared(site_settings)

    def no_prepare(*args: object) -> None:
        raise AssertionError("'lantern prepare' ran again for data already checked")

    monkeypatch.setattr(parallel, "_finish", no_prepare)

    def no_pagefind(site: Path) -> None:
        raise AssertionError(f"Pagefind ran again on {site}, for pages it has indexed")

    monkeypatch.setattr(search_index, "_run_pagefind", no_pagefind)
    assert main(["build", "--settings", str(settings), "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert "as 2 shards at once" in out and "Shard 2/2: Built the site" in out
    single, merged = snapshot(tmp_path / "one"), snapshot(tmp_path / "output")
    assert any(name.startswith("areas/e08000012/") for name in merged), "Liverpool's pages"
    assert merged == single
    assert not list(tmp_path.glob(".output*.building-*")), "no shard folder is left behind"


def test_an_areas_pages_stay_together_and_areas_are_shared_out_evenly() -> None:
    areas = [f"e0{n:07d}" for n in range(40)]
    plans = [plan_for(Shard(k, 4), areas, "areas/") for k in range(1, 5)]
    for area in areas:
        owners = [
            [plan.owns(f"areas/{area}/{page}") for plan in plans]
            for page in ("index.html", "2a1/index.html", "1c1a/index.html")
        ]
        assert all(row == owners[0] for row in owners) and sum(owners[0]) == 1, area
    counts = [sum(plan.owns(f"areas/{a}/index.html") for a in areas) for plan in plans]
    assert counts == [10, 10, 10, 10]
    for page in ("index.html", "areas/index.html", "measures/2a1/index.html"):
        assert sum(plan.owns(page) for plan in plans) == 1, page


def small_shards(tmp_path: Path, count: int) -> list[Path]:
    """A small made-up site built as ``count`` shards, with the ``lantern`` command."""
    settings = write_site(tmp_path / "site")
    folders = []
    for number in range(1, count + 1):
        folder = tmp_path / f"part{number}"
        code = main(
            [
                "build",
                "--settings",
                str(settings),
                "--shard",
                f"{number}/{count}",
                "--output",
                str(folder),
            ]
        )
        assert code == 0
        folders.append(folder)
    return folders


def merge_problems(folders: list[Path], output: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["merge", *map(str, folders), "--output", str(output)]) == 1
    return capsys.readouterr().err


def test_merge_refuses_a_missing_shard_and_leaves_the_site_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = small_shards(tmp_path, 3)
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("last good site", encoding="utf-8")
    err = merge_problems(folders[:2], output, capsys)
    assert "built as 3 shards; missing: 3" in err
    assert "previous site was left as it was" in err
    assert (output / "index.html").read_text(encoding="utf-8") == "last good site"
    err = merge_problems([folders[0], folders[0], folders[1]], output, capsys)
    assert "given twice: 1" in err


def test_merge_refuses_shards_of_different_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = small_shards(tmp_path, 2)
    mark = json.loads((folders[1] / MARKER).read_text(encoding="utf-8"))
    (folders[1] / MARKER).write_text(json.dumps({**mark, "built_at": "2020-01-01T00:00:00"}))
    err = merge_problems(folders, tmp_path / "output", capsys)
    assert f"{folders[1]}: shard 2/2 was not built with shard 1/2" in err
    assert "same SOURCE_DATE_EPOCH" in err


def test_merge_refuses_files_two_shards_disagree_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = small_shards(tmp_path, 2)
    shared = next(p for p in folders[1].rglob("*.css"))
    shared.write_text("changed", encoding="utf-8")
    name = shared.relative_to(folders[1]).as_posix()
    err = merge_problems(folders, tmp_path / "output", capsys)
    assert f"{name}: shards {folders[0]} and {folders[1]} wrote different files" in err


def test_merge_says_when_a_folder_is_not_a_shard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site")
    assert run_build(settings) == 0
    err = merge_problems([settings.parent / "output"], tmp_path / "merged", capsys)
    assert "not the output of 'lantern build --shard K/N'" in err


@pytest.mark.parametrize("given", ["5/4", "0/2", "two", "1/"])
def test_a_wrong_shard_is_named(
    given: str, fixture_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--settings", str(fixture_site), "--shard", given]) == 1
    err = capsys.readouterr().err
    assert f"--shard {given}: give the shard as K/N" in err
    assert not (fixture_site.parent / "output").exists()


def test_two_builds_at_one_time_are_byte_for_byte_the_same(tmp_path: Path) -> None:
    settings = write_site(tmp_path / "site")
    assert run_build(settings) == 0
    first = snapshot(settings.parent / "output")
    assert run_build(settings) == 0
    assert snapshot(settings.parent / "output") == first


def test_a_wrong_source_date_epoch_is_named(
    fixture_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert run_build(fixture_site) == 1
    assert "SOURCE_DATE_EPOCH='yesterday': give the build time as whole seconds" in (
        capsys.readouterr().err
    )


def test_merge_problems_are_plain_lines_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(LanternError):
        merge_shards([], tmp_path / "output")
    err = merge_problems([tmp_path / "nowhere"], tmp_path / "output", capsys)
    assert "Traceback" not in err and "nowhere" in err
