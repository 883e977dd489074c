"""The benchmark's ten-times release is still a valid release, ten times as long, so
validation at 10× measures reading more rows, not reporting errors."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from support import load_script, read_csv

from lantern.data.validation import validate_release

PROJECT = Path(__file__).resolve().parents[2]


def load_bench() -> Any:
    return load_script("bench")


def test_the_ten_times_release_is_valid_and_ten_times_as_long(release: Path) -> None:
    bench = load_bench()
    before = {p: len(read_csv(p)) for p in release.glob("*/values.csv")}
    bench.ten_times(release)
    assert {p: len(read_csv(p)) for p in before} == {p: 10 * n for p, n in before.items()}
    assert validate_release(release).problems == []
    # Dated snapshots move 28 years a step, so 29 February stays a real day.
    assert bench._earlier("2024-02-29", 1) == "1996-02-29"
    assert bench._earlier("2023-24 Q4", 2) == "2003-04 Q4"


def test_the_million_row_release_is_valid_and_as_long_as_asked(
    release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The benchmark grows the largest values.csv to a million rows; here, to 500."""
    bench = load_bench()
    monkeypatch.setattr(bench, "MILLION", 500)
    largest = max(release.glob("*/values.csv"), key=lambda p: p.stat().st_size)
    source = release.with_name("source")
    shutil.copytree(release, source)
    bench.ten_times(release)  # as the benchmark does first: the million replaces the 10×
    bench.million_rows(source, release)
    assert len(read_csv(largest)) == 500
    assert validate_release(release).problems == []
