"""The language Lantern writes a site in: every word of Lantern's and its theme's comes
from a gettext message catalogue, read with Babel and chosen by the site's ``DEFAULT_LANG``.

Lantern is written in British English, so an English site needs no catalogue. Any
other language needs one: a ``.po`` file for a translator, read and compiled in
memory when the build starts, so an edit to it needs no compile step and no binary
file is kept. Lantern's own catalogues are ``lantern/locale/<language>/LC_MESSAGES/
lantern.po``; a site may keep its own in a folder of its own (``LANTERN_TRANSLATIONS``),
which is looked in first. ``make translations`` extracts the template every
catalogue is made from (``lantern/locale/lantern.pot``).

Words are looked up as a page is written, not when a module is imported: a word kept
in a constant is marked with ``N_`` where it is declared and passed through ``_`` where
it is shown. A sentence is one message with named placeholders (``%(area)s``), never
pieced together from fragments, because another language orders words differently.
"""

from __future__ import annotations

import gettext as gettext_module
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

DOMAIN = "lantern"
# The language Lantern's own words are written in.
SOURCE_LANGUAGE = "en-GB"
LOCALE_FOLDER = Path(__file__).resolve().parent.parent / "locale"


class LanguageError(ValueError):
    """A site's language has no catalogue, or its catalogue cannot be read."""


@dataclass(frozen=True)
class Language:
    """A language's tag (as written in ``lang``), its translations, and a name for the
    catalogue it was read from, which every cache of finished words is keyed by."""

    tag: str
    translations: gettext_module.NullTranslations
    version: str


SOURCE = Language(SOURCE_LANGUAGE, gettext_module.NullTranslations(), SOURCE_LANGUAGE)


class _Current:
    """The language words are being written in: one per process, as a build is."""

    language = SOURCE


def _is_source(tag: str) -> bool:
    """English in any of its forms (``en``, ``en-GB``, ``en-US``): Lantern's own words."""
    return tag.lower().replace("_", "-").split("-")[0] == "en"


def catalogue_path(tag: str, folders: Iterable[Path] = ()) -> Path | None:
    """The ``.po`` file for ``tag`` in ``folders`` then Lantern's own: the whole tag
    (``cy-GB`` as ``cy_GB``) first, then its language alone (``cy``). A tag's case does
    not matter (Pelican writes ``DEFAULT_LANG`` in lower case; a folder is ``cy_GB``)."""
    parts = tag.lower().replace("-", "_").split("_")
    names = ["_".join(parts)] + ([parts[0]] if len(parts) > 1 else [])
    for folder in [Path(f) for f in folders] + [LOCALE_FOLDER]:
        found = {p.name.lower(): p for p in folder.iterdir()} if folder.is_dir() else {}
        for name in names:
            path = found[name] / "LC_MESSAGES" / f"{DOMAIN}.po" if name in found else None
            if path is not None and path.is_file():
                return path
    return None


def load_language(tag: str, folders: Iterable[Path] = ()) -> Language:
    """The language ``tag`` with its catalogue compiled in memory; English needs none."""
    folders = list(folders)
    path = catalogue_path(tag, folders)
    if path is None:
        if _is_source(tag):
            return Language(tag, gettext_module.NullTranslations(), SOURCE_LANGUAGE)
        looked = ", ".join(str(f) for f in [*folders, LOCALE_FOLDER])
        raise LanguageError(
            f"DEFAULT_LANG is {tag!r}, but there is no catalogue of Lantern's words in that "
            f"language (looked in {looked}). docs/translations.md says how to add one."
        )
    text = path.read_text(encoding="utf-8")
    try:
        catalogue = read_po(io.StringIO(text), domain=DOMAIN, abort_invalid=True)
    except Exception as error:  # Babel names the line; the analyst needs the file too.
        raise LanguageError(f"{path}: cannot be read as a catalogue: {error}") from error
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Language(
        tag,
        Translations(compiled, domain=DOMAIN),
        f"{tag}:{hashlib.sha256(text.encode()).hexdigest()}",
    )


def use_language(language: Language) -> None:
    """Write every following word in ``language`` (a build sets it once, as it starts)."""
    _Current.language = language


def active_language() -> Language:
    """The language words are being written in."""
    return _Current.language


def gettext(message: str) -> str:
    """``message`` in the site's language."""
    return _Current.language.translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` things, in the site's language."""
    return _Current.language.translations.ngettext(singular, plural, count)


_ = gettext


class Translated:
    """A field's message read in the site's language, as an attribute: a class of words
    declares ``words = Translated("message")`` beside its ``message`` field, marked with
    ``N_`` where each is made, and ``thing.words`` is the message as a page shows it."""

    def __init__(self, field: str) -> None:
        self.field = field

    @overload
    def __get__(self, instance: None, owner: type) -> Translated: ...
    @overload
    def __get__(self, instance: object, owner: type) -> str: ...
    def __get__(self, instance: object | None, owner: type) -> Translated | str:
        return self if instance is None else gettext(getattr(instance, self.field))


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue where it is declared; ``_`` translates it later."""
    return message
