"""A report's quartile statement checked against the quartiles computed from the data.

An update written for a committee says, for example, "we remain in the bottom
quartile compared to authorities in England". Each such claim is checked
against the band the engine computes for the period the report could rely on
(the latest year published for every council when it was written), and the
page says beside the statement whether it matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from lantern.compute import Comparison
from lantern.present import badges
from lantern.present.badges import BadgeView
from lantern.vocab.language import N_, _
from lantern.vocab.periods import in_words

# What a statement may claim, and the bands that bear it out.
CLAIMS: dict[str, frozenset[str]] = {
    "top": frozenset({"top"}),
    "middle": frozenset({"middle"}),
    "bottom": frozenset({"bottom"}),
    "not-top": frozenset({"middle", "bottom"}),
    "not-bottom": frozenset({"top", "middle"}),
}
# What the page says when the band found differs from the one claimed, by the band found.
DIFFERS = {
    "top": N_(
        "does not match the published %(period)s quartiles: %(area)s was in the top quartile"
    ),
    "middle": N_(
        "does not match the published %(period)s quartiles: %(area)s was in the middle quartiles"
    ),
    "bottom": N_(
        "does not match the published %(period)s quartiles: %(area)s was in the bottom quartile"
    ),
}


@dataclass(frozen=True)
class ClaimCheck:
    """The result of one check: ``matches``, ``differs`` or ``unchecked``, in words."""

    verdict: str
    text: str
    badge: BadgeView


def check_claim(claimed: str, comparison: Comparison, period: str, area_name: str) -> ClaimCheck:
    """Whether ``comparison`` (the area's standing in one group in ``period``) bears out
    ``claimed`` (one of ``CLAIMS``)."""
    badge = badges.badge(comparison)
    words = {"period": in_words(period), "area": area_name}
    if comparison.band is None:
        text = _("cannot be checked against the published %(period)s quartiles") % words
        return ClaimCheck("unchecked", text, badge)
    if comparison.band in CLAIMS[claimed]:
        return ClaimCheck("matches", _("matches the published %(period)s quartiles") % words, badge)
    return ClaimCheck("differs", _(DIFFERS[comparison.band]) % words, badge)
