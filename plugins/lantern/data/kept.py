"""Files Lantern keeps between builds in its cache folder, each with its checksum.

Drawn charts, finished figures and Frictionless's verdict on a package are
kept so that a rebuild with unchanged inputs need not make them again. A file
there can be cut short by a full disk or changed by anyone who can write to
the folder, so each is written with the SHA-256 of its text beside it and is
read back only when that still matches; otherwise the caller makes it again.
What a kept file may hold beyond that (plain SVG, say) is the caller's check.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
from functools import cache
from importlib import metadata
from pathlib import Path

from lantern.vocab.language import active_language

LANTERN_ROOT = Path(__file__).resolve().parents[1]


def sha256_text(text: str) -> str:
    """The SHA-256 of ``text`` as UTF-8, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_kept_bytes(path: Path | None) -> bytes | None:
    """The bytes kept at ``path``, or None when there are none or they are not what was
    written."""
    if path is None:
        return None
    digest = path.with_suffix(".sha256")
    if not (path.is_file() and digest.is_file()):
        return None
    content = path.read_bytes()
    expected = digest.read_text(encoding="utf-8").strip()
    return content if expected == hashlib.sha256(content).hexdigest() else None


def write_kept_bytes(path: Path | None, content: bytes) -> None:
    """Keep ``content`` at ``path`` with its checksum (nothing when ``path`` is None).

    Each file is written under a temporary name and renamed into place, so two
    builds sharing the folder (shards, or ``--jobs``) never read half a file.
    """
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    for target, data in (
        (path, content),
        (path.with_suffix(".sha256"), (hashlib.sha256(content).hexdigest() + "\n").encode()),
    ):
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        partial.write_bytes(data)
        partial.replace(target)


def keep_only(path: Path | None, content: bytes) -> None:
    """Keep ``content`` at ``path`` in place of every other file of its kind in its folder:
    results kept for the latest inputs only, so the cache folder does not grow."""
    if path is None:
        return
    for old in path.parent.glob(f"*{path.suffix}"):
        if old != path:
            old.unlink(missing_ok=True)
            old.with_suffix(".sha256").unlink(missing_ok=True)
    write_kept_bytes(path, content)


def read_kept(path: Path | None) -> str | None:
    """The text kept at ``path``, or None when there is none or it is not what was written."""
    content = read_kept_bytes(path)
    return None if content is None else content.decode("utf-8", errors="replace")


def write_kept(path: Path | None, text: str) -> None:
    """Keep ``text`` at ``path`` with its checksum (nothing when ``path`` is None)."""
    write_kept_bytes(path, text.encode("utf-8"))


def files_digest(folder: Path, header: str, pattern: str = "*") -> str:
    """A hash of ``header`` and every file under ``folder`` matching ``pattern`` (its path
    there and its bytes): the name a kept result gets, so it is used only while nothing
    it was made from changed."""
    digest = hashlib.sha256(header.encode("utf-8"))
    for name in _matching_files(folder, pattern):
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256((folder / name).read_bytes()).digest())
    return digest.hexdigest()


def _matching_files(folder: Path, pattern: str) -> list[str]:
    """The paths under ``folder`` (``/``-separated, in path order) of the files whose
    names match ``pattern``: ``os.walk`` rather than ``rglob``, as a built national site
    holds 60,000 files and pathlib's objects cost more than reading the folders."""
    found = []
    for here, _, files in os.walk(folder):
        prefix = Path(here).relative_to(folder).as_posix()
        prefix = "" if prefix == "." else f"{prefix}/"
        found += [f"{prefix}{name}" for name in fnmatch.filter(files, pattern)]
    return sorted(found, key=lambda name: name.split("/"))


def code_version(*packages: str) -> str:
    """A hash of Lantern's own code, the versions of ``packages`` and the catalogue of the
    site's language: a kept file named with it is never used by a Lantern whose code, whose
    libraries or whose words have changed."""
    return sha256_text(f"{_code_and_libraries(*packages)}\n{active_language().version}")


@cache
def _code_and_libraries(*packages: str) -> str:
    """A hash of Lantern's own code and the versions of ``packages``."""
    digest = hashlib.sha256()
    for path in sorted(LANTERN_ROOT.rglob("*.py")):
        digest.update(path.relative_to(LANTERN_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    for package in packages:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()
