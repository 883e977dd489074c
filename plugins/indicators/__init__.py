"""Lantern's ``indicators`` plugin for Pelican.

The data flows ``load → compute → render → generate``; this module only
connects module-level receivers to Pelican's signals (receivers defined inside
``register`` would be garbage-collected).
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from .generator import MeasurePagesGenerator
from .settings import apply_defaults


def initialize(pelican: Any) -> None:
    """Fill in Lantern's default settings before any generator reads them."""
    apply_defaults(pelican.settings)


def get_generators(pelican: Any) -> type[MeasurePagesGenerator]:
    """Add the measure pages to the generators Pelican runs."""
    return MeasurePagesGenerator


def register() -> None:
    """Pelican's entry point for the plugin."""
    signals.initialized.connect(initialize)
    signals.get_generators.connect(get_generators)
