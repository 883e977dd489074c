"""Rank within a comparator group: 1 is best, tied areas share a rank ("3=")."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Polarity

# What a rank means, written beside it wherever a reader sees one.
RANK_MEANING = "1 = best"


def rank(value: float, values: Sequence[float], polarity: Polarity) -> tuple[int, bool]:
    """The rank of ``value`` among ``values`` (which include it) and whether it is tied.

    Every area with the same value gets the best rank among them, so three
    areas tied after two better ones are all 3rd ("3=").
    """
    better = sum(1 for v in values if (v > value if polarity == "high" else v < value))
    tied = sum(1 for v in values if v == value) > 1
    return better + 1, tied


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd …"""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def rank_label(position: int, tied: bool) -> str:
    """ "3" or "3=" as a rank is printed in a table."""
    return f"{position}=" if tied else str(position)


def rank_words(position: int, tied: bool, size: int) -> str:
    """ "12th of 16", or "joint 3rd of 16" when tied."""
    return f"{'joint ' if tied else ''}{ordinal(position)} of {size}"
