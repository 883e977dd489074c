"""Every word Lantern writes comes from its message catalogue: the example built in a
pseudo-locale (every message's letters accented) shows no plain English word of Lantern's.

What may stay plain is the council's own: the words of its data (area and measure names,
notes, period names), its settings (the site's name, the publisher) and its Markdown
content. Every other plain word on a page is a word of Lantern's that missed the catalogue.
"""

from __future__ import annotations

import csv
import json
import re
import runpy
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup, NavigableString, Tag
from support import PROJECT, build_in_project, load_script

pseudo_locale = load_script("pseudo_locale")
SETTINGS = PROJECT / "pelicanconf.py"
# A plain English word: two or more unaccented letters (an accented word has none).
PLAIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Attributes a reader hears or sees.
READ_ATTRIBUTES = ("aria-label", "alt", "title", "placeholder", "aria-description")
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._'’-]*")
# An address or a file's name is no word to translate.
ADDRESS = re.compile(r"https?://\S+|(?<!\w)/[\w./-]*|\b[\w-]+\.(?:csv|json|svg|xml|md)\b")
# A script and a style are not read; code in the council's Markdown is its own.
SKIPPED = ("script", "style", "code", "pre")
TEMPLATE = PROJECT / "plugins" / "lantern" / "locale" / "lantern.pot"


@pytest.fixture(scope="module")
def pseudo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    catalogues = folder / "locale"
    pseudo_locale.write_pseudo_locale(catalogues)
    # A copy of the content, its links followed: the site's folder is here, not the project.
    content = shutil.copytree(PROJECT / "content", folder / "content")
    settings = folder / "pseudo.py"
    settings.write_text(
        "import runpy\n"
        f"_example = runpy.run_path({str(SETTINGS)!r})\n"
        "globals().update({k: v for k, v in _example.items() if k.isupper()})\n"
        f"PATH = {str(content)!r}\n"
        f"LANTERN_DATA_PATH = {str(PROJECT / 'data')!r}\n"
        f"LANTERN_CACHE_PATH = {str(folder / 'cache')!r}\n"
        f"DEFAULT_LANG = {pseudo_locale.TAG!r}\n"
        f"LANTERN_TRANSLATIONS = [{str(catalogues)!r}]\n",
        encoding="utf-8",
    )
    return build_in_project(settings, folder / "output")


def _normal(text: str) -> str:
    return " ".join(text.split())


def content_pieces() -> Iterator[str]:
    """The council's Markdown, in the pieces a page breaks it into: each line without its
    header's name, cut wherever a link, emphasis or an embed (which Lantern fills) starts
    or ends."""
    for path in (PROJECT / "content").rglob("*.md"):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = re.sub(r"^[A-Z][a-z_]*: ", "", raw)  # a header's name (Title: ...)
            yield from re.findall(r'"([^"]+)"', line)  # an embed's title
            yield from re.split(r"\{\{.*?\}\}|\]\([^)]*\)|[*_`#>\[\]|]|^\s*(?:-|\d+\.)\s", line)


