"""Lantern's words in the theme's templates: Jinja's i18n extension, looking each message
up in the site's language (``vocab.language``) as a page is written.

Templates write ``{{ _("All measures") }}``, or ``{{ _("Published by %(who)s.", who=PUBLISHER) }}``
for a sentence with a placeholder: new-style gettext fills the placeholders itself and
escapes what it puts in them, so a translator's sentence is trusted and an area's name is
not. Whitespace inside a ``{% trans %}`` block is trimmed, as ``make translations`` trims it
when it extracts the block.
"""

from __future__ import annotations

from typing import Any

import jinja2
import jinja2.ext

from lantern.vocab.language import gettext, ngettext


class LanternMessages(jinja2.ext.InternationalizationExtension):
    """Jinja's i18n extension with the site's language installed."""

    def __init__(self, environment: jinja2.Environment) -> None:
        super().__init__(environment)
        environment.policies["ext.i18n.trimmed"] = True
        environment.install_gettext_callables(  # type: ignore[attr-defined]
            gettext, ngettext, newstyle=True
        )


def with_messages(environment: dict[str, Any]) -> dict[str, Any]:
    """Jinja environment settings (Pelican's JINJA_ENVIRONMENT) with Lantern's words added."""
    extensions = [e for e in environment.get("extensions", []) if e is not LanternMessages]
    return {**environment, "extensions": [*extensions, LanternMessages]}
