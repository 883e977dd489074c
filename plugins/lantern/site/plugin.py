"""Lantern as Pelican loads it: the plugin ``"lantern"`` in ``PLUGINS``.

A Lantern site is built by ``lantern build``, which checks the settings and
the data, makes the build's context and runs Pelican with Lantern's receivers
connected for that run (``site.session``). Pelican still calls ``register``
for the plugin; all it connects is a check that the build did come through
``lantern build``, so that running ``pelican`` alone stops with a clear message
instead of writing a site without Lantern's pages.
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from lantern.data.problems import LanternError
from lantern.embeds.markdown import EmbedExtension


def through_lantern(pelican: Any) -> None:
    """Stop a build that ``lantern build`` did not start (its embeds would be missing)."""
    extensions = pelican.settings.get("MARKDOWN", {}).get("extensions", [])
    if not any(isinstance(e, EmbedExtension) for e in extensions):
        raise LanternError(
            ["This is a Lantern site: build it with 'lantern build' (or 'make html'), not pelican."]
        )


def register() -> None:
    """Pelican's entry point for the plugin."""
    signals.initialized.connect(through_lantern)
