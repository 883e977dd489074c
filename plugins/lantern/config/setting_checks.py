"""The checks behind each setting: each returns what is wrong with a value, or None.

A check's words finish the sentence "Setting NAME …", so every message says
what the setting must be; ``read_settings`` adds the value it got.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from string import Formatter
from typing import Any

from lantern.data.contract import MEASURE_ID

Check = Callable[[Any], str | None]


def text(value: Any) -> str | None:
    return None if isinstance(value, str) and value else "must be text, e.g. 'data'"


def optional_text(value: Any) -> str | None:
    return None if value is None or isinstance(value, str) else "must be text or None"


def area(value: Any) -> str | None:
    if isinstance(value, str) and value:
        return None
    return "must name the home area's area_code, e.g. 'E08000014'"


def areas(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value):
        return None
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) and v for v in value):
        return None
    return "must be None, 'all', a group_id or a list of area_codes, e.g. ['E08000014']"


def text_list(example: str, *, unique: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if not (isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)):
            return f"must be a list of text, e.g. {example}"
        twice = [v for i, v in enumerate(value) if v in value[:i]]
        return f"names {twice[0]!r} twice; list each once" if unique and twice else None

    return check


def whole_number(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return None
    return "must be a whole number of 0 or more"


def number(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return None
    return "must be a number of 0 or more"


def one_of(*allowed: str) -> Check:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"must be one of {', '.join(allowed)}"

    return check


def numbers_by_measure(value: Any) -> str | None:
    if isinstance(value, dict) and all(
        isinstance(k, str) and number(v) is None for k, v in value.items()
    ):
        return None
    return "must map measure_ids to numbers of 0 or more, e.g. {'2A1': 0.5}"


def codes_to_measures(value: Any) -> str | None:
    if isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) and MEASURE_ID.fullmatch(k) and v
        for k, v in value.items()
    ):
        return None
    return (
        "must map old codes (letters, digits, '-', '_' or '.') to measure_ids, e.g. {'2B': '2A1'}"
    )


def pattern(*placeholders: str) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str) or not value:
            return "must be a path pattern"
        try:
            value.format(**dict.fromkeys(placeholders, "x"))
        except (KeyError, IndexError, ValueError):
            names = ", ".join("{" + p + "}" for p in placeholders) or "no placeholder"
            return f"may only use {names}"
        missing = [p for p in placeholders if "{" + p + "}" not in value]
        return f"must contain {{{missing[0]}}}" if missing else None

    return check


# Pelican's address patterns for pages and articles, and what a pattern may name in them.
CONTENT_PATTERNS = ("PAGE_URL", "PAGE_SAVE_AS", "ARTICLE_URL", "ARTICLE_SAVE_AS")
CONTENT_FIELDS = ("slug", "lang", "date", "category", "author")


def pattern_problems(settings: Mapping[str, Any]) -> list[str]:
    """Pelican's page and article address patterns name only what content has."""
    problems = []
    for name in CONTENT_PATTERNS:
        value = settings.get(name)
        if not isinstance(value, str):
            continue
        try:
            used = {field for _, field, _, _ in Formatter().parse(value) if field is not None}
        except ValueError as error:
            problems.append(f"Setting {name} is not a valid pattern ({error}), got {value!r}.")
            continue
        names = sorted({f.split(".")[0].split("[")[0] for f in used})
        unknown = [f for f in names if f not in CONTENT_FIELDS]
        if unknown:
            allowed = ", ".join("{" + f + "}" for f in CONTENT_FIELDS)
            problems.append(
                f"Setting {name} uses {{{unknown[0]}}}, which a page does not have; "
                f"it may use {allowed}. Got {value!r}."
            )
    return problems
