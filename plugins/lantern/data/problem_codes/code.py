"""What a problem code is: a short name that stays, with what it means and how to fix it.

Following frictionless-py's ``errors/*.py``, where each error type declares its
name, title and description once, each kind of problem Lantern finds is one
``ProblemCode``. The message a problem prints may be reworded; its code may not,
so tests, scripts and people searching docs/data.md can rely on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lower-case words joined by hyphens: ``missing-column``.
KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, order=True)
class ProblemCode:
    """One kind of problem: its code, a title, what it means and how to fix it, the words
    docs/data.md repeats (a test fails when they drift apart)."""

    code: str
    title: str
    meaning: str
    fix: str

    def __post_init__(self) -> None:
        if not KEBAB.fullmatch(self.code):
            raise ValueError(f"A problem code is lower-case words and hyphens, not {self.code!r}")
