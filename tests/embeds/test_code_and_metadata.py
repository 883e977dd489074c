"""Embed syntax in code stays literal; an embed in a page's metadata is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import run_build, write_site

CODE = """Title: How to write embeds
Slug: story

Write `{{ value H1 }}` to show a measure's latest value: {{ value H1 }}.

```
{{ chart trend H1 }}
```

An indented block is code too:

    {{ chart position H1 }}
    {{ value H2 }}

- A list item's own indented text is not code:

    {{ value H1 }} of households.
"""


def test_embeds_in_code_are_shown_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = write_site(tmp_path / "site", pages={"story.md": CODE})
    assert run_build(settings) == 0, capsys.readouterr().err
    html = (settings.parent / "output/story/index.html").read_text(encoding="utf-8")
    main = BeautifulSoup(html, "html.parser").find("main")
    assert [c.get_text() for c in main.find_all("code")] == [
        "{{ value H1 }}",
        "{{ chart trend H1 }}\n",
        "{{ chart position H1 }}\n{{ value H2 }}\n",
    ]
    assert "75.0%" in main.get_text()  # the embed outside the code is filled
    assert "75.0% of households" in main.find("li").get_text(" ", strip=True)
    assert main.find("figure") is None


@pytest.mark.parametrize("field", ["Title", "Summary"])
def test_an_embed_in_metadata_is_refused_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str
) -> None:
    page = f"Title: Our story\nSlug: story\n{field}: We prevented {{{{ value H1 }}}}.\n\nText.\n"
    settings = write_site(tmp_path / "site", pages={"story.md": page})
    assert run_build(settings) == 1
    err = capsys.readouterr().err
    assert "pages/story.md:3: embeds are not filled in a page's metadata" in err
    assert "wzxhzdk" not in err and "Traceback" not in err
    assert not (settings.parent / "output").exists()
