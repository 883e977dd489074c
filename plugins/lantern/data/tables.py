"""Reading the CSV files of a data release as plain text rows.

The validator works on text, not on typed values, so it can say exactly what
was found in a cell ("got '12,5'") rather than what a parser made of it.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lantern.data.paths import link_problems, path_problem
from lantern.data.problem_codes import ProblemCode, files
from lantern.data.problems import Problem

PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


@lru_cache(maxsize=1 << 16)
def parse_number(text: str) -> float | None:
    """A number written plainly (``1234.5``, ``-3``), or None.

    Python's ``float`` also reads ``1_4``, ``1e300``, ``inf`` and `` 12 ``; a
    spreadsheet does not write those, so they are not numbers here either.
    Several rules read each cell, and figures repeat: the latest are remembered.
    """
    if not PLAIN_NUMBER.fullmatch(text):
        return None
    return float(text)


@dataclass
class Table:
    """A CSV file read as text: its header and its rows keyed by column name.

    ``rows[i]`` is spreadsheet row ``i + 2`` (row 1 is the header), unless blank
    rows were left out: then ``row_numbers[i]`` is.
    """

    path: Path
    label: str
    columns: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    row_numbers: list[int] | None = None

    def numbered(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Rows with their spreadsheet row numbers, for messages (made as they are read:
        each rule reads every row once)."""
        if self.row_numbers is not None:
            return zip(self.row_numbers, self.rows, strict=True)
        return enumerate(self.rows, start=2)


# The Table Schema field types that hold numbers.
NUMERIC_TYPES = ("number", "integer")
# The descriptor key that marks a package's figures, and the word every page uses for them.
ILLUSTRATIVE = "illustrative"


@dataclass
class DataPackage:
    """A folder of ``data/`` with its descriptor and the CSV tables it declares."""

    name: str
    folder: Path
    descriptor: dict[str, Any]
    tables: dict[str, Table] = field(default_factory=dict)

    @property
    def illustrative(self) -> bool:
        """Whether the package says its figures are illustrative, built to agree with a
        report's text rather than published; every page that shows them says so."""
        return bool(self.descriptor.get(ILLUSTRATIVE))


def first_undecodable(path: Path) -> tuple[int, int] | None:
    """The line number and byte of the first character that is not UTF-8, if any."""
    for number, line in enumerate(path.read_bytes().splitlines(), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            return number, line[error.start]
    return None


def _text_rows(reader: Any, columns: list[str]) -> tuple[list[dict[str, str]], list[int] | None]:
    """The rows after the header, blank rows left out, short rows padded with empty cells,
    and each row's spreadsheet number when a blank row was left out (None when not).

    Each distinct cell text is kept once: codes, periods, statuses and most figures
    repeat, so a million-row file takes about half the memory (docs/performance.md).
    """
    rows: list[dict[str, str]] = []
    numbers: list[int] | None = None  # made at the first blank row
    seen: dict[str, str] = {}
    keep = seen.setdefault
    width = len(columns)
    for number, cells in enumerate(reader, start=2):
        texts = [keep(text, text) for text in map(str.strip, cells)]
        if not any(texts):
            if numbers is None:
                numbers = list(range(2, len(rows) + 2))
            continue
        if len(texts) < width:
            texts += [""] * (width - len(texts))
        rows.append(dict(zip(columns, texts, strict=False)))
        if numbers is not None:
            numbers.append(number)
    return rows, numbers


def read_table(path: Path, label: str) -> tuple[Table | None, list[Problem]]:
    """Read one CSV file as UTF-8 text; a file that cannot be read is a problem, not a crash."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            # Strict: an unclosed quote is an error, not a cell running to the end of the file.
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            if header is None:
                return None, [
                    Problem(
                        label,
                        None,
                        None,
                        "The file is empty: expected a header row.",
                        kind=files.EMPTY_FILE,
                    )
                ]
            columns = [name.strip() for name in header]
            rows, numbers = _text_rows(reader, columns)
    except FileNotFoundError:
        return None, [
            Problem(label, None, None, "The file does not exist.", kind=files.MISSING_FILE)
        ]
    except UnicodeDecodeError:
        row, byte = first_undecodable(path) or (1, 0)
        return None, [
            Problem(
                label,
                row,
                None,
                f"The file is not UTF-8 text: a character in this row could not be read "
                f"(byte {byte:#04x}).",
                "save it from your spreadsheet as 'CSV UTF-8'.",
                kind=files.NOT_UTF8,
            )
        ]
    except csv.Error as error:
        return None, [
            Problem(
                label,
                reader.line_num,
                None,
                f"The file is not valid CSV: {error}.",
                'check for a quote (") that is opened and not closed.',
                kind=files.NOT_CSV,
            )
        ]
    return Table(path, label, columns, rows, numbers), []


def _read_descriptor(folder: Path, label: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The package's descriptor, if it is a JSON object with a list of resources; else why
    not, as a problem with the whole of ``label``."""

    def whole(message: str, kind: ProblemCode, hint: str = "") -> list[Problem]:
        return [Problem(label, None, None, message, hint, kind=kind)]

    try:
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, whole(
            "The folder has no datapackage.json, so its files cannot be checked.",
            files.MISSING_DESCRIPTOR,
            "every folder under data/ is a data package; see docs/data.md.",
        )
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, whole(f"The file is not valid JSON: {error}.", files.DESCRIPTOR_NOT_JSON)
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        return None, whole(
            "Expected an object with a 'resources' list.", files.DESCRIPTOR_WITHOUT_RESOURCES
        )
    return descriptor, []


def read_package(folder: Path, label: str) -> tuple[DataPackage | None, list[Problem]]:
    """Read a package's ``datapackage.json`` and every CSV resource it lists."""
    descriptor_label = f"{label}/datapackage.json"
    descriptor, problems = _read_descriptor(folder, descriptor_label)
    if descriptor is None:
        return None, problems
    unsafe = [
        Problem(descriptor_label, None, "path", reason, kind=files.BAD_RESOURCE_PATH)
        for resource in descriptor["resources"]
        if (
            reason := path_problem(
                folder, resource.get("path") if isinstance(resource, dict) else None
            )
        )
    ]
    unsafe += [
        Problem(descriptor_label, None, None, text, kind=files.UNSAFE_LINK)
        for text in link_problems(descriptor)
    ]
    if unsafe:
        # Nothing of a package that points outside itself is read, checked or published.
        return None, unsafe
    package = DataPackage(str(descriptor.get("name") or folder.name), folder, descriptor)
    for resource in descriptor["resources"]:
        path = str(resource["path"])
        if not path.endswith(".csv"):
            continue
        table, table_problems = read_table(folder / path, f"{label}/{path}")
        problems.extend(table_problems)
        if table is not None:
            package.tables[Path(path).name] = table
    return package, problems
