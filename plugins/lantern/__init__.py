"""Lantern: validated open data in, an accessible public website out.

The package is in layers, each a folder (see docs/architecture.md):
``data`` (the contract, validation, loading), ``compute`` (pure figures),
``present`` (what a page shows), ``embeds`` (the ``{{ }}`` registry),
``site`` (the Pelican glue) and ``cli`` (the ``lantern`` command).

Pelican loads this package as the plugin ``"lantern"`` and calls ``register``;
the Pelican glue itself lives in ``lantern.site``.
"""

from __future__ import annotations


def register() -> None:
    """Pelican's entry point for the plugin."""
    from lantern.site.plugin import register as register_site

    register_site()
