"""The figures a page quotes, noted as its embeds are filled.

An update to a committee quotes figures that a later release may revise. A
councillor holding the paper needs to know which, so the site lists them
(``releases.update_revisions``). The reader notes what each page's embeds quoted
(``recording``) and keeps it in the page's metadata, like its chart files, so
a page that comes from Pelican's content cache still knows what it quoted.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

# A home-area figure of a measure for a period (``value``, ``badge``, ``rank``) …
MEASURE = "measure"
# … or a figure a report states, from a package's ``figures`` resource (``figure``).
STATED = "stated"
# Where a page keeps the figures its embeds quoted: its metadata (so an attribute, and kept
# with the page in Pelican's content cache), read by the update's revisions.
QUOTES = "lantern_quoted"


@dataclass(frozen=True)
class Quoted:
    """One figure quoted: ``name`` is the measure or the package, ``key`` the period or the
    stated figure's key."""

    kind: str
    name: str
    key: str


# The page being read's list of quoted figures (None outside ``recording``).
_QUOTED: contextvars.ContextVar[list[Quoted] | None] = contextvars.ContextVar(
    "quoted", default=None
)


@contextmanager
def recording() -> Iterator[list[Quoted]]:
    """The figures quoted while the block runs, each once, in the order first quoted."""
    found: list[Quoted] = []
    token = _QUOTED.set(found)
    try:
        yield found
    finally:
        _QUOTED.reset(token)


def note(quoted: Quoted) -> None:
    """Note a figure as quoted by the page being read (nothing outside ``recording``)."""
    found = _QUOTED.get()
    if found is not None and quoted not in found:
        found.append(quoted)
