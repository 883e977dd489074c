"""Frictionless validation of each package against the Table Schemas it declares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
from frictionless import FrictionlessException, Package, system

from lantern.data.problems import Problem


class Offline(requests.Session):
    """An HTTP session that never connects: validation reads the package folder only."""

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        raise FrictionlessException(f"{url!s} is on the network; a build reads local files only")


# Frictionless reports every bad cell of a column; past this many, the rest add nothing.
MAX_ERRORS_PER_PACKAGE = 200


def frictionless_problems(folder: Path, label: str) -> list[Problem]:
    """Validate ``folder/datapackage.json`` with Frictionless and translate its report.

    Row numbers follow Frictionless: the header is row 1, as in a spreadsheet,
    the same convention as Lantern's own rules.
    """
    descriptor = folder / "datapackage.json"
    try:
        # Untrusted: frictionless refuses paths outside the folder; offline: it fetches nothing.
        with system.use_context(trusted=False, http_session=Offline()):
            package = Package(str(descriptor))
            report = package.validate(limit_errors=MAX_ERRORS_PER_PACKAGE)
    except FrictionlessException as exception:
        return [
            Problem(f"{label}/datapackage.json", None, None, _sentence(exception.error.message))
        ]
    problems = [
        Problem(f"{label}/datapackage.json", None, None, _sentence(_reason(package_error)))
        for package_error in report.errors
    ]
    for task in report.tasks:
        place = f"{label}/{task.place}" if not Path(task.place).is_absolute() else task.place
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None) or None
            detail = f"{error.title}: {error.note}" if error.note else error.message
            problems.append(Problem(place, row, field, _sentence(detail)))
    return problems


def _reason(error: Any) -> str:
    """Frictionless's message with its reason (``descriptor is not valid`` says only that)."""
    note = str(getattr(error, "note", "") or "")
    return f"{error.title}: {note}" if note else str(error.message)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(".") else text + "."
