"""Problems found in the data, reported the same way by the CLI, the build and the tests.

A problem is data (where, what, hint, and its code), rendered once for people.
Following frictionless-py, Lantern never raises on the first bad cell: it gathers
every problem so an analyst fixes a release in one pass, not one error at a time;
and each problem has a code (``problem_codes``) that stays when its words change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import KW_ONLY, dataclass
from typing import Any

from lantern.data.problem_codes import BY_CODE, ProblemCode, is_declared


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in the input, of one declared ``kind``.

    ``row`` counts the header as row 1, as a spreadsheet does, so "row 18"
    is the 18th line of the CSV file. ``row`` and ``field`` are ``None`` when
    the problem concerns the whole file or package. ``kind`` is not printed:
    it is for tests, scripts and docs/data.md, which explains each code.
    """

    file: str
    row: int | None
    field: str | None
    message: str
    hint: str = ""
    _: KW_ONLY
    kind: ProblemCode

    def __post_init__(self) -> None:
        # A code is declared once, in problem_codes, so docs/data.md can list every one.
        if not is_declared(self.kind):
            raise ValueError(f"{self.kind.code!r} is not a declared problem code")

    @property
    def code(self) -> str:
        """The kind's stable code, such as ``missing-column``."""
        return self.kind.code

    def __str__(self) -> str:
        place = self.file
        if self.row is not None:
            place += f" row {self.row}"
        if self.field is not None:
            place += f", column {self.field}"
        text = f"{place}: {self.message}"
        if self.hint:
            text += f" Hint: {self.hint}"
        return text

    def as_dict(self) -> dict[str, Any]:
        """The problem as JSON can hold it, its kind by code: ``from_dict`` reads it back."""
        return {
            "code": self.code,
            "file": self.file,
            "row": self.row,
            "field": self.field,
            "message": self.message,
            "hint": self.hint,
        }

    @classmethod
    def from_dict(cls, item: dict[str, Any]) -> Problem:
        """The problem ``as_dict`` wrote (the Frictionless verdicts kept between builds);
        KeyError or TypeError if it is not one, such as one kept before codes."""
        fields = {k: v for k, v in item.items() if k != "code"}
        return cls(**fields, kind=BY_CODE[item["code"]])


class LanternError(Exception):
    """An error the user can fix, carrying the problems to show instead of a traceback."""

    def __init__(self, problems: Iterable[Problem | str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# Past this many, more lines bury the first ones: one missing column can fail every row.
MAX_PROBLEMS_SHOWN = 50


def format_report(problems: Iterable[Problem | str]) -> str:
    """Render problems one per line, the form both the CLI and the build print, at most
    ``MAX_PROBLEMS_SHOWN`` of them, then how many more there are and how many in all."""
    lines = [str(p) for p in problems]
    shown = lines[:MAX_PROBLEMS_SHOWN]
    if len(lines) > len(shown):
        shown.append(f"… and {len(lines) - len(shown):,} more like these (fix the first ones).")
    noun = "problem" if len(lines) == 1 else "problems"
    return "\n".join([*shown, f"{len(lines):,} {noun} found."])
