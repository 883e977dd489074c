"""Pelican's Markdown reader, telling the embeds which content file is being read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican.readers import MarkdownReader

from lantern.embeds.markdown import SOURCE_PATH


class SourceAwareMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with the file's path available to error messages."""

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Read one file with its path (relative to the site's folder) set for messages."""
        token = SOURCE_PATH.set(_relative(source_path, self.settings.get("PATH", "")))
        try:
            result: tuple[str, dict[str, Any]] = super().read(source_path)
            return result
        finally:
            SOURCE_PATH.reset(token)


def _relative(path: str, content: str) -> str:
    try:
        root = Path(content).resolve().parent
        return str(Path(path).resolve().relative_to(root))
    except ValueError:
        return path
