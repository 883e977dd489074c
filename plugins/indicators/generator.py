"""The Pelican generator: load the release once, then write one page per measure.

Pelican calls ``generate_context`` on every generator before any output is
written, so the measures placed in the context here are visible to every
template, narrative pages included.
"""

from __future__ import annotations

from typing import Any

from pelican.generators import Generator

from .load import Dataset, load_dataset
from .problems import LanternError
from .settings import check_settings, data_path
from .views import (
    MeasureView,
    area_name,
    credits,
    measure_views,
    shorthand_key,
    theme_views,
)


def check_site_against_data(settings: dict[str, Any], dataset: Dataset) -> None:
    """The home area and comparator groups named in the settings exist in the data."""
    problems = []
    area = settings["LANTERN_AREA"]
    if area not in set(dataset.areas["area_code"]):
        problems.append(
            f"Setting LANTERN_AREA is {area!r}, which is not an area_code in "
            "data/reference/areas.csv."
        )
    groups = sorted(set(dataset.groups["group_id"]))
    for group_id in settings["LANTERN_COMPARATORS"]:
        if group_id not in groups:
            problems.append(
                f"Setting LANTERN_COMPARATORS names {group_id!r}, which is not a group_id in "
                f"data/reference/groups.csv. Allowed: {', '.join(groups)}."
            )
    if problems:
        raise LanternError(problems)


class MeasurePagesGenerator(Generator):
    """Writes ``/measures/<id>/`` for every measure and the ``/measures/`` index."""

    def generate_context(self) -> None:
        """Validate and load ``data/`` and share the measures with every template."""
        check_settings(self.settings)
        dataset = load_dataset(data_path(self.settings))
        check_site_against_data(self.settings, dataset)
        area = self.settings["LANTERN_AREA"]
        self.measures: list[MeasureView] = measure_views(dataset, area, self.settings)
        self.context["lantern"] = {
            "area_code": area,
            "area_name": area_name(dataset, area),
            "measures": self.measures,
            "themes": theme_views(self.measures),
            "shorthand": shorthand_key(),
            "credits": credits(dataset),
            "measures_index_url": self.settings["LANTERN_MEASURES_INDEX_URL"],
        }
        self.context["lantern_dataset"] = dataset

    def generate_output(self, writer: Any) -> None:
        """Write each measure page and the index through Pelican's writer (so URLs resolve)."""
        relative = self.settings["RELATIVE_URLS"]
        template = self.get_template("measure")
        for measure in self.measures:
            writer.write_file(
                measure.save_as,
                template,
                self.context,
                relative_urls=relative,
                url=measure.url,
                measure=measure,
            )
        writer.write_file(
            self.settings["LANTERN_MEASURES_INDEX_SAVE_AS"],
            self.get_template("measures"),
            self.context,
            relative_urls=relative,
            url=self.settings["LANTERN_MEASURES_INDEX_URL"],
        )
