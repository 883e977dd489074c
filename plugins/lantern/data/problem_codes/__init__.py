"""Every problem code, each declared once in one of the modules of this package.

The modules group the codes as docs/data.md does: reading the files of a release
(``files``), the rows and cells of its tables (``rows``), the reference package's
measures and groups (``reference``) and what Frictionless finds against the Table
Schemas (``schema``). ``CODES`` gathers them, so a code is declared in one place and
nowhere else; ``Problem`` refuses one that is not.
"""

from __future__ import annotations

from types import ModuleType

from lantern.data.problem_codes import files, reference, rows, schema
from lantern.data.problem_codes.code import ProblemCode


def _declared(*modules: ModuleType) -> tuple[ProblemCode, ...]:
    """The codes the modules declare, in the order they are written."""
    return tuple(v for m in modules for v in vars(m).values() if isinstance(v, ProblemCode))


CODES: tuple[ProblemCode, ...] = _declared(files, rows, reference, schema)
# A code declared twice keeps its last declaration here, so ``Problem`` refuses the first
# (and a test names both).
BY_CODE: dict[str, ProblemCode] = {c.code: c for c in CODES}


def is_declared(kind: ProblemCode) -> bool:
    """Whether ``kind`` is the one declaration of its code."""
    return BY_CODE.get(kind.code) == kind


__all__ = ["BY_CODE", "CODES", "ProblemCode", "is_declared"]
