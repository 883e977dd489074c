"""How a checked setting's value becomes its typed field (``config.settings``): each
reader is given the value and the folder relative paths are read from (the one holding
the content folder)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Read = Callable[[Any, Path], Any]


def same(value: Any, root: Path) -> Any:
    return value


def texts(value: Any, root: Path) -> tuple[str, ...]:
    return tuple(value)


def texts_or_one(value: Any, root: Path) -> str | tuple[str, ...] | None:
    return value if value is None or isinstance(value, str) else tuple(value)


def float_(value: Any, root: Path) -> float:
    return float(value)


def floats(value: Any, root: Path) -> dict[str, float]:
    return {k: float(v) for k, v in value.items()}


def mapping(value: Any, root: Path) -> dict[str, Any]:
    return dict(value)


def path(value: Any, root: Path) -> Path | None:
    if not value:
        return None
    found = Path(value)
    return found if found.is_absolute() else root / found


def paths(value: Any, root: Path) -> tuple[Path, ...]:
    return tuple(p for p in (path(v, root) for v in value) if p is not None)
