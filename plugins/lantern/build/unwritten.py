"""Places a new site leaves for the council's own words, still unwritten.

``lantern new`` writes a starter home page, topic page and about page, and marks each
place only the council can fill (a welcome, what a measure means locally) with
``TO_WRITE``. A build names every such place still left as a warning, so a site is not
published with a placeholder by mistake; it does not stop, since an analyst builds the
site to preview it long before the words are written.
"""

from __future__ import annotations

from pathlib import Path

TO_WRITE = "For the council to write"


def unwritten_places(content: Path, label: str) -> list[str]:
    """A warning for each line of a Markdown file under ``content`` (shown as ``label``)
    that still holds the starter's mark."""
    found = []
    for path in sorted(content.rglob("*.md")):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            continue  # the reader names a page that is not UTF-8, with how to save it

        for number, line in enumerate(lines, start=1):
            if TO_WRITE in line:
                found.append(
                    f"{label}/{path.relative_to(content).as_posix()}, line {number}: still says "
                    f"'{TO_WRITE}'; put the council's own words there before publishing."
                )
    return found
