"""What a kept drawing may hold before it is pasted into a page."""

from __future__ import annotations

import pytest

from lantern.present.charts.svg_check import is_plain_drawing

PLAIN = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10">'
    '<defs><clipPath id="c"><rect width="10" height="10"/></clipPath></defs>'
    '<g clip-path="url(#c)"><path d="M0,0L10,10" stroke="#000"/>'
    '<text x="1" y="9">Source data: NHS, url(see notes)</text></g></svg>'
)


def test_a_plain_drawing_with_any_words_in_its_text_is_accepted() -> None:
    assert is_plain_drawing(PLAIN)


@pytest.mark.parametrize(
    "hostile",
    [
        PLAIN.replace("<g ", '<g onload="alert(1)" '),
        PLAIN.replace("</svg>", "<script>alert(1)</script></svg>"),
        PLAIN.replace("</svg>", '<a href="https://evil.example"><text>x</text></a></svg>'),
        PLAIN.replace('stroke="#000"', 'fill="url(https://evil.example/x)"'),
        PLAIN.replace('stroke="#000"', 'fill="url(  #c)" class="javascript:alert(1)"'),
        PLAIN.replace('stroke="#000"', 'fill="data:image/png;base64,AAAA"'),
        PLAIN.replace('stroke="#000"', 'xmlns:x="http://www.w3.org/1999/xlink" x:href="#c"'),
        '<!DOCTYPE svg [<!ENTITY e "x">]>' + PLAIN,
        PLAIN.replace("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml"),
        PLAIN[: len(PLAIN) // 2],
    ],
)
def test_anything_beyond_plain_drawing_is_refused(hostile: str) -> None:
    assert not is_plain_drawing(hostile)
