"""The Pelican generator: shares the computed data with every template, then writes
Lantern's pages and files, one ``write_*`` step per kind of output.

Pelican calls ``generate_context`` on every generator before any output is
written, so what is placed in the context here is visible to every template,
narrative pages and Lantern's direct templates (scorecard, measures, open data,
releases, search) included.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pelican.generators import Generator

from lantern.build.progress import STAGES
from lantern.data.problems import LanternError
from lantern.present import palette
from lantern.present.badges import band_key
from lantern.present.charts.figure import MisleadingChart
from lantern.present.charts.figure_cache import FIGURES
from lantern.present.code_notes import code_notes
from lantern.present.disclosure import measure_units
from lantern.present.gate import Gate
from lantern.present.measure_panel import measure_panel
from lantern.present.scorecard import headline, scorecard
from lantern.present.views import (
    MeasureView,
    caveats,
    credits,
    measure_views,
    shorthand_key,
    theme_views,
)
from lantern.releases.measure_history import MeasureHistory, write_published_pages
from lantern.site.cards import MeasureFigures
from lantern.site.downloads import (
    package_download,
    write_measure_files,
    write_package,
    write_release_data,
)
from lantern.site.feeds import write_measure_feeds, write_releases_feed, write_updates_feed
from lantern.site.loaded import LOADED, LoadedSite
from lantern.site.national_pages import NationalPages
from lantern.site.redirects import measure_redirects
from lantern.site.updates import by_year
from lantern.vocab.periods import in_words


class LanternGenerator(Generator):
    """Writes a page per measure, redirects from old codes, releases, feeds and open data."""

    def generate_context(self) -> None:
        """Share the measures, scorecard, releases and downloads with every template."""
        loaded: LoadedSite = self.settings[LOADED]
        area, urls = loaded.area, loaded.urls
        self.loaded = loaded
        self.gate = Gate(area.suppress_below)
        self.measures: list[MeasureView] = measure_views(
            self.gate,
            area.dataset,
            area.area_code,
            area.results,
            lambda code: (urls.measure(code), urls.measure_save_as(code)),
        )
        # Read with the release notes (plugin.read_releases), before any page is written.
        assert loaded.history is not None, "the releases are read before any page"
        self.history = loaded.history
        base_release, pending = self.history.latest, self.history.pending
        self.context["urls"] = urls
        self.national = (
            NationalPages(loaded, self.get_template, self.context) if loaded.areas else None
        )
        self.context["lantern"] = {
            "area_code": area.area_code,
            "area_name": area.area_name,
            "measures": self.measures,
            "themes": theme_views(self.measures),
            "shorthand": shorthand_key(),
            "credits": credits(area.dataset),
            "scorecard": scorecard(area, self.measures),
            "headline": headline(area, self.measures, loaded.settings.headline_exclude_themes),
            "downloads": [package_download(p, urls) for p in area.dataset.packages],
            "group_names": [g.group_name for g in area.groups],
            "suppress_below": area.suppress_below,
            "band_key": band_key(),
            "caveats": caveats(area.dataset),
            "releases": list(reversed(self.history.releases)),
            "latest_release": self.history.latest,
            "pending_changes": pending,
            "pending_since": base_release,
            # The updates to committees, newest first, and under the year of each.
            "updates": loaded.updates,
            "updates_by_year": by_year(loaded.updates),
            # A national site's table of every area, by measure (empty on a council's own).
            "national": self.national.links if self.national else {},
            # The day the site was built, in the printed footer.
            "built_on": in_words(loaded.built_at.date().isoformat()),
        }

    def generate_output(self, writer: Any) -> None:
        """Write every page and file Lantern adds to the site."""
        write = partial(writer.write_file, relative_urls=self.settings["RELATIVE_URLS"])
        try:
            with STAGES.stage("measure pages"):
                self.write_measure_pages(write)
            if self.national is not None:
                with STAGES.stage("area pages"):
                    self.national.write_all(write)
            with STAGES.stage("downloads, feeds and releases"):
                self.write_redirects(write)
                self.write_open_data()
                self.write_releases()
                write_published_pages(
                    self.loaded,
                    self.history,
                    write,
                    self.get_template("release_measure"),
                    self.context,
                )
                self.write_chart_colours()
                self.write_chart_specs()
                self.write_chart_explorer(write)
        finally:
            self.history.close()

    def write_chart_colours(self) -> None:
        """The charts' dark-scheme colours, from the one palette."""
        path = Path(self.output_path) / self.loaded.urls.chart_colours()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(palette.chart_styles(), encoding="utf-8")

    def write_chart_specs(self) -> None:
        """Each chart's spec as a file, for the interactive view a reader may ask for."""
        for name, text in sorted(FIGURES.specs.items()):
            path = Path(self.output_path) / self.loaded.urls.chart_spec(name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    def write_chart_explorer(self, write: Any) -> None:
        """The one page that loads the chart library, for a reader who asks to explore."""
        url = self.loaded.urls.chart_explore()
        write(
            self.loaded.urls.save_as(url),
            self.get_template("explore"),
            self.context,
            url=url,
            page_path=url,
            # Private: the sitemap lists the charts' own pages, not this one.
            page=SimpleNamespace(private="True", url=url, status="published"),
        )

    def write_measure_pages(self, write: Any) -> None:
        """``/measures/<id>/`` for every measure, with what the latest release changed."""
        template = self.get_template("measure")
        latest = self.history.latest
        pending = self.context["lantern"]["pending_changes"]
        notes = code_notes(self.measures, self.loaded.settings.measure_redirects)
        figures = MeasureFigures(
            self.loaded, latest.tag if latest else None, Path(self.output_path), self.env
        )
        published = MeasureHistory(self.loaded, self.history)
        for measure in self.measures:
            code = measure.measure_id
            if not self.loaded.shard.owns(measure.save_as):
                continue  # another shard's page: no chart drawn for it here
            try:
                panel = measure_panel(self.loaded.area, code)
            except MisleadingChart as error:
                raise LanternError([f"Measure {code}: {error}"]) from None
            write(
                measure.save_as,
                template,
                self.context,
                url=measure.url,
                page_path=measure.url,
                measure=measure,
                panel=panel,
                **figures.for_page(measure, panel),
                code_notes=notes.get(code, []),
                release_changes=[
                    x for x in (latest.lines if latest else []) if x.measure_id == code
                ],
                pending_changes=[x for x in pending if x.measure_id == code],
                published=published.published_in(code),
                changed_since=published.changed_since(code),
            )

    def write_redirects(self, write: Any) -> None:
        """A page at each old or renumbered code's address that sends readers on."""
        template = self.get_template("redirect")
        redirects = measure_redirects(self.measures, self.loaded.settings.measure_redirects)
        for code, target in redirects:
            url = self.loaded.urls.measure(code)
            write(
                self.loaded.urls.measure_save_as(code),
                template,
                self.context,
                url=url,
                target=target,
                code=code,
                # Marked private so the sitemap lists the measure, not its old address.
                page=SimpleNamespace(private="True", url=url, status="published"),
            )

    def write_open_data(self) -> None:
        """Every package as validated (small counts suppressed), and each measure's figures."""
        output, urls, area = Path(self.output_path), self.loaded.urls, self.loaded.area
        disclosure = (measure_units(area.dataset.packages), self.gate)
        cache = self.loaded.settings.cache_path
        for package in area.dataset.packages:
            write_package(package, output / urls.package(package.name), disclosure, cache=cache)
        for measure in self.measures:
            write_measure_files(
                area.result(measure.measure_id), area.area_code, output / measure.url
            )

    def write_releases(self) -> None:
        """Every release's data from its tag, the releases feed and each measure's feed."""
        output, urls = Path(self.output_path), self.loaded.urls
        for release in self.history.releases:
            write_release_data(
                release,
                output / urls.release_data(release.tag),
                self.gate,
                self.loaded.settings.cache_path,
            )
        newest = list(reversed(self.history.releases))
        built_at = self.loaded.built_at
        site_name = self.loaded.settings.site_name
        write_releases_feed(output, urls, site_name, newest, built_at)
        write_updates_feed(output, urls, site_name, self.loaded.updates, built_at)
        write_measure_feeds(output, urls, self.measures, newest, built_at)
