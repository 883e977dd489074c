"""The Government Statistical Service shorthand, statuses and the small-count threshold.

Each code is declared once with its meaning and what it may stand for. The
validator, the computation, the pages, the release notes and the published
files all read them from here, so a code the validator accepts as the reason
for a missing value is always one the page can explain. This module imports
nothing from Lantern but its language (``vocab.language``): a code stays as it is
in every language, its meaning and reason are messages of the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from lantern.vocab.language import N_, Translated

# Counts below this are suppressed unless a site sets LANTERN_SUPPRESS_BELOW.
DEFAULT_SUPPRESS_BELOW = 5


@dataclass(frozen=True)
class Shorthand:
    """One GSS shorthand code.

    ``stands_for_value`` codes replace a missing value (a note starting with
    ``[x]`` explains an empty value cell). ``status`` codes mark a value that is
    there but provisional or estimated, and are never the reason for a gap.
    """

    code: str
    meaning_message: str
    reason_message: str
    stands_for_value: bool
    status: str | None = None

    # What the code means, in the site's language.
    meaning = Translated("meaning_message")

    # Why a value is missing, said after it, in the site's language.
    reason = Translated("reason_message")


SHORTHANDS: dict[str, Shorthand] = {
    s.code: s
    for s in (
        Shorthand(
            "[c]",
            N_("confidential (suppressed to protect people's identity)"),
            N_("suppressed by the publisher"),
            stands_for_value=True,
        ),
        Shorthand("[x]", N_("not available"), N_("not available"), stands_for_value=True),
        Shorthand("[z]", N_("not applicable"), N_("not applicable"), stands_for_value=True),
        Shorthand("[u]", N_("low reliability"), N_("low reliability"), stands_for_value=True),
        Shorthand("[p]", N_("provisional"), N_("provisional"), False, status="provisional"),
        Shorthand("[e]", N_("estimate"), N_("estimate"), False, status="estimate"),
    )
}

CONFIDENTIAL = "[c]"
NOT_AVAILABLE = "[x]"
LOW_RELIABILITY = "[u]"
PROVISIONAL = SHORTHANDS["[p]"]

# The codes that may stand in for a value, in the order they are listed to authors.
VALUE_CODES: tuple[str, ...] = tuple(c for c, s in SHORTHANDS.items() if s.stands_for_value)
# status in values.csv → the mark shown after the value.
STATUS_MARKS: dict[str, str] = {s.status: c for c, s in SHORTHANDS.items() if s.status}
STATUSES: tuple[str, ...] = ("final", *STATUS_MARKS)


def leading_code(note: str) -> str | None:
    """The value code a note starts with (``[x] not collected`` → ``[x]``), or None."""
    head = note[:3]
    return head if head in VALUE_CODES else None
