"""Direction of travel: has the value got better or worse since the previous period?

Words follow LG Inform: improving / worsening / no change when a high or a
low value is better, increasing / decreasing / no change when neither is. A
change no bigger than the tolerance (in the measure's unit) is "no change",
so a wobble in the last decimal place is not reported as a trend.
"""

from __future__ import annotations

from lantern.vocab.language import N_, _

from .model import Polarity

NO_CHANGE = "no change"
# Each direction (a code: a CSS class, a key of ``lantern compute --json``) as a page
# writes it.
DIRECTION_WORDS = {
    "improving": N_("improving"),
    "worsening": N_("worsening"),
    "increasing": N_("increasing"),
    "decreasing": N_("decreasing"),
    NO_CHANGE: N_("no change"),
}


def direction(current: float, previous: float, polarity: Polarity, tolerance: float = 0.0) -> str:
    """The direction word for a change from ``previous`` to ``current``."""
    change = current - previous
    if abs(change) <= tolerance + 1e-12:
        return NO_CHANGE
    if polarity == "none":
        return "increasing" if change > 0 else "decreasing"
    better = change > 0 if polarity == "high" else change < 0
    return "improving" if better else "worsening"


def direction_words(code: str) -> str:
    """A direction word (``improving``) in the site's language."""
    return _(DIRECTION_WORDS[code])
