"""Data releases: git tags, what changed between them, and each release's data.

A release is a git tag (plus, usually, a release note in ``content/releases/``).
What changed is computed, never written by hand: the home area's values in one
release's ``data/`` against the previous release's, giving new periods, revised
values (old → new, with the row's note) and new or retired measures.

Reading git is the only side effect here and sits in the functions at the
bottom; ``snapshot`` and ``compare`` are pure. A folder that is not in a git
repository simply has no earlier releases.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import subprocess
import tarfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lantern.compute.model import Measure, Observation
from lantern.compute.suppression import resolve
from lantern.data.plausibility import unusual
from lantern.data.tables import parse_number
from lantern.vocab.shorthand import NOT_AVAILABLE


@dataclass(frozen=True)
class Snapshot:
    """What one release says about the home area: values by (measure, period), and measures."""

    values: dict[tuple[str, str], tuple[str, str]]  # → (value or shorthand, note)
    measures: dict[str, str]  # measure_id → title
    # Cells that could not be read, so their figure is shown as not available.
    problems: list[str] = field(default_factory=list)
    # measure_id → (min, max) hints from measures.csv, for figures worth a second look.
    hints: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class Revision:
    """A figure new in a release (no ``old``), or changed since the previous one with the
    new row's note."""

    measure_id: str
    period: str
    new: str
    old: str | None = None
    note: str = ""


@dataclass
class Changes:
    """Everything that changed from one release to the next."""

    new_periods: list[Revision] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    new_measures: list[tuple[str, str]] = field(default_factory=list)
    retired_measures: list[tuple[str, str]] = field(default_factory=list)
    first: bool = False
    # New or revised figures worth a second look: (measure_id, period, why).
    unusual: list[tuple[str, str, str]] = field(default_factory=list)


def _count(row: dict[str, str], column: str) -> float | None:
    return parse_number((row.get(column) or "").strip())


def _unreadable(row: dict[str, str]) -> list[str]:
    """The count columns holding something that is not a number."""
    return [
        c
        for c in ("numerator", "denominator")
        if (row.get(c) or "").strip() and _count(row, c) is None
    ]


def _shown(row: dict[str, str], measure: dict[str, str], suppress_below: int) -> str:
    """The figure the site shows for a row: as the engine resolves it, so a small count,
    or a value worked out from one, is ``[c]`` here just as on the measure's page."""
    try:
        decimals = int(measure.get("decimals") or 1)
    except ValueError:
        decimals = 1
    observation = Observation(
        row.get("area_code", ""),
        row.get("measure_id", ""),
        row.get("period", ""),
        numerator=_count(row, "numerator"),
        denominator=_count(row, "denominator"),
        value=_count(row, "value"),
        note=(row.get("note") or "").strip(),
    )
    unit = measure.get("unit", "")
    figure = resolve(
        observation, Measure(observation.measure_id, "", unit, "none", decimals), suppress_below
    )
    if figure.value is None:
        return figure.shorthand or NOT_AVAILABLE
    return str(figure.value)


def snapshot(data_dir: Path, area_code: str, suppress_below: int) -> Snapshot:
    """Read a release's ``data/`` as plain CSV (an old release may predate today's rules)."""
    measures: dict[str, dict[str, str]] = {}
    path = data_dir / "reference" / "measures.csv"
    if path.exists():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            measures = {r["measure_id"]: r for r in csv.DictReader(handle)}
    values: dict[tuple[str, str], tuple[str, str]] = {}
    problems: list[str] = []
    for path in sorted(data_dir.glob("*/values.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                problems += [
                    f"{path.parent.name}/{path.name} row {number}, column {column}: "
                    f"'{row[column]}' is not a number, so the figure is shown as {NOT_AVAILABLE}."
                    for column in _unreadable(row)
                ]
                if row.get("area_code") != area_code:
                    continue
                measure = measures.get(row.get("measure_id", ""), {})
                shown = _shown(row, measure, suppress_below)
                key = (row.get("measure_id", ""), row.get("period", ""))
                values[key] = (shown, (row.get("note") or "").strip())
    titles = {m: r.get("title", "") for m, r in measures.items()}
    hints = {m: (_count(r, "min"), _count(r, "max")) for m, r in measures.items()}
    return Snapshot(values, titles, problems, hints)


def _same(old: str, new: str) -> bool:
    try:
        return float(old) == float(new)
    except ValueError:
        return old == new


def compare(old: Snapshot | None, new: Snapshot) -> Changes:
    """What changed from ``old`` to ``new`` (with no ``old``, the first release)."""
    if old is None:
        return Changes(first=True, unusual=_unusual(new, set(new.values)))
    changes = Changes()
    for (measure_id, period), (value, note) in sorted(new.values.items()):
        before = old.values.get((measure_id, period))
        if before is None:
            changes.new_periods.append(Revision(measure_id, period, value))
        elif not _same(before[0], value):
            changes.revisions.append(Revision(measure_id, period, value, before[0], note))
    changes.new_measures = sorted((m, t) for m, t in new.measures.items() if m not in old.measures)
    changes.retired_measures = sorted(
        (m, t) for m, t in old.measures.items() if m not in new.measures
    )
    touched = {(r.measure_id, r.period) for r in [*changes.new_periods, *changes.revisions]}
    changes.unusual = _unusual(new, touched)
    return changes


def _unusual(snapshot: Snapshot, touched: set[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The unusual figures among those a release adds or revises."""
    figures = {
        key: number
        for key, (shown, _) in snapshot.values.items()
        if (number := parse_number(shown)) is not None
    }
    return [u for u in unusual(figures, snapshot.hints) if (u[0], u[1]) in touched]


# --- git, at the edge ---------------------------------------------------------------


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
