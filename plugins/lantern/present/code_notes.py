"""Reused codes: a note on a measure's page pointing to the other measure with its code.

Publishers renumber measures and reuse the old codes: ASCOF's 1D was carers'
quality of life until 2022-23, and from 2023-24 it is people's satisfaction
with their care (Lantern's measure 3A). A reader who follows "1D" to
``/measures/1d/`` finds carers' quality of life, so that page says where the
other 1D is, and 3A's page says where the old 1D went. The rule is here; the
words are in ``theme/templates/measure.html``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

# How the other measure has the code a reader may be looking for.
FROM = "from"  # its code from ``period`` on (its ``renumbered_as``)
UNTIL = "until"  # its code before ``period`` (its ``measure_id``, since renumbered)
ALWAYS = "always"  # its code throughout (its ``measure_id``, never renumbered)
FORMERLY = "formerly"  # a code it used to have (LANTERN_MEASURE_REDIRECTS)


class Coded(Protocol):
    """What the rule needs to know of a measure: its codes, and how to name and link it."""

    @property
    def measure_id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def renumbered_as(self) -> str: ...
    @property
    def renumbered_from(self) -> str: ...


@dataclass(frozen=True)
class CodeNote:
    """Another measure that has, or had, one of this measure's codes."""

    code: str
    use: str
    period: str
    measure_id: str
    title: str
    url: str


def codes_of(measure: Coded, extra: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(code, use, period) for every code ``measure`` is known by; ``extra`` maps old codes
    to measure ids, as LANTERN_MEASURE_REDIRECTS does."""
    own, new, since = measure.measure_id, measure.renumbered_as, measure.renumbered_from
    renumbered = bool(new) and new.lower() != own.lower()
    codes = [(own, UNTIL, since) if renumbered else (own, ALWAYS, "")]
    if renumbered:
        codes.append((new, FROM, since))
    codes.extend((str(old), FORMERLY, "") for old, to in extra.items() if to == own)
    return codes


def code_notes(
    measures: Sequence[Coded], extra: Mapping[str, str] | None = None
) -> dict[str, list[CodeNote]]:
    """For each measure id, the other measures that share one of its codes (ignoring case,
    as web addresses do), each with how that measure has the code."""
    known = [(m, codes_of(m, extra or {})) for m in measures]
    holders: dict[str, list[tuple[Coded, str, str, str]]] = {}
    for measure, codes in known:
        for code, use, period in codes:
            holders.setdefault(code.lower(), []).append((measure, code, use, period))
    notes: dict[str, list[CodeNote]] = {}
    for measure, codes in known:
        found: dict[tuple[str, str], CodeNote] = {}
        for own_code, _, _ in codes:
            for other, code, use, period in holders[own_code.lower()]:
                if other.measure_id != measure.measure_id:
                    note = CodeNote(code, use, period, other.measure_id, other.title, other.url)
                    found.setdefault((code.lower(), other.measure_id), note)
        if found:
            notes[measure.measure_id] = list(found.values())
    return notes
