"""The Pelican generator: load the release once, then write one page per measure.

Pelican calls ``generate_context`` on every generator before any output is
written, so the measures placed in the context here are visible to every
template, narrative pages included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican.generators import Generator

from .downloads import package_download, write_measure_files, write_package
from .measure_page import measure_panel
from .scorecard import headline, scorecard
from .settings import SITE_DATA
from .site_data import SiteData
from .views import (
    MeasureView,
    area_name,
    credits,
    measure_views,
    shorthand_key,
    theme_views,
)


class MeasurePagesGenerator(Generator):
    """Writes ``/measures/<id>/`` for every measure and the ``/measures/`` index."""

    def generate_context(self) -> None:
        """Validate and load ``data/`` and share the measures with every template."""
        site: SiteData = self.settings[SITE_DATA]
        dataset = site.dataset
        area = site.area_code
        self.measures: list[MeasureView] = measure_views(dataset, area, self.settings, site.results)
        self.context["lantern"] = {
            "area_code": area,
            "area_name": area_name(dataset, area),
            "measures": self.measures,
            "themes": theme_views(self.measures),
            "shorthand": shorthand_key(),
            "credits": credits(dataset),
            "measures_index_url": self.settings["LANTERN_MEASURES_INDEX_URL"],
            "scorecard_url": self.settings["LANTERN_SCORECARD_URL"],
            "search_url": self.settings["LANTERN_SEARCH_URL"],
            "scorecard": scorecard(site, self.measures),
            "headline": headline(site, self.measures),
            "downloads": [
                package_download(p, self.settings["LANTERN_DATA_URL"].format(package=p.name))
                for p in dataset.packages
            ],
            "open_data_url": self.settings["LANTERN_OPEN_DATA_URL"],
            "group_names": [g.group_name for g in site.groups],
        }
        self.context["lantern_site"] = site

    def generate_output(self, writer: Any) -> None:
        """Write each measure page and the index through Pelican's writer (so URLs resolve)."""
        relative = self.settings["RELATIVE_URLS"]
        template = self.get_template("measure")
        site: SiteData = self.settings[SITE_DATA]
        for measure in self.measures:
            writer.write_file(
                measure.save_as,
                template,
                self.context,
                relative_urls=relative,
                url=measure.url,
                measure=measure,
                panel=measure_panel(site, measure.measure_id),
            )
        output = Path(self.output_path)
        for package in site.dataset.packages:
            url = self.settings["LANTERN_DATA_URL"].format(package=package.name)
            write_package(package, output / url, int(self.settings["LANTERN_SUPPRESS_BELOW"]))
        for measure in self.measures:
            write_measure_files(
                site.result(measure.measure_id), site.area_code, output / measure.url
            )
        for name in ("scorecard", "search", "open_data"):
            writer.write_file(
                self.settings[f"LANTERN_{name.upper()}_SAVE_AS"],
                self.get_template(name),
                self.context,
                relative_urls=relative,
                url=self.settings[f"LANTERN_{name.upper()}_URL"],
            )
        writer.write_file(
            self.settings["LANTERN_MEASURES_INDEX_SAVE_AS"],
            self.get_template("measures"),
            self.context,
            relative_urls=relative,
            url=self.settings["LANTERN_MEASURES_INDEX_URL"],
        )
