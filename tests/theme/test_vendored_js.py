"""The vendored JavaScript: each file is in the manifest, unchanged, from the pinned packages."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from lantern.installed import THEME_PATH

PROJECT = Path(__file__).resolve().parents[2]
VENDOR = THEME_PATH / "static" / "js" / "vendor"
MANIFEST = VENDOR / "MANIFEST.json"


def manifest() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return loaded


def locked_versions() -> dict[str, str]:
    """Each package folder in package-lock.json (``node_modules/...``) and its version."""
    lock = json.loads((PROJECT / "package-lock.json").read_text(encoding="utf-8"))
    return {path: entry["version"] for path, entry in lock["packages"].items() if path}


def test_every_vendored_file_is_in_the_manifest() -> None:
    """Nothing is shipped from the vendor folder that the manifest does not account for."""
    entries = manifest()
    licence_files = {entry["licence_file"] for entry in entries.values()}
    shipped = {p.name for p in VENDOR.iterdir() if p.is_file()} - {MANIFEST.name} - licence_files
    assert shipped == set(entries)
    assert all((VENDOR / name).is_file() for name in licence_files)


@pytest.mark.parametrize("name", sorted(manifest()))
def test_each_vendored_file_matches_its_checksum(name: str) -> None:
    """A file edited by hand, or rebuilt without updating the manifest, fails here."""
    digest = hashlib.sha256((VENDOR / name).read_bytes()).hexdigest()
    assert digest == manifest()[name]["sha256"], f"{name}: run 'npm run bundle'"


@pytest.mark.parametrize("name", sorted(manifest()))
def test_each_bundled_package_is_the_version_pinned_in_package_lock(name: str) -> None:
    """The manifest's packages are those package-lock.json installs, at the same versions."""
    locked = locked_versions()
    packages = manifest()[name]["packages"]
    assert packages, f"{name} lists no packages"
    wrong = [
        f"{p['name']} {p['version']} (package-lock.json: {locked.get(p['path'], 'absent')})"
        for p in packages
        if locked.get(p["path"]) != p["version"] or not p["path"].endswith(f"/{p['name']}")
    ]
    assert wrong == [], f"{name}: run 'npm run bundle'"


@pytest.mark.parametrize("name", sorted(manifest()))
def test_each_bundled_package_has_its_licence_in_the_licence_file(name: str) -> None:
    """Every package in a file is named, with its version, in the file's licences."""
    entry = manifest()[name]
    licences = (VENDOR / entry["licence_file"]).read_text(encoding="utf-8")
    missing = [
        p["name"]
        for p in entry["packages"]
        if f"{p['name']} {p['version']} ({p['licence']})" not in licences
    ]
    assert missing == []
