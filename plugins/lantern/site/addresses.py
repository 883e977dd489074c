"""Two pages with one address would overwrite each other: the build stops and names both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lantern.data.problems import LanternError


def check_addresses(generators: list[Any]) -> None:
    """Two pages with one address would overwrite each other: stop and name both files."""
    owners: dict[str, str] = {}
    problems = []
    for generator in generators:
        for kind in ("pages", "hidden_pages", "articles", "drafts"):
            for content in getattr(generator, kind, None) or []:
                address, source = str(content.save_as), _relative(content)
                first = owners.setdefault(address, source)
                if first != source:
                    problems.append(
                        f"{source}: has the same address as {first} (/{address}); "
                        "give one of them another Slug:."
                    )
    if problems:
        raise LanternError(problems)


def _relative(content: Any) -> str:
    path = Path(content.source_path)
    try:
        return str(path.relative_to(Path(content.settings["PATH"]).resolve().parent))
    except ValueError:
        return str(path)
