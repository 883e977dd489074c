"""Release tags in git, and each tag's copy of the data, read safely.

Reading git is the only side effect of the releases and sits here, at the
edge: what a release published and what changed between two are worked out
from the folders these functions give back. A folder that is not in a git
repository simply has no earlier releases; a tag whose data cannot be given
back whole and inside its folder is refused rather than read in part.
"""

from __future__ import annotations

import fnmatch
import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class Tag:
    """A release tag: its name, the date it was made, and its commit."""

    name: str
    date: str
    commit: str


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


class GitMissing(Exception):
    """git is not installed, so no earlier release can be read."""


def repository_of(folder: Path) -> Path | None:
    """The root of the git repository holding ``folder``, or None when it is in none.

    Raises GitMissing when git itself cannot be run, so the build can say so
    instead of quietly showing no history.
    """
    try:
        found = _git(folder, "rev-parse", "--show-toplevel")
    except OSError as error:
        raise GitMissing(str(error)) from None
    if found.returncode != 0:
        return None
    return Path(found.stdout.decode().strip())


def release_tags(repo: Path, pattern: str) -> list[Tag]:
    """Tags matching ``pattern`` (a shell glob), oldest first."""
    listed = _git(
        repo,
        "for-each-ref",
        "--sort=creatordate",
        "--format=%(refname:short)\t%(creatordate:short)\t%(objectname)",
        "refs/tags",
    )
    tags = []
    for line in listed.stdout.decode().splitlines():
        name, day, commit = line.split("\t")
        if fnmatch.fnmatch(name, pattern):
            tags.append(Tag(name, day, commit))
    return tags


class ReleaseUnreadable(Exception):
    """A release tag's data cannot be read safely; the message says why."""


def _refused(member: tarfile.TarInfo, data_path: str) -> str | None:
    """Why an entry of a tag's archive may not be extracted, or None."""
    name = PurePosixPath(member.name)
    if member.issym() or member.islnk():
        return f"{member.name} is a link; a release holds its own files"
    if name.is_absolute() or ".." in name.parts or not member.name.startswith(data_path):
        return f"{member.name} is outside {data_path}/"
    if not (member.isfile() or member.isdir()):
        return f"{member.name} is not a file or folder"
    return None


def extract_data(repo: Path, tag: str, data_path: str, target: Path) -> Path:
    """Write the tag's copy of ``data_path`` under ``target`` and return it.

    Raises ReleaseUnreadable when git cannot give the tag's data, or when the
    data holds a link or a name outside its folder: nothing of it is written.
    """
    archived = _git(repo, "archive", "--format=tar", tag, "--", data_path)
    if archived.returncode != 0:
        reason = archived.stderr.decode(errors="replace").strip().splitlines()
        raise ReleaseUnreadable(
            f"git cannot read {data_path}/ at tag {tag}" + (f" ({reason[-1]})" if reason else "")
        )
    try:
        with tarfile.open(fileobj=io.BytesIO(archived.stdout)) as archive:
            members = archive.getmembers()
            refused = [r for m in members if (r := _refused(m, data_path))]
            if refused:
                raise ReleaseUnreadable("; ".join(refused[:5]))
            archive.extractall(target, members=members, filter="data")
    except tarfile.TarError as error:
        raise ReleaseUnreadable(f"its data cannot be unpacked ({error})") from None
    return target / data_path
