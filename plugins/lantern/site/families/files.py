"""The families that write files rather than pages (open data, releases' data, feeds,
chart files, the sitemap), and the two pages that go with them (the chart explorer, the
lists).

Files are written with plain file operations: they are data, not pages, and
are the same in every shard.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lantern.present import palette
from lantern.site.downloads import release_disclosure, write_package, write_release_data
from lantern.site.families.base import Family, Page
from lantern.site.feeds import write_measure_feeds, write_releases_feed, write_updates_feed
from lantern.site.measure_downloads import write_measure_files


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


class OpenData(Family):
    """Every package as validated (small counts suppressed), and each measure's figures."""

    def write_files(self, output: Path) -> None:
        urls, area = self.site.urls, self.site.area
        for package in area.dataset.packages:
            target = output / urls.package(package.name)
            write_package(package, target, self.shared.disclosure, cache=self.site.build.cache)
        for measure in self.shared.measures:
            write_measure_files(
                self.shared.gate,
                area.result(measure.measure_id),
                area.area_code,
                output / measure.url,
            )


class ReleaseData(Family):
    """Every release's data from its tag, kept downloadable for good."""

    def write_files(self, output: Path) -> None:
        shared = self.shared
        for release in self.site.history.releases:
            folder = output / self.site.urls.release_data(release.tag)
            # The working data's are the site's own, already worked out.
            disclosure = (
                shared.disclosure
                if release.current
                else release_disclosure(release.area.dataset, shared.gate)
            )
            write_release_data(release, folder, disclosure, self.site.build.cache)


class Feeds(Family):
    """The Atom feeds of releases, of updates and of each measure."""

    def write_files(self, output: Path) -> None:
        urls, build = self.site.urls, self.site.build
        newest = list(reversed(self.site.history.releases))
        name = build.settings.site_name
        write_releases_feed(output, urls, name, newest, build.built_at)
        write_updates_feed(output, urls, name, self.site.updates, build.built_at)
        write_measure_feeds(output, urls, self.shared.measures, newest, build.built_at)


class ChartFiles(Family):
    """The charts' dark-scheme colours, each chart's files (its specs for the interactive view,
    its SVG and CSV downloads), and the
    one page that loads the chart library (not in the sitemap, which lists the charts' own
    pages). Listed after every family that draws charts."""

    def pages(self) -> Iterable[Page]:
        url = self.site.urls.chart_explore()
        yield Page(self.site.urls.save_as(url), url, "explore", listed=False)

    def write_files(self, output: Path) -> None:
        urls = self.site.urls
        _write_text(output / urls.chart_colours(), palette.chart_styles())
        for name, text in sorted(self.site.build.figures.files.items()):
            _write_text(output / urls.chart_file(name), text)


class Sitemap(Family):
    """``sitemap.xml``: every listed page written, Pelican's and Lantern's (listed last)."""

    def write_files(self, output: Path) -> None:
        self.site.build.sitemap.write()
