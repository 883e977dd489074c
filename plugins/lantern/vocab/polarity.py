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
