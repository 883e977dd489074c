"""Every kind of embed is one registry entry, documented for authors and covered by a test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lantern.embeds.kind import DirectiveError
from lantern.embeds.parser import parse
from lantern.embeds.registry import KINDS, REGISTRY

PROJECT = Path(__file__).resolve().parents[2]


def _documented_rows() -> dict[str, str]:
    text = (PROJECT / "docs" / "authoring.md").read_text(encoding="utf-8")
    return {m.group(1): m.group(0) for m in re.finditer(r"^\| `([a-z ]+)` \| .*$", text, re.M)}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_is_documented_with_its_example_and_options(kind: object) -> None:
    row = _documented_rows().get(kind.name)  # type: ignore[attr-defined]
    assert row is not None, f"docs/authoring.md has no row for {kind.name}"  # type: ignore[attr-defined]
    assert f"`{kind.example}`" in row  # type: ignore[attr-defined]
    for option in kind.options:  # type: ignore[attr-defined]
        assert f"`{option}`" in row


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_kind_is_embedded_in_a_test(kind: object) -> None:
    tests = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (PROJECT / "tests").rglob("test_*.py")
        if p.name != "test_registry.py"
    )
    assert re.search(r"\{\{ " + re.escape(kind.name) + r"[ }]", tests), kind.name  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_example_parses_to_its_own_kind(kind: object) -> None:
    embed = parse(kind.example[2:-2].strip())  # type: ignore[attr-defined]
    assert embed.kind is kind


def test_a_wrongly_written_embed_is_told_its_kind_s_usage_line() -> None:
    with pytest.raises(DirectiveError) as missing:
        parse("figure operations")
    assert str(missing.value) == f"'{{{{ figure operations }}}}' {REGISTRY['figure'].usage}"
    assert (
        REGISTRY["figure"].usage == "needs a package and a figure: {{ figure finance total-cost }}"
    )
