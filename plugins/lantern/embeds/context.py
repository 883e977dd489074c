"""What an embed is filled from: the home area's data, the theme's templates, the problems.

The site layer makes one ``EmbedContext`` per build and hands it to the
Markdown extension, so the embeds never import Pelican or the site layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import jinja2

from lantern.data.area import AreaData


@dataclass
class EmbedContext:
    """The loaded area, the Jinja environment with the theme's macros, and problems found.

    ``problems`` collects ``path:line: message`` for every embed that could not be
    filled: Pelican only logs that a file failed, the build reports these.
    """

    area: AreaData
    templates: jinja2.Environment
    problems: list[str] = field(default_factory=list)

    def measure_link(self, measure_id: str) -> str:
        """The address of a measure's page, from the site's one URL builder."""
        urls: Any = self.templates.globals["urls"]
        return str(urls.absolute(urls.measure(measure_id)))
