"""The quick column scan never changes what validation says, and the example takes it.

The scan lets a valid package skip Frictionless's row-by-row read. It may only
ever say "valid" where Frictionless would: for each table below, a valid one
and many that are wrong in one way or look unusual, the verdict with the scan
equals the verdict of Frictionless reading every row.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from frictionless import Package

from lantern.data import frictionless_check
from lantern.data.frictionless_check import _frictionless_problems
from lantern.data.schema_scan import rows_certainly_valid
from lantern.data.validation import package_folders

HEADER = "code,part,count,share,status"
GOOD_ROWS = ["A1,x,12,3.5,final", "A1,y,0,-0.25,provisional", "B2,,7,,final"]
SCHEMA = {
    "fields": [
        {"name": "code", "type": "string", "constraints": {"required": True}},
        {"name": "part", "type": "string"},
        {"name": "count", "type": "integer"},
        {"name": "share", "type": "number"},
        {"name": "status", "type": "string", "constraints": {"enum": ["final", "provisional"]}},
    ],
    "primaryKey": ["code", "part"],
    "missingValues": [""],
}

# Each case: the CSV text replacing the good one.
GOOD = "\n".join([HEADER, *GOOD_ROWS]) + "\n"
CASES = {
    "valid": GOOD,
    "crlf line ends": GOOD.replace("\n", "\r\n"),
    "number in exponent form": GOOD.replace("3.5", "1e5"),
    "number with a space": GOOD.replace("3.5", " 3.5"),
    "number with a thousands comma": GOOD.replace("3.5", '"1,000"'),
    "number with a plus sign": GOOD.replace("3.5", "+3.5"),
    "number written NaN": GOOD.replace("3.5", "NaN"),
    "number ending in a point": GOOD.replace("3.5", "3."),
    "number in other digits": GOOD.replace("3.5", "\u0663.5"),
    "number over two lines": GOOD.replace("3.5", '"3\n5"'),
    "integer with a point": GOOD.replace(",12,", ",12.0,"),
    "integer in words": GOOD.replace(",12,", ",twelve,"),
    "integer of 5000 digits": GOOD.replace(",12,", "," + "9" * 5000 + ","),
    "required cell empty": GOOD.replace("B2,,7", ",,7"),
    "status not allowed": GOOD.replace("provisional", "draft"),
    "repeated key": GOOD + "A1,x,1,1,final\n",
    "key wholly empty": GOOD + ",,1,1,final\n",
    "blank row": GOOD + ",,,,\n",
    "empty line": GOOD.replace("\nB2", "\n\nB2"),
    "extra cell": GOOD + "C3,z,1,1,final,extra\n",
    "missing cell": GOOD + "C3,z,1\n",
    "header renamed": GOOD.replace("share", "Share", 1),
    "header reordered": GOOD.replace("count,share", "share,count", 1),
    "byte order mark": "\ufeff" + GOOD,
    "semicolons": GOOD.replace(",", ";"),
    "quoted cells": GOOD.replace("A1,x,12", '"A1","x","12"'),
    "not UTF-8": GOOD.replace("A1", "A\xe91"),
    "header only": HEADER + "\n",
}

# The cases Frictionless accepts: the scan must say "valid" only of some of these.
ACCEPTED = {
    "valid", "crlf line ends", "number in exponent form", "number with a space",
    "number with a plus sign", "number written NaN", "number ending in a point",
    "number in other digits", "byte order mark", "semicolons", "quoted cells", "header only",
}  # fmt: skip


def _package(folder: Path, text: str) -> Path:
    folder.mkdir()
    encoding = "latin-1" if "\xe9" in text else "utf-8"
    (folder / "table.csv").write_bytes(text.encode(encoding))
    resource = {"name": "table", "path": "table.csv", "format": "csv", "encoding": "utf-8"}
    descriptor = {"name": "scan", "resources": [{**resource, "schema": SCHEMA}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", CASES)
def test_the_scan_never_changes_the_verdict(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _package(tmp_path / "scan", CASES[case])
    with_scan = _frictionless_problems(folder, "scan")
    monkeypatch.setattr(frictionless_check, "_cleared_quickly", lambda package: False)
    full_read = _frictionless_problems(folder, "scan")
    assert with_scan == full_read
    assert bool(full_read) == (case not in ACCEPTED), "the cases should test both verdicts"


def test_the_scan_vouches_for_the_good_table(tmp_path: Path) -> None:
    folder = _package(tmp_path / "scan", GOOD)
    package = Package(str(folder / "datapackage.json"))
    assert all(rows_certainly_valid(resource) for resource in package.resources)


@pytest.mark.parametrize(
    "case", ["number in exponent form", "repeated key", "blank row", "number over two lines"]
)
def test_the_scan_leaves_what_it_is_unsure_of_to_frictionless(case: str, tmp_path: Path) -> None:
    folder = _package(tmp_path / "scan", CASES[case])
    package = Package(str(folder / "datapackage.json"))
    assert not any(rows_certainly_valid(resource) for resource in package.resources)


def test_every_table_of_the_example_is_cleared_by_the_scan(project: Path) -> None:
    """Otherwise validating the example reads every row in Frictionless again: slower,
    never wrong, so only this test would notice."""
    for folder in package_folders(project / "data"):
        package = Package(str(folder / "datapackage.json"))
        unsure = [r.name for r in package.resources if not rows_certainly_valid(r)]
        assert unsure == [], f"{folder.name}: {unsure}"
