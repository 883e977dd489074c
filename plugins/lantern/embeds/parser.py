"""The embedding syntax authors write in Markdown: ``{{ kind arguments key=value }}``.

Examples (docs/authoring.md has one of each)::

    Our rate is {{ value 2A1 }}, {{ badge 2A1 england }} and {{ direction 2A1 }}.
    {{ chart trend 2A1 }}

Parsing is separate from rendering so an unknown word or a malformed option
is reported with the file and line before anything is drawn. Everything it
knows about a kind comes from ``registry.py``.
"""

from __future__ import annotations

import re
import shlex

from lantern.embeds.kind import DirectiveError, Embed, EmbedKind
from lantern.embeds.registry import REGISTRY, families, types_of

DIRECTIVE = re.compile(r"\{\{\s*([^{}]+?)\s*\}\}")


def _kind(words: list[str]) -> tuple[EmbedKind, list[str]]:
    """The kind the words name and the words after it (a chart's type is part of its kind)."""
    first, rest = words[0], words[1:]
    if first not in families():
        raise DirectiveError(f"unknown embed '{first}'. Allowed: {', '.join(families())}")
    if first in REGISTRY:
        return REGISTRY[first], rest
    name = f"{first} {rest[0]}" if rest else first
    if name not in REGISTRY:
        allowed = ", ".join(types_of(first))
        raise DirectiveError(f"'{first}' needs a type first. Allowed: {allowed}")
    return REGISTRY[name], rest[1:]


def parse(text: str) -> Embed:
    """Parse the inside of ``{{ … }}`` into an Embed, or raise DirectiveError."""
    try:
        words = shlex.split(text)
    except ValueError as error:
        raise DirectiveError(f"cannot read '{{{{ {text} }}}}': {error}") from None
    if not words:
        raise DirectiveError("empty '{{ }}'")
    kind, rest = _kind(words)
    args = tuple(w for w in rest if "=" not in w)
    options = dict(w.split("=", 1) for w in rest if "=" in w)
    positional = tuple(w for w in words[1:] if "=" not in w)
    embed = Embed(kind, args, options, text, positional)
    _check_shape(embed)
    return embed


def _check_shape(embed: Embed) -> None:
    kind = embed.kind
    missing = [o for o in kind.required_options if o not in embed.options]
    if len(embed.args) != len(kind.arguments) or missing:
        raise DirectiveError(f"'{{{{ {embed.text} }}}}' {kind.usage}")
    unknown = sorted(set(embed.options) - set(kind.options))
    if unknown:
        allowed = ", ".join(kind.options) or "none"
        raise DirectiveError(f"unknown option '{unknown[0]}' for {kind.family}. Allowed: {allowed}")
