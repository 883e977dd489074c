"""Every address on the site, built in one place from the settings.

Templates, feeds, redirects and downloads ask ``Urls`` for an address; none
formats a pattern itself, so moving the measure pages is one setting.
Addresses are relative to the site root (``measures/2a1/``); ``absolute``
puts ``SITEURL`` in front, as feeds and canonical links need.
"""

from __future__ import annotations

from dataclasses import dataclass

from lantern.config.settings import LanternSettings

# The page any address the site does not have gets: where GitHub Pages, and
# ``lantern serve``, look for it.
NOT_FOUND_PAGE = "404.html"


def slug(code: str) -> str:
    """A measure code as it appears in an address: lower case (``2A1`` → ``2a1``)."""
    return code.lower()


def release_slug(tag: str) -> str:
    """A release tag safe in an address (``2025/01`` → ``2025-01``)."""
    return tag.replace("/", "-")


@dataclass(frozen=True)
class Urls:
    """The site's addresses; one method per kind of page or file."""

    settings: LanternSettings

    def absolute(self, path: str) -> str:
        """``SITEURL/path`` (with an empty SITEURL, a root-relative ``/path``)."""
        return f"{self.settings.site_url}/{path}"

    def public(self, path: str) -> str | None:
        """The full web address of ``path``, or None while the site has no http(s) SITEURL.

        A link that leaves the site (a copied figure, a link preview's image) must
        work wherever it is pasted, so a site without an address gives none.
        """
        site = self.settings.site_url
        return f"{site}/{path}" if site.startswith(("http://", "https://")) else None

    @staticmethod
    def period_anchor(period: str) -> str:
        """A period as the id of its row in a measure's table of values (``2024-25``), so
        a link can point at one figure."""
        return period.replace(" ", "-")

    def page(self, name: str) -> str:
        """One of Lantern's own pages: scorecard, measures, open_data, releases, updates,
        search."""
        return self.settings.page_urls[name]

    def measure(self, code: str) -> str:
        """A measure's page (also used for old codes that redirect to a measure)."""
        return self.settings.measure_url.format(slug=slug(code))

    def measure_period(self, code: str, period: str) -> str:
        """One period's row of a measure's table of values: ``measures/2a1/#2024-25``."""
        return f"{self.measure(code)}#{self.period_anchor(period)}"

    def measure_card(self, code: str) -> str:
        """The picture a link preview shows for a measure, beside its page."""
        return f"{self.measure(code)}{slug(code)}-card.png"

    def measure_save_as(self, code: str) -> str:
        """The file a measure's page (or a redirect from an old code) is written to."""
        return self.settings.measure_save_as.format(slug=slug(code))

    def measure_file(self, code: str, extension: str) -> str:
        """A measure's figures as a file beside its page: ``measures/2a1/2a1.csv``."""
        return f"{self.measure(code)}{slug(code)}.{extension}"

    def measure_feed(self, code: str) -> str:
        """A measure's Atom feed, beside its page."""
        return f"{self.measure(code)}{self.settings.measure_feed}"

    @staticmethod
    def save_as(url: str) -> str:
        """The file an address ending in ``/`` is written to."""
        return f"{url}index.html"

    def areas(self) -> str:
        """The list of every area of a national site."""
        return "areas/"

    def area(self, code: str) -> str:
        """An area's page on a national site: ``areas/e08000014/``."""
        return f"{self.areas()}{slug(code)}/"

    def area_measure(self, code: str, measure: str) -> str:
        """One area's figures for one measure: ``areas/e08000014/2a1/``."""
        return f"{self.area(code)}{slug(measure)}/"

    def national(self, measure: str, order: str = "") -> str:
        """A measure's table of every area, in one of its orders: ``measures/2a1/areas/``,
        ``measures/2a1/areas/by-figure/``."""
        base = f"{self.measure(measure)}areas/"
        return f"{base}{order}/" if order else base

    def national_data(self, measure: str) -> str:
        """Every area's figures for a measure, fetched only when a reader opens the comparison
        of councils on a national site: ``measures/2a1/areas.json``."""
        return f"{self.measure(measure)}areas.json"

    def compare_script(self) -> str:
        """The comparison of councils, loaded only when a reader opens it."""
        return "theme/js/compare-view.js"

    def chart_spec(self, name: str) -> str:
        """A chart's Vega-Lite spec, fetched only when a reader asks to explore the chart."""
        return self.chart_file(f"{name}.json")

    def chart_file(self, file_name: str) -> str:
        """A file a chart publishes (``present.charts.chart_files``): a spec, or a download."""
        return f"charts/{file_name}"

    def chart_explore(self) -> str:
        """The page that draws one chart interactively, named in its query string."""
        return "charts/explore/"

    def chart_colours(self) -> str:
        """The stylesheet of chart colours written from the palette (``palette.chart_styles``)."""
        return "theme/css/chart-colours.css"

    def releases_feed(self) -> str:
        """The Atom feed of every release."""
        return self.settings.releases_feed

    def update(self, month: str, slug: str) -> str:
        """An update's permanent page, under the list of updates and named by its month:
        ``updates/2022-11-cabinet-member-update/``."""
        return f"{self.page('updates')}{month}-{slug}/"

    def updates_feed(self) -> str:
        """The Atom feed of every update."""
        return self.settings.updates_feed

    def package(self, name: str) -> str:
        """The folder a data package's files are published in."""
        return self.settings.data_url.format(package=name)

    def package_file(self, name: str, path: str) -> str:
        """One file of a published data package."""
        return f"{self.package(name)}{path}"

    def package_zip(self, name: str) -> str:
        """A data package as one zip."""
        return f"{self.package(name)}{name}.zip"

    def release_data(self, tag: str) -> str:
        """The folder a release's data are kept in."""
        return self.settings.release_data_url.format(release=release_slug(tag))

    def release_zip(self, tag: str) -> str:
        """A whole release's data as one zip."""
        return f"{self.release_data(tag)}{release_slug(tag)}.zip"

    def release_package_zip(self, tag: str, name: str) -> str:
        """One package of a release, as a zip."""
        return f"{self.release_data(tag)}{name}/{name}.zip"

    def release_anchor(self, tag: str) -> str:
        """The id of a release's heading on the list of releases, its note and each measure
        page it changed: ``release-2025-01``."""
        return f"release-{release_slug(tag)}"

    def release_note(self, tag: str, note_url: str | None) -> str:
        """Where a release is described: its note, or else its heading on the list."""
        return f"{note_url or self.page('releases')}#{self.release_anchor(tag)}"

    def release_measure(self, tag: str, code: str) -> str:
        """A measure's page as it stood in a release, rebuilt from the release's data:
        ``releases/2025-01/measures/2a1/``. Permanent: every later build writes it again."""
        return f"{self.page('releases')}{release_slug(tag)}/measures/{slug(code)}/"
