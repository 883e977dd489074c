"""Rank within a comparator group: 1 is best, tied areas share a rank ("3=")."""

from __future__ import annotations

from collections.abc import Sequence

from lantern.vocab.language import N_, _

from .model import Polarity

# What a rank means, written beside it wherever a reader sees one (a message: ``_`` it
# where it is shown).
RANK_MEANING = N_("1 = best")


def rank(value: float, values: Sequence[float], polarity: Polarity) -> tuple[int, bool]:
    """The rank of ``value`` among ``values`` (which include it) and whether it is tied.

    Every area with the same value gets the best rank among them, so three
    areas tied after two better ones are all 3rd ("3=").
    """
    better = sum(1 for v in values if (v > value if polarity == "high" else v < value))
    tied = sum(1 for v in values if v == value) > 1
    return better + 1, tied


# An ordinal by its last digit (``21st``); every other, and 11th to 20th, is ``th``.
ORDINALS = {1: N_("%(number)sst"), 2: N_("%(number)snd"), 3: N_("%(number)srd")}
OTHER_ORDINAL = N_("%(number)sth")


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd …"""
    last = 0 if 10 <= number % 100 <= 20 else number % 10
    return _(ORDINALS.get(last, OTHER_ORDINAL)) % {"number": number}


def rank_label(position: int, tied: bool) -> str:
    """ "3" or "3=" as a rank is printed in a table."""
    return f"{position}=" if tied else str(position)


def rank_words(position: int, tied: bool, size: int) -> str:
    """ "12th of 16", or "joint 3rd of 16" when tied."""
    words = {"rank": ordinal(position), "size": size}
    if tied:
        return _("joint %(rank)s of %(size)s") % words
    return _("%(rank)s of %(size)s") % words
