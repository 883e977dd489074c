"""The rule that a cell naming an area, measure or group names one the release defines.

A reference to nothing would make a page link to no page, so it is a problem; an id
that differs only in case from a real one gets a hint, ids being case-sensitive.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from lantern.data.problem_codes import ProblemCode
from lantern.data.problem_codes import rows as codes
from lantern.data.problems import Problem
from lantern.data.tables import Table

# What a reference names (the column that defines it), the file it is defined in, and
# the code of a reference to nothing.
Reference = tuple[str, str, ProblemCode]
AREA = ("area_code", "areas.csv", codes.UNKNOWN_AREA)
MEASURE = ("measure_id", "measures.csv", codes.UNKNOWN_MEASURE)
GROUP = ("group_id", "groups.csv", codes.UNKNOWN_GROUP)


def check_reference(
    table: Table, column: str, allowed: Iterable[str], reference: Reference
) -> Iterator[Problem]:
    """Each non-empty cell names something defined elsewhere in the release."""
    what, where, kind = reference
    known = set(allowed)
    for number, row in table.numbered():
        value = row.get(column, "")
        if value and value not in known:
            yield Problem(
                table.label,
                number,
                column,
                f"Unknown {what} '{value}': it is not in {where}.",
                _closest_hint(value, known),
                kind=kind,
            )


def _closest_hint(value: str, known: set[str]) -> str:
    folded = {k.casefold(): k for k in known}
    if value.casefold() in folded:
        return f"did you mean '{folded[value.casefold()]}'? Identifiers are case-sensitive."
    return ""
