"""What gets installed is exactly what was reviewed: every file pinned by version and hash."""

from __future__ import annotations

import importlib.metadata
import json
import re
import tomllib
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;]+)")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


def normal(name: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_entries() -> dict[str, tuple[str, list[str]]]:
    """requirements.lock as name -> (version, hashes), continuation lines joined."""
    text = (PROJECT / "requirements.lock").read_text(encoding="utf-8").replace("\\\n", " ")
    entries = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"not pinned to one version: {line[:80]}"
        entries[normal(match.group(1))] = (match.group(3), HASH.findall(line))
    return entries


def declared_pins() -> dict[str, str]:
    """Every direct requirement: pyproject.toml's dependencies and requirements-dev.in."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    lines = list(project["project"]["dependencies"])
    lines += (PROJECT / "requirements-dev.in").read_text(encoding="utf-8").splitlines()
    pins = {}
    for raw in lines:
        line = raw.split("#")[0].strip()
        if line:
            match = PIN.match(line)
            assert match, f"a direct requirement must be pinned with ==: {line}"
            pins[normal(match.group(1))] = match.group(3)
    return pins


def test_every_locked_package_has_a_version_and_a_hash() -> None:
    entries = lock_entries()
    assert len(entries) > 20
    assert not [name for name, (_, hashes) in entries.items() if not hashes]


def test_every_direct_requirement_is_locked_at_the_version_declared() -> None:
    entries = lock_entries()
    for name, version in declared_pins().items():
        assert name in entries, f"{name} is declared but not in requirements.lock: run make lock"
        assert entries[name][0] == version, f"{name}: declared {version}, locked {entries[name][0]}"


def test_the_lock_is_installed_with_hashes_required() -> None:
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "-r requirements.lock" in line]
    assert installs and all("--require-hashes" in line for line in installs)


def test_the_installed_packages_are_the_locked_ones() -> None:
    """The tests ran against exactly what a council installs."""
    installed = {
        normal(dist.metadata["Name"]): dist.version for dist in importlib.metadata.distributions()
    }
    for name, (version, _) in lock_entries().items():
        assert installed.get(name) == version, f"{name}: locked {version}, {installed.get(name)}"


def test_every_npm_package_is_pinned_with_an_integrity_hash() -> None:
    lock = json.loads((PROJECT / "package-lock.json").read_text(encoding="utf-8"))
    packages = {path: entry for path, entry in lock["packages"].items() if path}
    assert packages
    for path, entry in packages.items():
        assert entry.get("version"), path
        assert str(entry.get("integrity", "")).startswith("sha512-"), path
