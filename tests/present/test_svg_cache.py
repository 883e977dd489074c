"""A chart from the cache is used only if it is the drawing that was made, and plain."""

from __future__ import annotations

from pathlib import Path

import pytest

from lantern.present.charts.svg import SvgCache
from lantern.present.charts.svg_check import is_plain_drawing

SPEC = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "data": {"values": [{"a": "x", "b": 1}, {"a": "y", "b": 2}]},
    "mark": "bar",
    "encoding": {
        "x": {"field": "a", "type": "nominal"},
        "y": {"field": "b", "type": "quantitative"},
    },
}


@pytest.fixture
def cache(tmp_path: Path) -> tuple[SvgCache, Path, str]:
    cache = SvgCache(tmp_path)
    drawn = cache.svg(SPEC)
    return cache, tmp_path / f"{cache.key(SPEC)}.svg", drawn


def test_a_fresh_drawing_is_plain_and_comes_back_from_the_cache(
    cache: tuple[SvgCache, Path, str],
) -> None:
    svg_cache, path, drawn = cache
    assert is_plain_drawing(drawn)
    assert path.read_text(encoding="utf-8") == drawn
    assert svg_cache.svg(SPEC) == drawn


@pytest.mark.parametrize(
    "tamper",
    [
        lambda svg: svg[: len(svg) // 2],  # truncated by a full disk
        lambda svg: svg.replace("</svg>", "<script>alert(1)</script></svg>"),
        lambda svg: svg.replace("<g ", '<g onload="alert(1)" ', 1),
        lambda svg: svg.replace("</svg>", '<image href="https://evil.example/x.png"/></svg>'),
    ],
)
def test_a_changed_or_broken_cache_file_is_drawn_again(
    cache: tuple[SvgCache, Path, str], tamper: object
) -> None:
    svg_cache, path, drawn = cache
    path.write_text(tamper(drawn), encoding="utf-8")  # type: ignore[operator]
    assert svg_cache.svg(SPEC) == drawn
    assert path.read_text(encoding="utf-8") == drawn


def test_a_tampered_file_with_a_matching_checksum_is_still_refused(
    cache: tuple[SvgCache, Path, str],
) -> None:
    import hashlib

    svg_cache, path, drawn = cache
    evil = drawn.replace("</svg>", "<script>alert(1)</script></svg>")
    path.write_text(evil, encoding="utf-8")
    digest = hashlib.sha256(evil.encode()).hexdigest()
    path.with_suffix(".sha256").write_text(digest, encoding="utf-8")
    assert svg_cache.svg(SPEC) == drawn
