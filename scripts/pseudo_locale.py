"""A pseudo-locale of Lantern's words: every message of the catalogue template with its
letters swapped for accented look-alikes ("Home" becomes "Ĥóɱé"), placeholders and markup
kept as they are.

A site built in it shows at a glance, and to a test, any word of Lantern's that did not
go through the catalogue: that word is still plain English. Usage:

    python scripts/pseudo_locale.py FOLDER

writes FOLDER/en_XA/LC_MESSAGES/lantern.po from the words in Lantern's code now; a
site with ``DEFAULT_LANG = "en-XA"`` and ``LANTERN_TRANSLATIONS = ["FOLDER"]`` is built
in it (docs/translations.md).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import write_po

PROJECT = Path(__file__).resolve().parents[1]

TAG = "en-XA"
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOOKALIKES = "áƀçđéƒĝĥíĵķľɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĽṀÑÓÞǪŔŠŢÚṼŴẊÝŽ"
ACCENTED = str.maketrans(LETTERS, LOOKALIKES)
# What a translation must keep as it is: a placeholder, an HTML tag or entity.
KEPT = re.compile(r"%\([A-Za-z0-9_]+\)[sdr]|%%|<[^>]*>|&[a-z#0-9]+;")


def pseudo(message: str) -> str:
    """``message`` with every letter outside its placeholders and markup accented."""
    pieces, end = [], 0
    for kept in KEPT.finditer(message):
        pieces.append(message[end : kept.start()].translate(ACCENTED))
        pieces.append(kept.group())
        end = kept.end()
    pieces.append(message[end:].translate(ACCENTED))
    return "".join(pieces)


def extracted() -> set[str | tuple[str, ...]]:
    """Every message in Lantern's code and theme now, found as ``make translations`` finds
    them (babel.cfg): a plural message as its singular and plural."""
    with (PROJECT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    return {
        message
        for _, _, message, _, _ in extract_from_dir(str(PROJECT), method_map, options_map)
        if message
    }


def pseudo_catalogue() -> Catalog:
    """Every message of Lantern's code, in the pseudo-locale."""
    catalogue = Catalog(locale="en", domain="lantern")
    for message in sorted(extracted(), key=str):
        if isinstance(message, tuple):
            catalogue.add(message, tuple(pseudo(m) for m in message))
        else:
            catalogue.add(message, pseudo(message))
    return catalogue


def write_pseudo_locale(folder: Path) -> Path:
    """Write the pseudo-locale's catalogue under ``folder``; returns its path."""
    path = folder / TAG.replace("-", "_") / "LC_MESSAGES" / "lantern.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, pseudo_catalogue())
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("Usage: python scripts/pseudo_locale.py FOLDER")
    print(write_pseudo_locale(Path(sys.argv[1])))