def json_texts(value: object) -> Iterator[str]:
    """Every string in a JSON document (a data package's titles, descriptions, names)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for each in value.values():
            yield from json_texts(each)
    elif isinstance(value, list):
        for each in value:
            yield from json_texts(each)


def council_vocabulary() -> set[str]:
    """Every word of the council's data and Markdown, as written: a word or two standing
    alone on a page (a file's name, a word between two links) is the council's if it is
    one of these."""
    files = [*(PROJECT / "data").rglob("*.csv"), *(PROJECT / "data").rglob("*.json")]
    files += list((PROJECT / "content").rglob("*.md"))
    text = " ".join(path.read_text(encoding="utf-8") for path in files)
    return {w.rstrip('.,:;"') for w in TOKEN.findall(text)}


def words_of(text: str) -> str:
    """A piece of text as its words alone, to match a piece of the council's Markdown."""
    return " ".join(re.findall(r"[A-Za-z0-9'’-]+", text))


def council_phrases() -> list[str]:
    """The council's own words, longest first: every name or sentence of its data (a field
    with a capital or a space: not a code such as ``higher``), its settings' text and the
    pieces of its Markdown."""
    phrases: set[str] = set()
    for path in (PROJECT / "data").rglob("*.csv"):
        with path.open(encoding="utf-8") as handle:
            for row in csv.reader(handle):
                phrases.update(_normal(c) for c in row if re.search(r"[A-Z\s]", c))
    for path in (PROJECT / "data").rglob("*.json"):  # the packages' titles and descriptions
        phrases.update(_normal(t) for t in json_texts(json.loads(path.read_text("utf-8"))))
    settings = runpy.run_path(str(SETTINGS))
    phrases.update(_normal(v) for v in settings.values() if isinstance(v, str))
    phrases.update(_normal(piece) for piece in content_pieces())
    # A lone lower-case word ("value") is too common to set aside as the council's.
    kept = (p for p in phrases if PLAIN_WORD.search(p) and (" " in p or p[:1].isupper()))
    return sorted(kept, key=len, reverse=True)


def read_text(soup: BeautifulSoup) -> Iterator[str]:
    """Each piece of text a reader meets: the page's words and those it says aloud."""
    for node in soup.descendants:
        if type(node) is NavigableString:  # not a comment, nor the doctype
            if node.parent is not None and node.parent.name not in SKIPPED:
                yield str(node)
        elif isinstance(node, Tag):
            for name in READ_ATTRIBUTES:
                if node.get(name):
                    yield str(node[name])


def council_words(phrases: list[str]) -> re.Pattern[str]:
    """Any of the council's phrases as whole words, the longest first where two start at
    one place."""
    return re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in phrases))


def untranslated(
    text: str, council: re.Pattern[str], known: tuple[set[str], set[str]]
) -> str | None:
    """The plain English left in ``text`` once the council's own words are taken out: none
    when it is a whole piece of the council's Markdown, or a word or two of its own."""
    pieces, vocabulary = known
    whole = _normal(ADDRESS.sub(" ", text))
    if not PLAIN_WORD.search(whole) or words_of(whole) in pieces:
        return None
    for left in (whole, _normal(council.sub(" ", whole))):
        alone = TOKEN.findall(left)
        if not PLAIN_WORD.search(left) or (
            len(alone) <= 2 and all(w.rstrip('.,:;"') in vocabulary for w in alone)
        ):
            return None
    return left


@pytest.mark.site_build
def test_no_page_of_the_example_has_a_word_of_lanterns_left_out_of_the_catalogue(
    pseudo_site: Path,
) -> None:
    council = council_words(council_phrases())
    known = ({words_of(piece) for piece in content_pieces()}, council_vocabulary())
    found: dict[str, set[str]] = {}
    for page in sorted(pseudo_site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for text in read_text(soup):
            left = untranslated(text, council, known)
            if left:
                found.setdefault(left, set()).add(page.relative_to(pseudo_site).as_posix())
    report = [f"{text!r} on {len(pages)} pages, e.g. {min(pages)}" for text, pages in found.items()]
    assert not report, "Not from the catalogue:\n" + "\n".join(sorted(report)[:80])


@pytest.mark.site_build
def test_every_page_of_the_pseudo_locale_says_its_language(pseudo_site: Path) -> None:
    pages = sorted(pseudo_site.rglob("*.html"))
    assert pages
    for page in pages:
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("html")
        assert html is not None and str(html.get("lang")).lower() == "en-xa", page


def test_the_catalogue_template_holds_every_message_of_lanterns_code() -> None:
    with TEMPLATE.open("rb") as handle:
        kept = {m.id for m in read_po(handle) if m.id}
    now = pseudo_locale.extracted()
    assert now, "Lantern's words are marked for the catalogue"
    assert kept == now, (
        "plugins/lantern/locale/lantern.pot is out of date: run make translations "
        f"({len(now - kept)} new, {len(kept - now)} gone)"
    )


def test_the_check_finds_plain_english_and_passes_the_councils_words_and_the_accented() -> None:
    council = council_words(council_phrases())
    known = ({words_of(piece) for piece in content_pieces()}, council_vocabulary())
    assert untranslated("Show the data as a table", council, known) == "Show the data as a table"
    assert untranslated("Sefton's value fell", council, known) == "'s value fell"
    assert untranslated(pseudo_locale.pseudo("Show the data as a table"), council, known) is None
    assert untranslated("Sefton", council, known) is None
    assert untranslated("values.csv", council, known) is None
