"""Polarity (which way is better) and the quartile bands, each declared once.

This module imports nothing from Lantern but its language (``vocab.language``), so
``compute`` may use it. Each word is a message of the catalogue, declared with ``N_`` and
read in the site's language as a page is written.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from lantern.vocab.language import N_, Translated, _

Polarity = Literal["high", "low", "none"]
Band = Literal["top", "middle", "bottom"]


class _Shown(Mapping[str, str]):
    """Messages by their codes, each read in the site's language when it is looked up."""

    def __init__(self, messages: dict[str, str]) -> None:
        self.messages = messages

    def __getitem__(self, code: str) -> str:
        return _(self.messages[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self.messages)

    def __len__(self) -> int:
        return len(self.messages)


POLARITY_WORDS: Mapping[str, str] = _Shown(
    {
        "high": N_("Good is high"),
        "low": N_("Good is low"),
        "none": N_("Neither high nor low is better"),
    }
)
POLARITIES: tuple[str, ...] = tuple(POLARITY_WORDS)


@dataclass(frozen=True)
class BandLabel:
    """How a band is shown: an icon, words and a sentence for the key, never colour alone.

    The fields are messages; ``words``, ``short``, ``rest`` and ``key`` are them in the
    site's language."""

    band: str
    icon: str
    message: str
    short_message: str
    rest_message: str
    key_message: str

    # ``Top quartile``.
    words = Translated("message")

    # The first word (``Top``) for crowded tables.
    short = Translated("short_message")

    # The words after the first (``quartile``), kept for screen readers.
    rest = Translated("rest_message")

    # The band's sentence in the key: ``among the best quarter of the group``.
    key = Translated("key_message")


BANDS: dict[str, BandLabel] = {
    b.band: b
    for b in (
        BandLabel(
            "top", "✔", N_("Top quartile"), N_("Top"), N_("quartile"),
            N_("among the best quarter of the group"),
        ),
        BandLabel(
            "middle", "▬", N_("Middle quartiles"), N_("Middle"), N_("quartiles"),
            N_("in the middle half"),
        ),
        BandLabel(
            "bottom", "✘", N_("Bottom quartile"), N_("Bottom"), N_("quartile"),
            N_("among the worst quarter"),
        ),
    )
}  # fmt: skip


# How a measure is compared with its groups (measures.csv ``comparison``): by quartile band
# (the default, an empty cell) or by confidence interval, as Fingertips compares with England.
QUARTILE = "quartile"
INTERVAL = "interval"
COMPARISONS: tuple[str, ...] = (QUARTILE, INTERVAL)

Verdict = Literal["better", "similar", "worse", "higher", "lower"]


@dataclass(frozen=True)
class VerdictLabel:
    """How an interval comparison is shown: an icon and words that end in the group's name
    (``✔ Better than England``), the badge's counterpart of a ``BandLabel``. The fields
    are messages; ``words``, ``key`` and ``against`` are in the site's language."""

    verdict: str
    icon: str
    message: str
    against_message: str
    key_message: str
    tone: str
    """The band whose colour the badge takes: ``top`` for better, ``bottom`` for worse,
    ``middle`` for a verdict that is neither good nor bad."""

    # ``Better than``, the words before the group's name.
    words = Translated("message")

    # The verdict's sentence in the key.
    key = Translated("key_message")

    def against(self, group_name: str) -> str:
        """``Better than England``."""
        return _(self.against_message) % {"group": group_name}


# The key's sentences end "... the group's figure", or "... the group's interval" when it has one.
VERDICTS: dict[str, VerdictLabel] = {
    v.verdict: v
    for v in (
        VerdictLabel(
            "better", "✔", N_("Better than"), N_("Better than %(group)s"),
            N_("its confidence interval lies wholly on the better side"), "top",
        ),
        VerdictLabel(
            "similar", "▬", N_("Similar to"), N_("Similar to %(group)s"),
            N_("its confidence interval overlaps: no clear difference"), "middle",
        ),
        VerdictLabel(
            "worse", "✘", N_("Worse than"), N_("Worse than %(group)s"),
            N_("its confidence interval lies wholly on the worse side"), "bottom",
        ),
        VerdictLabel(
            "higher", "▲", N_("Higher than"), N_("Higher than %(group)s"),
            N_("its confidence interval lies wholly above"), "middle",
        ),
        VerdictLabel(
            "lower", "▼", N_("Lower than"), N_("Lower than %(group)s"),
            N_("its confidence interval lies wholly below"), "middle",
        ),
    )
}  # fmt: skip
