"""Pelican's writer for a shard: it writes only the pages the build's shard owns
(``shards.ShardPlan``), so Pelican's own pages are shared out like Lantern's."""

from __future__ import annotations

from typing import Any

from pelican.writers import Writer

from lantern.site.loaded import LOADED


class ShardWriter(Writer):
    """Writes a page only when the build's shard owns its address; the whole site otherwise."""

    def write_file(self, name: Any, template: Any, context: Any, *args: Any, **kwargs: Any) -> Any:
        """Pelican's ``write_file``, skipped for another shard's page."""
        loaded = self.settings.get(LOADED)
        if name and loaded is not None and not loaded.shard.owns(str(name)):
            return None
        return super().write_file(name, template, context, *args, **kwargs)
