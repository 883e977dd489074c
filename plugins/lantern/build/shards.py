"""Shards: one site built as N parts (``lantern build --shard K/N``), on one machine or many.

Every shard reads the same content and data; each writes only the pages it
owns and every shared file (theme, downloads, feeds, releases), which are the
same in every shard. An area's pages (``areas/<code>/...``) go together, the
areas dealt out in turn so each shard gets as many; every other page goes by
a hash of its address. ``lantern merge`` (``cli/merge.py``) joins the parts.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lantern.data.problems import LanternError

# Where a shard says which it is; ``lantern merge`` reads it and leaves it out of the site.
MARKER = ".lantern-shard.json"


@dataclass(frozen=True)
class Shard:
    """Shard ``number`` of ``count`` (1-based); ``Shard(1, 1)`` is the whole site."""

    number: int = 1
    count: int = 1

    @property
    def whole(self) -> bool:
        return self.count == 1

    def takes(self, position: int) -> bool:
        """Whether the ``position``-th of a list dealt out in turn is this shard's."""
        return position % self.count == self.number - 1


WHOLE = Shard()


def parse_shard(text: str) -> Shard:
    """``"2/4"`` → Shard(2, 4); LanternError naming what is wrong otherwise."""
    number, _, count = text.partition("/")
    if not (number.isdigit() and count.isdigit() and 1 <= int(number) <= int(count)):
        raise LanternError(
            [
                f"--shard {text}: give the shard as K/N, with N the number of shards and "
                "K from 1 to N (for example --shard 2/4)."
            ]
        )
    return Shard(int(number), int(count))


@dataclass(frozen=True)
class ShardPlan:
    """Which pages one shard writes: by area for an area's pages, by address for the rest."""

    shard: Shard = WHOLE
    # The slug of each area's folder under ``areas/`` and its place in the list of areas.
    area_positions: dict[str, int] = field(default_factory=dict)
    areas_prefix: str = ""

    def owns(self, save_as: str) -> bool:
        """Whether this shard writes the page saved at ``save_as``."""
        if self.shard.whole:
            return True
        if self.areas_prefix and save_as.startswith(self.areas_prefix):
            folder, _, rest = save_as[len(self.areas_prefix) :].partition("/")
            if rest and folder in self.area_positions:
                return self.shard.takes(self.area_positions[folder])
        return self.shard.takes(zlib.crc32(save_as.encode("utf-8")))


def plan_for(shard: Shard, area_slugs: Iterable[str], areas_prefix: str) -> ShardPlan:
    """The plan for ``shard`` of a site whose areas have these folder names, in order."""
    positions = {slug: position for position, slug in enumerate(area_slugs)}
    return ShardPlan(shard, positions, areas_prefix)


@dataclass(frozen=True)
class ShardMark:
    """What a shard records about itself, so that only parts of one build are merged."""

    number: int
    count: int
    release: str
    built_at: str

    def write(self, folder: Path) -> None:
        (folder / MARKER).write_text(json.dumps(asdict(self), sort_keys=True), encoding="utf-8")

    @classmethod
    def read(cls, folder: Path) -> ShardMark:
        """The mark of the shard in ``folder``; LanternError if it is not a shard's output."""
        path = folder / MARKER
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            raise LanternError(
                [f"{folder}: not the output of 'lantern build --shard K/N' ({MARKER} is missing)."]
            ) from None
