"""Polarity (which way is better) and the quartile bands, each declared once.

This module imports nothing from Lantern, so ``compute`` may use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Polarity = Literal["high", "low", "none"]
Band = Literal["top", "middle", "bottom"]

POLARITY_WORDS: dict[str, str] = {
    "high": "Good is high",
    "low": "Good is low",
    "none": "Neither high nor low is better",
}
POLARITIES: tuple[str, ...] = tuple(POLARITY_WORDS)


@dataclass(frozen=True)
class BandLabel:
    """How a band is shown: an icon, words and a sentence for the key, never colour alone."""

    band: str
    icon: str
    words: str
    key: str

    @property
    def short(self) -> str:
        """The first word (``Top``) for crowded tables."""
        return self.words.split(" ", 1)[0]

    @property
    def rest(self) -> str:
        """The words after the first (``quartile``), kept for screen readers."""
        return self.words.split(" ", 1)[1]


BANDS: dict[str, BandLabel] = {
    b.band: b
    for b in (
        BandLabel("top", "✔", "Top quartile", "among the best quarter of the group"),
        BandLabel("middle", "▬", "Middle quartiles", "in the middle half"),
        BandLabel("bottom", "✘", "Bottom quartile", "among the worst quarter"),
    )
}


# How a measure is compared with its groups (measures.csv ``comparison``): by quartile band
# (the default, an empty cell) or by confidence interval, as Fingertips compares with England.
QUARTILE = "quartile"
INTERVAL = "interval"
COMPARISONS: tuple[str, ...] = (QUARTILE, INTERVAL)

Verdict = Literal["better", "similar", "worse", "higher", "lower"]


@dataclass(frozen=True)
class VerdictLabel:
    """How an interval comparison is shown: an icon and words that end in the group's name
    (``✔ Better than England``), the badge's counterpart of a ``BandLabel``."""

    verdict: str
    icon: str
    words: str
    key: str
    tone: str
    """The band whose colour the badge takes: ``top`` for better, ``bottom`` for worse,
    ``middle`` for a verdict that is neither good nor bad."""

    def against(self, group_name: str) -> str:
        """``Better than England``."""
        return f"{self.words} {group_name}"


# The key's sentences end "... the group's figure", or "... the group's interval" when it has one.
VERDICTS: dict[str, VerdictLabel] = {
    v.verdict: v
    for v in (
        VerdictLabel(
            "better", "✔", "Better than", "its confidence interval lies wholly on the better side",
            "top",
        ),
        VerdictLabel(
            "similar", "▬", "Similar to", "its confidence interval overlaps: no clear difference",
            "middle",
        ),
        VerdictLabel(
            "worse", "✘", "Worse than", "its confidence interval lies wholly on the worse side",
            "bottom",
        ),
        VerdictLabel("higher", "▲", "Higher than", "its confidence interval lies wholly above",
                     "middle"),
        VerdictLabel("lower", "▼", "Lower than", "its confidence interval lies wholly below",
                     "middle"),
    )
}  # fmt: skip
