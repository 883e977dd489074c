"""Pages and the search index kept between builds never show what has since changed."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from bs4 import BeautifulSoup
from support import run_build, write_site

from lantern.installed import THEME_PATH

PAGE = (
    "Title: Our homes\nSlug: homes\n\nWe let {{ value H1 }} on time.\n\n"
    "{{ chart bar safeguarding/concerns x=abuse_type y=concerns }}\n"
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return write_site(tmp_path / "site", pages={"homes.md": PAGE})


def build(settings: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = run_build(settings)
    err = capsys.readouterr().err
    assert code == 0, err
    return err


def page(settings: Path, path: str = "homes") -> BeautifulSoup:
    html = settings.parent / "output" / path / "index.html"
    return BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")


def sentence(settings: Path) -> str:
    return page(settings).find("main").find("p").get_text(" ", strip=True)


def test_a_page_kept_by_pelican_shows_the_latest_data_and_its_own_latest_words(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(site, capsys)
    assert "75.0%" in sentence(site)
    assert any((site.parent / "cache" / "pages").rglob("*Readers")), "Pelican kept no page"

    values = site.parent / "data" / "housing" / "values.csv"
    text = values.read_text(encoding="utf-8")
    values.write_text(text.replace(",57,76,75.0,", ",56,76,73.7,"), encoding="utf-8")
    build(site, capsys)
    assert "73.7%" in sentence(site) and "75.0%" not in sentence(site)

    markdown = site.parent / "content" / "pages" / "homes.md"
    markdown.write_text(PAGE.replace("We let", "This year we let"), encoding="utf-8")
    build(site, capsys)
    assert sentence(site).startswith("This year we let 73.7%")


def test_a_kept_page_still_publishes_its_charts_for_the_explorer(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(site, capsys)
    build(site, capsys)  # the page now comes from Pelican's cache
    link = page(site).select_one("p.chart-explore a")
    assert link is not None
    query = parse_qs(urlparse(link["href"]).query)
    names = [values[0] for key, values in query.items() if key != "title"]
    assert names
    for name in names:
        assert (site.parent / "output" / "charts" / f"{name}.json").is_file(), name


def test_a_page_whose_embed_failed_fails_every_build_until_it_is_mended(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(site, capsys)
    markdown = site.parent / "content" / "pages" / "homes.md"
    markdown.write_text(PAGE + "\n{{ value NOPE }}\n", encoding="utf-8")
    for _ in range(2):
        assert run_build(site) != 0
        assert "NOPE" in capsys.readouterr().err
    markdown.write_text(PAGE, encoding="utf-8")
    build(site, capsys)


def test_a_changed_theme_reads_every_page_again(
    site: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(THEME_PATH, theme)
    with site.open("a", encoding="utf-8") as handle:
        handle.write(f"THEME = {str(theme)!r}\n")
    build(site, capsys)
    macros = theme / "templates" / "_macros.html"
    text = macros.read_text(encoding="utf-8")
    macros.write_text(text.replace('class="figure"', 'class="figure kept-test"'), encoding="utf-8")
    build(site, capsys)
    assert page(site).find(class_="kept-test") is not None


def test_the_search_index_is_kept_for_the_same_pages_and_made_again_for_new_ones(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(site, capsys)
    kept = list((site.parent / "cache" / "search").glob("*.tar"))
    assert len(kept) == 1
    index = site.parent / "output" / "pagefind" / "pagefind-entry.json"
    first = index.read_bytes()
    build(site, capsys)
    assert index.read_bytes() == first
    assert list((site.parent / "cache" / "search").glob("*.tar")) == kept

    markdown = site.parent / "content" / "pages" / "homes.md"
    markdown.write_text(PAGE + "\nA new word: zanzibar.\n", encoding="utf-8")
    build(site, capsys)
    after = list((site.parent / "cache" / "search").glob("*.tar"))
    assert len(after) == 1 and after != kept
    fragments = (site.parent / "output" / "pagefind" / "fragment").iterdir()
    assert any(b"zanzibar" in __import__("gzip").decompress(f.read_bytes()) for f in fragments)


def test_a_kept_search_index_that_would_write_outside_the_index_is_not_used(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib
    import io
    import tarfile

    build(site, capsys)
    kept = next((site.parent / "cache" / "search").glob("*.tar"))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        evil = b"<p>not ours</p>"
        info = tarfile.TarInfo("homes/index.html")
        info.size = len(evil)
        archive.addfile(info, io.BytesIO(evil))
    kept.write_bytes(buffer.getvalue())
    digest = hashlib.sha256(buffer.getvalue()).hexdigest()
    kept.with_suffix(".sha256").write_text(digest, encoding="utf-8")
    build(site, capsys)
    assert "not ours" not in (site.parent / "output" / "homes" / "index.html").read_text()
    assert (site.parent / "output" / "pagefind" / "pagefind-entry.json").is_file()
