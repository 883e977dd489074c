"""Lantern's words in the site's language: a catalogue chosen by DEFAULT_LANG, a site's own
catalogue looked in first, English with none, and a clear stop for a language with none."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from lantern.site.messages import with_messages
from lantern.vocab import language
from lantern.vocab.language import LanguageError, load_language, use_language


def write_catalogue(folder: Path, tag: str, messages: dict[object, object]) -> Path:
    catalogue = Catalog(locale=tag.replace("-", "_"), domain="lantern")
    for message, translation in messages.items():
        catalogue.add(message, translation)
    path = folder / tag.replace("-", "_") / "LC_MESSAGES" / "lantern.po"
    path.parent.mkdir(parents=True)
    with path.open("wb") as handle:
        write_po(handle, catalogue)
    return path


def test_english_needs_no_catalogue() -> None:
    for tag in ("en", "en-GB", "en-US"):
        use_language(load_language(tag))
        assert language.gettext("All measures") == "All measures"


def test_a_language_with_no_catalogue_stops_the_build_naming_where_it_looked(
    tmp_path: Path,
) -> None:
    with pytest.raises(LanguageError) as stopped:
        load_language("cy", [tmp_path])
    assert "'cy'" in str(stopped.value) and str(tmp_path) in str(stopped.value)
    assert "docs/translations.md" in str(stopped.value)


def test_a_sites_own_catalogue_is_read_first_and_a_region_falls_back_to_its_language(
    tmp_path: Path,
) -> None:
    write_catalogue(tmp_path, "cy", {"All measures": "Pob mesur", "Home": "Hafan"})
    use_language(load_language("cy-GB", [tmp_path]))
    assert language.gettext("All measures") == "Pob mesur"
    assert language.gettext("Not in the catalogue") == "Not in the catalogue"


def test_plurals_follow_the_languages_own_rules(tmp_path: Path) -> None:
    # Welsh has six plural forms; three takes the fourth (CLDR, as Babel writes it).
    forms = ("dim", "%(count)s cyngor", "dau", "%(count)s chyngor", "chwe", "%(count)s o gynghorau")
    write_catalogue(tmp_path, "cy", {("%(count)s council", "%(count)s councils"): forms})
    use_language(load_language("cy", [tmp_path]))
    assert language.ngettext("%(count)s council", "%(count)s councils", 3) == forms[3]
    assert language.ngettext("%(count)s council", "%(count)s councils", 1) == forms[1]


def test_a_catalogue_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cy" / "LC_MESSAGES" / "lantern.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid "Home"\nHafan, with no msgstr\n', encoding="utf-8")
    with pytest.raises(LanguageError, match=str(path)):
        load_language("cy", [tmp_path])


def test_templates_write_the_words_in_the_sites_language_and_escape_what_fills_them(
    tmp_path: Path,
) -> None:
    write_catalogue(tmp_path, "cy", {"Published by %(who)s.": "Cyhoeddwyd gan %(who)s."})
    use_language(load_language("cy", [tmp_path]))
    environment = jinja2.Environment(autoescape=True, **with_messages({}))
    page = environment.from_string('{{ _("Published by %(who)s.", who=who) }}')
    assert page.render(who="Bro <Morgannwg>") == "Cyhoeddwyd gan Bro &lt;Morgannwg&gt;."
    block = environment.from_string(
        "{% trans who=who %}\n  Published by\n  {{ who }}.\n{% endtrans %}"
    )
    assert block.render(who="Caerdydd") == "Cyhoeddwyd gan Caerdydd."


def test_a_cache_of_finished_words_is_named_by_the_language(tmp_path: Path) -> None:
    from lantern.data.kept import code_version

    english = code_version()
    write_catalogue(tmp_path, "cy", {"Home": "Hafan"})
    use_language(load_language("cy", [tmp_path]))
    assert code_version() != english


def test_a_tag_is_found_whatever_its_case(tmp_path: Path) -> None:
    # Pelican hands Lantern DEFAULT_LANG in lower case; a catalogue's folder is cy_GB.
    write_catalogue(tmp_path, "cy-GB", {"Home": "Hafan"})
    use_language(load_language("cy-gb", [tmp_path]))
    assert language.gettext("Home") == "Hafan"


def test_a_declared_word_is_read_in_the_language_of_the_page_being_written(
    tmp_path: Path,
) -> None:
    from lantern.vocab.polarity import BANDS

    write_catalogue(tmp_path, "cy", {"Top quartile": "Chwartel uchaf"})
    assert BANDS["top"].words == "Top quartile"
    use_language(load_language("cy", [tmp_path]))
    assert BANDS["top"].words == "Chwartel uchaf"
