"""The output folder's safety: one build at a time, a swap that cannot lose the site,
and no leftovers from a build that was killed.

A build writes into ``.output.building-*`` beside ``output/`` and swaps it in
only when it is complete. The swap is two renames: ``output`` becomes
``.output.previous``, then the new build becomes ``output``. If the process is
killed between them, the next build finds ``.output.previous`` and no
``output`` and puts the previous site back before doing anything else, so a
reader is never left without a site for longer than the gap between two builds.
"""

from __future__ import annotations

import contextlib
import fcntl
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from lantern.data.problems import LanternError
from lantern.releases.history import SCRATCH_PREFIX


def building_prefix(target: Path) -> str:
    """The name every unfinished build of ``target`` starts with."""
    return f".{target.name}.building-"


def previous_of(target: Path) -> Path:
    """Where the last good site waits while the new one is renamed into place."""
    return target.with_name(f".{target.name}.previous")


@contextlib.contextmanager
def build_lock(target: Path) -> Iterator[None]:
    """Hold the lock for ``target``; a second build waits for the first, and says so."""
    lock = target.with_name(f".{target.name}.lock")
    with lock.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(
                f"Another build of {target.name}/ is running; waiting for it to finish.",
                file=sys.stderr,
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def recover(target: Path) -> None:
    """Put the last good site back and clear what killed builds left behind.

    Call with the lock held, before building: no other build is running then.
    """
    previous = previous_of(target)
    if previous.is_dir() and not target.exists():
        previous.rename(target)
    leftovers = [previous] if previous.exists() else []
    leftovers += list(target.parent.glob(building_prefix(target) + "*"))
    leftovers += list(target.parent.glob(SCRATCH_PREFIX + "*"))
    for leftover in leftovers:
        shutil.rmtree(leftover, ignore_errors=True)


def swap_into_place(built: Path, output: Path) -> None:
    """Replace ``output`` with ``built``; a failure leaves ``output`` as it was."""
    previous = previous_of(output)
    try:
        if output.exists():
            output.rename(previous)
        try:
            built.rename(output)
        except OSError:
            if previous.exists() and not output.exists():
                previous.rename(output)
            raise
    except OSError as error:
        shutil.rmtree(built, ignore_errors=True)
        raise LanternError(
            [
                f"{output}: the new site could not be put in place ({error.strerror or error}); "
                "the previous site was left as it was. Check that the folder and the one "
                "holding it can be written to."
            ]
        ) from None
    shutil.rmtree(previous, ignore_errors=True)
