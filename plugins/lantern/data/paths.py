"""Where a release's files may be: inside their package folder, on this disk, and real.

A descriptor is data a council was sent or copied, and an old release tag is
whatever was committed then, so neither is trusted to point at files. A path
that leaves the package, a web address, or a symbolic link could make the
build read, and then publish, something that was never part of the release
(``../../.git/config``, ``/etc/hostname``), or fetch from the network. Each is
refused before any file is opened.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit


def path_problem(folder: Path, path: object) -> str | None:
    """Why a resource ``path`` may not be read from ``folder``, or None if it may."""
    if not isinstance(path, str) or not path:
        return (
            f"Resource path {path!r} must be the name of one file in the package folder "
            "(not a list or an empty value)."
        )
    if "://" in path or path.startswith("//"):
        return f"Resource path '{path}' is a web address: a release holds its own files."
    pure = PurePosixPath(path.replace("\\", "/"))
    if pure.is_absolute() or Path(path).is_absolute() or ".." in pure.parts or ":" in path:
        return f"Resource path '{path}' must be a file inside the package folder."
    target = folder / pure
    for step in (folder, *reversed(target.parents[: len(pure.parts) - 1]), target):
        if step.is_symlink():
            return f"Resource path '{path}' goes through a symbolic link, {step.name}."
    if not target.resolve().is_relative_to(folder.resolve()):
        return f"Resource path '{path}' must be a file inside the package folder."
    return None


def symlinks_under(root: Path) -> list[Path]:
    """Every symbolic link under ``root`` (not followed), so none is read or published."""
    found = []
    for here, folders, files in os.walk(root, followlinks=False):
        for name in [*folders, *files]:
            if (Path(here) / name).is_symlink():
                found.append(Path(here) / name)
    return sorted(found)


def is_public_link(url: str) -> bool:
    """Whether a link from the data may go on a page: ``http(s)`` or relative, nothing else.

    ``javascript:``, ``data:`` and the like would run or carry content in a
    reader's browser; a control character or space can hide one.
    """
    if not url or any(ord(c) < 33 or c == "\\" for c in url):
        return False
    scheme = urlsplit(url).scheme.lower()
    return scheme in ("http", "https") or (scheme == "" and not url.startswith("//"))


def link_problems(descriptor: dict[str, object]) -> list[str]:
    """The licence and source links of a descriptor that may not be published."""
    found = []
    for key in ("licenses", "sources"):
        entries = descriptor.get(key)
        for entry in entries if isinstance(entries, list) else []:
            link = entry.get("path") if isinstance(entry, dict) else None
            if isinstance(link, str) and link and not is_public_link(link):
                found.append(
                    f"The {key[:-1]} link '{link}' is not a web address: only http:// and "
                    "https:// addresses, or addresses on this site, are published."
                )
    return found


def public_link(url: str) -> str:
    """``url`` if it may go on a page, else nothing: the text is shown without a link."""
    return url if is_public_link(url) else ""
