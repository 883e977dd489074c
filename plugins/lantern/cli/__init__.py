"""The ``lantern`` command: validate, build, compute and serve."""

from __future__ import annotations

from lantern.cli.command import main

__all__ = ["main"]
