"""The Pelican generator: load the release once, then write one page per measure.

Pelican calls ``generate_context`` on every generator before any output is
written, so the measures placed in the context here are visible to every
template, narrative pages included.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pelican.generators import Generator

from .downloads import package_download, write_measure_files, write_package
from .measure_page import measure_panel
from .redirects import measure_redirects
from .release_site import ReleaseHistory, write_feed, write_release_data
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
        self.history = ReleaseHistory(site, self.settings, list(self.context.get("articles", [])))
        base_release, pending = self.history.pending()
        self.context["lantern"].update(
            {
                "releases": list(reversed(self.history.releases)),
                "latest_release": self.history.latest,
                "pending_changes": pending,
                "pending_since": base_release,
                "releases_url": self.settings["LANTERN_RELEASES_URL"],
                "releases_feed": self.settings["LANTERN_RELEASES_FEED"],
                "measure_feed": self.settings["LANTERN_MEASURE_FEED"],
            }
        )
        self.context["lantern_site"] = site

    def generate_output(self, writer: Any) -> None:
        """Write each measure page and the index through Pelican's writer (so URLs resolve)."""
        relative = self.settings["RELATIVE_URLS"]
        template = self.get_template("measure")
        site: SiteData = self.settings[SITE_DATA]
        latest = self.history.latest
        pending = self.context["lantern"]["pending_changes"]
        for measure in self.measures:
            changed = [
                line
                for line in (latest.lines if latest else [])
                if line.measure_id == measure.measure_id
            ]
            writer.write_file(
                measure.save_as,
                template,
                self.context,
                relative_urls=relative,
                url=measure.url,
                page_path=measure.url,
                measure=measure,
                panel=measure_panel(site, measure.measure_id),
                release_changes=changed,
                pending_changes=[line for line in pending if line.measure_id == measure.measure_id],
            )
        redirect = self.get_template("redirect")
        for source, target in measure_redirects(self.measures, self.settings):
            writer.write_file(
                source.save_as,
                redirect,
                self.context,
                relative_urls=relative,
                url=source.url,
                target=target,
                code=source.code,
                # Marked private so the sitemap lists the measure, not its old address.
                page=SimpleNamespace(private="True", url=source.url, status="published"),
            )
        self._write_releases(writer)
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
                page_path=self.settings[f"LANTERN_{name.upper()}_URL"],
            )
        writer.write_file(
            self.settings["LANTERN_MEASURES_INDEX_SAVE_AS"],
            self.get_template("measures"),
            self.context,
            relative_urls=relative,
            url=self.settings["LANTERN_MEASURES_INDEX_URL"],
            page_path=self.settings["LANTERN_MEASURES_INDEX_URL"],
        )

    def _write_releases(self, writer: Any) -> None:
        """Every release's data from its tag, the releases page and the Atom feeds."""
        output = Path(self.output_path)
        threshold = int(self.settings["LANTERN_SUPPRESS_BELOW"])
        for release in self.history.releases:
            base = self.settings["LANTERN_RELEASE_DATA_URL"].format(release=release.slug)
            write_release_data(release, output, base, threshold)
        writer.write_file(
            self.settings["LANTERN_RELEASES_SAVE_AS"],
            self.get_template("releases"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=self.settings["LANTERN_RELEASES_URL"],
            page_path=self.settings["LANTERN_RELEASES_URL"],
        )
        site_url = str(self.settings.get("SITEURL") or "")
        newest = list(reversed(self.history.releases))

        def link(url: str | None) -> str:
            return f"{site_url}/{url or self.settings['LANTERN_RELEASES_URL']}"

        write_feed(
            output / self.settings["LANTERN_RELEASES_FEED"],
            f"{self.settings['SITENAME']}: releases",
            link(self.settings["LANTERN_RELEASES_URL"]),
            link(self.settings["LANTERN_RELEASES_FEED"]),
            [
                (
                    r.title,
                    link(r.note_url) + f"#release-{r.slug}",
                    r.date,
                    " ".join(f"{line.title}: {line.text}" for line in r.lines)
                    or r.summary
                    or "First release.",
                )
                for r in newest
            ],
        )
        feed_name = self.settings["LANTERN_MEASURE_FEED"]
        for measure in self.measures:
            entries = []
            for release in newest:
                lines = [line for line in release.lines if line.measure_id == measure.measure_id]
                if lines or release.changes.first:
                    text = " ".join(line.text for line in lines) or "First published."
                    entries.append(
                        (
                            f"{measure.title}: {release.title}",
                            link(measure.url) + f"#release-{release.slug}",
                            release.date,
                            text,
                        )
                    )
            write_feed(
                output / measure.url / feed_name,
                f"{measure.title}: updates",
                link(measure.url),
                link(measure.url + feed_name),
                entries,
            )
        self.history.close()
