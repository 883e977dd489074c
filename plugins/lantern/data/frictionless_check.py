"""Frictionless validation of each package against the Table Schemas it declares."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from lantern.data.kept import code_version, files_digest, read_kept, write_kept
from lantern.data.problem_codes import ProblemCode
from lantern.data.problem_codes.schema import FRICTIONLESS, SCHEMA_OTHER
from lantern.data.problems import Problem
from lantern.data.schema_scan import rows_certainly_valid


def offline_session() -> Any:
    """An HTTP session that never connects: validation reads the package folder only.

    Made only when Frictionless runs: requests takes a fifth of a second to import.
    """
    import requests
    from frictionless import FrictionlessException

    class Offline(requests.Session):
        def request(self, method: str | bytes, url: str | bytes, *args: Any, **kw: Any) -> Any:
            message = f"{url!s} is on the network; a build reads local files only"
            raise FrictionlessException(message)

    return Offline()


# Frictionless reports every bad cell of a column; past this many, the rest add nothing.
MAX_ERRORS_PER_PACKAGE = 200


def package_digest(folder: Path, label: str) -> str:
    """A hash of every file of the package, its label, Lantern's code and Frictionless's
    version: the same digest means Frictionless would say the same again."""
    return files_digest(folder, f"{label}\n{code_version('frictionless')}\n")


def _kept_path(folder: Path, label: str, cache: Path | None) -> Path | None:
    return cache / "validation" / f"{package_digest(folder, label)}.json" if cache else None


def _kept_verdict(path: Path | None) -> list[Problem] | None:
    text = read_kept(path)
    if text is None:
        return None
    try:
        return [Problem.from_dict(item) for item in json.loads(text)]
    except (ValueError, TypeError, KeyError):
        return None  # not what Lantern writes: validate again and replace it


@contextmanager
def frictionless_verdicts(
    packages: list[tuple[Path, str]], cache: Path | None = None
) -> Iterator[Callable[[Path], list[Problem]]]:
    """Frictionless's problems with each ``(folder, label)`` package, by folder.

    Frictionless reads every row in Python, most of the time validation takes,
    so it runs in other processes (one per core) while Lantern reads the
    release and applies its own rules; packages too small to repay starting
    those processes (``CHECK_HERE_BELOW_BYTES``) are checked here when asked
    for. A package's verdict is kept in ``cache`` (when given) under
    ``package_digest``: a rebuild after a Markdown edit has the same data as
    the build before it, and asks nothing.
    """
    paths = {folder: _kept_path(folder, label, cache) for folder, label in packages}
    verdicts = {folder: _kept_verdict(path) for folder, path in paths.items()}
    todo = [(folder, label) for folder, label in packages if verdicts[folder] is None]
    labels = dict(todo)

    def kept(folder: Path, found: list[Problem]) -> list[Problem]:
        verdicts[folder] = found
        write_kept(paths[folder], json.dumps([p.as_dict() for p in found]))
        return found

    if not todo or sum(_bytes_in(folder) for folder, _ in todo) < CHECK_HERE_BELOW_BYTES:

        def checked_here(folder: Path) -> list[Problem]:
            found = verdicts[folder]
            return (
                kept(folder, _frictionless_problems(folder, labels[folder]))
                if found is None
                else found
            )

        yield checked_here
        return
    pool = ProcessPoolExecutor(max_workers=min(len(todo), os.cpu_count() or 1))
    try:
        running = {
            folder: pool.submit(_frictionless_problems, folder, label) for folder, label in todo
        }

        def verdict(folder: Path) -> list[Problem]:
            found = verdicts[folder]
            return kept(folder, running[folder].result()) if found is None else found

        yield verdict
    finally:
        pool.shutdown(cancel_futures=True)


# Starting the worker processes costs a tenth of a second or more (each is a fork of the
# whole build), and Frictionless reads packages this small in full in less: below this many
# bytes of packages to check, they are checked in the build's own process when asked for.
CHECK_HERE_BELOW_BYTES = 128 * 1024


def _bytes_in(folder: Path) -> int:
    """The size of a package's files (links are not followed: they are refused elsewhere)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _frictionless_problems(folder: Path, label: str) -> list[Problem]:
    """Validate ``folder/datapackage.json`` with Frictionless and translate its report.

    Row numbers follow Frictionless: the header is row 1, as in a spreadsheet,
    the same convention as Lantern's own rules.
    """
    # Imported here: a build whose packages are unchanged reuses the kept verdict and
    # never needs Frictionless (a third of a second to import).
    from frictionless import FrictionlessException, Package, system

    descriptor = folder / "datapackage.json"
    try:
        # Untrusted: frictionless refuses paths outside the folder; offline: it fetches nothing.
        with system.use_context(trusted=False, http_session=offline_session()):
            package = Package(str(descriptor))
            if _cleared_quickly(package):
                return []
            report = package.validate(limit_errors=MAX_ERRORS_PER_PACKAGE)
    except FrictionlessException as exception:
        error = exception.error
        return [
            Problem(
                f"{label}/datapackage.json",
                None,
                None,
                _sentence(error.message),
                kind=code_of(error),
            )
        ]
    problems = [
        Problem(
            f"{label}/datapackage.json",
            None,
            None,
            _sentence(_reason(package_error)),
            kind=code_of(package_error),
        )
        for package_error in report.errors
    ]
    for task in report.tasks:
        place = f"{label}/{task.place}" if not Path(task.place).is_absolute() else task.place
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None) or None
            detail = f"{error.title}: {error.note}" if error.note else error.message
            problems.append(Problem(place, row, field, _sentence(detail), kind=code_of(error)))
    return problems


# Rows Frictionless reads in full before the scan vouches for the rest.
FIRST_ROWS = 100


def _cleared_quickly(package: Any) -> bool:
    """Frictionless checks the descriptor, each table's header and its first rows, and the
    column scan (``schema_scan``) vouches for every row: together, what a full read would say
    of a valid package, at a fraction of its time. Anything less than certain is read in full.
    """
    report = package.validate(limit_rows=FIRST_ROWS, limit_errors=MAX_ERRORS_PER_PACKAGE)
    return report.valid and all(rows_certainly_valid(resource) for resource in package.resources)


def code_of(error: Any) -> ProblemCode:
    """Lantern's code for a Frictionless error: that of its type, or of the nearest family
    of types it belongs to (an ``incorrect-label`` is a ``header-error``), else ``schema-other``.
    """
    for kind in type(error).__mro__:
        code = FRICTIONLESS.get(str(getattr(kind, "type", "")))
        if code is not None:
            return code
    return SCHEMA_OTHER


def _reason(error: Any) -> str:
    """Frictionless's message with its reason (``descriptor is not valid`` says only that)."""
    note = str(getattr(error, "note", "") or "")
    return f"{error.title}: {note}" if note else str(error.message)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(".") else text + "."
