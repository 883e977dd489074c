"""Pelican's Markdown reader, telling the embeds which content file is being read."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from pelican.readers import MarkdownReader

from lantern.build.content_cache import KEPT
from lantern.data.tables import first_undecodable
from lantern.embeds import quoted
from lantern.embeds.context import SOURCE_PATH
from lantern.site.context import Build


class SourceAwareMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with the file's path available to error messages.
    ``bound`` gives the class one build's context (Pelican makes readers from classes)."""

    build: ClassVar[Build]

    @classmethod
    def bound(cls, build: Build) -> type[SourceAwareMarkdownReader]:
        """This reader for ``build``."""
        return type(cls.__name__, (cls,), {"build": build})

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Read one file with its path (relative to the site's folder) set for messages.

        The chart files its embeds hand on and the figures they quote go in its
        metadata, so a page that comes from Pelican's content cache still has them
        (``content_cache``).
        """
        relative = _relative(source_path, self.settings.get("PATH", ""))
        token = SOURCE_PATH.set(relative)
        try:
            with self.build.figures.recording() as specs, quoted.recording() as figures:
                content, metadata = super().read(source_path)
            metadata[KEPT], metadata[quoted.QUOTES] = specs, figures
            return content, metadata
        except UnicodeDecodeError:
            # Only a page that fails is read again, to find the line to name.
            undecodable = first_undecodable(Path(source_path)) or (0, 0)
            message = (
                f"{relative}:{undecodable[0]}: the page is not UTF-8 text; save it as UTF-8 "
                "(in most editors: Save As, Encoding: UTF-8)."
            )
            self.build.embeds.problems.append(message)
            raise ValueError(message) from None
        finally:
            SOURCE_PATH.reset(token)


def _relative(path: str, content: str) -> str:
    try:
        root = Path(content).resolve().parent
        return str(Path(path).resolve().relative_to(root))
    except ValueError:
        return path
