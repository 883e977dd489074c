"""Months and dates in words: the English month names the data are read with, and the
words a page writes a period in, each a message of the catalogue.

``MONTHS`` is English and stays English: it reads back the labels Lantern writes in its
own language and the ones a council's files hold (``November 2024``). A page shows a
month through ``month_name``, in the site's language, and a date or a run of months
through one message for the whole phrase, because another language orders a date's
parts differently (``2024 m. lapkričio 29 d.``).
"""

from __future__ import annotations

import re
from functools import cache

from lantern.vocab.language import N_, _

MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)

# The phrases a period is written in, each with its placeholders, for ``periods_named`` to
# read back in the site's language as well as in English.
MONTH_YEAR = N_("%(month)s %(year)s")
DAY_MONTH_YEAR = N_("%(day)s %(month)s %(year)s")
MONTHS_IN_YEAR = N_("%(first)s to %(last)s %(year)s")
SPAN = N_("%(first)s to %(last)s")


def month_name(number: int) -> str:
    """The month ``number`` (1 to 12) in the site's language: ``November``."""
    return _(MONTHS[number - 1])


def month_year(month: int, year: int) -> str:
    """``November 2024``."""
    return _(MONTH_YEAR) % {"month": month_name(month), "year": year}


def day_month_year(day: int, month: int, year: int) -> str:
    """``29 November 2024``."""
    return _(DAY_MONTH_YEAR) % {"day": day, "month": month_name(month), "year": year}


def months_in_year(first: int, last: int, year: int) -> str:
    """``January to March 2024``: months of one year, the year said once."""
    return _(MONTHS_IN_YEAR) % {
        "first": month_name(first),
        "last": month_name(last),
        "year": year,
    }


def span(first: str, last: str) -> str:
    """``November 2024 to January 2025``: two periods in words, and the time between."""
    return _(SPAN) % {"first": first, "last": last}


def when(words: str, dated: bool) -> str:
    """``in November 2024``, or ``on 29 November 2024`` for a day: a period with the
    preposition a sentence needs."""
    if dated:
        return _("on %(day)s") % {"day": words}
    return _("in %(period)s") % {"period": words}


def _phrase(template: str, parts: dict[str, str]) -> str:
    """A regular expression for a phrase written from ``template``, each placeholder
    matched by its part."""
    text = re.escape(template)
    for name, part in parts.items():
        text = text.replace(re.escape(f"%({name})s"), part)
    return text


# A period written as a label, or as calendar years: the same in every language.
LABELS = re.compile(
    r"(?P<pooled>\b\d{4} to \d{4}\b)"
    r"|(?P<label>\d{4}-\d{2}(?:-\d{2}| Q[1-4])?)"
    r"|(?P<calendar>(?<![\d,.-])(?:19|20)\d{2}(?![\d,.-]))"
)


@cache
def _named(names: tuple[str, ...], phrases: tuple[str, str, str]) -> re.Pattern[str]:
    """Any period written in words with the month ``names`` and ``phrases`` (a month's,
    a day's, a quarter's)."""
    month = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    year = r"(?P<{}>\d{{4}})"
    by_month, by_day, by_quarter = phrases
    quarter = _phrase(
        by_quarter,
        {"first": f"(?:{month})", "last": f"(?P<q_last>{month})", "year": year.format("q_year")},
    )
    day = _phrase(
        by_day,
        {
            "day": r"(?P<day>\d{1,2})",
            "month": f"(?P<d_month>{month})",
            "year": year.format("d_year"),
        },
    )
    in_month = _phrase(by_month, {"month": f"(?P<month>{month})", "year": year.format("m_year")})
    return re.compile(rf"(?P<quarter>{quarter})|{day}|{in_month}")


def named_patterns() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """What reads a period back from words, with the month names it reads: the site's
    language's words, English's (the words of a council's data) when they differ, and
    last the labels (``LABELS``), so a year read as a month's is not read again alone."""
    english = (MONTHS, (MONTH_YEAR, DAY_MONTH_YEAR, MONTHS_IN_YEAR))
    shown = (
        tuple(_(m) for m in MONTHS),
        (_(MONTH_YEAR), _(DAY_MONTH_YEAR), _(MONTHS_IN_YEAR)),
    )
    kinds = [shown] if shown == english else [shown, english]
    return [*((_named(names, phrases), names) for names, phrases in kinds), (LABELS, ())]
