"""The Pelican generator: shares the computed data with every template, then writes each
page family in turn (``families.FAMILIES``).

Pelican calls ``generate_context`` on every generator before any output is
written, so what is placed in the context here is visible to every template,
narrative pages and Lantern's lists included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Protocol

from pelican.generators import Generator

from lantern.build.progress import Progress
from lantern.present.badges import band_key
from lantern.present.gate import Gate
from lantern.present.scorecard import headline, scorecard
from lantern.present.views import caveats, credits, measure_views, shorthand_key, theme_views
from lantern.site.context import Site
from lantern.site.downloads import package_download, release_disclosure
from lantern.site.families import FAMILIES
from lantern.site.families.base import Family, Shared
from lantern.site.families.national import national_links
from lantern.site.national_maps import NationalMaps
from lantern.site.updates import by_year
from lantern.site.writer import SiteWriter
from lantern.vocab.periods import in_words
from lantern.vocab.polarity import INTERVAL


def shared_for(site: Site, templates: Any) -> Shared:
    """What every family shares: the home area's measures, the gate, the national tables."""
    area, urls = site.area, site.urls
    gate = Gate(area.suppress_below)
    measures = measure_views(
        gate,
        area.dataset,
        area.area_code,
        area.results,
        lambda code: (urls.measure(code), urls.measure_save_as(code)),
    )
    disclosure = release_disclosure(area.dataset, gate)
    return Shared(
        measures, gate, disclosure, templates, national_links(site), NationalMaps(site, gate)
    )


def template_context(site: Site, shared: Shared) -> dict[str, Any]:
    """What every template sees under ``lantern``."""
    area, history = site.area, site.history
    return {
        "area_code": area.area_code,
        "area_name": area.area_name,
        "measures": shared.measures,
        "themes": theme_views(shared.measures),
        "shorthand": shorthand_key(),
        "credits": credits(area.dataset),
        "scorecard": scorecard(area, shared.measures),
        "headline": headline(area, shared.measures, site.settings.headline_exclude_themes),
        "downloads": [package_download(p, site.urls) for p in area.dataset.packages],
        "group_names": [g.group_name for g in area.groups],
        "suppress_below": area.suppress_below,
        "band_key": band_key(INTERVAL in set(area.dataset.measures["comparison"])),
        "caveats": caveats(area.dataset),
        "releases": list(reversed(history.releases)),
        "latest_release": history.latest,
        "pending_changes": history.pending,
        "pending_since": history.latest,
        # The updates to committees, newest first, and under the year of each.
        "updates": site.updates,
        "updates_by_year": by_year(site.updates),
        # A national site's table of every area, by measure (empty on a council's own).
        "national": shared.national,
        # The day the site was built, in the printed footer.
        "built_on": in_words(site.build.built_at.date().isoformat()),
    }


class SiteSource(Protocol):
    """Where the generator finds its build's ``Site`` (``session.PelicanRun``)."""

    @property
    def site(self) -> Site: ...


class LanternGenerator(Generator):
    """Writes every page family Lantern adds to a site. ``bound`` gives the class the build
    (Pelican makes its generators from classes)."""

    run: ClassVar[SiteSource]

    @classmethod
    def bound(cls, run: SiteSource) -> type[LanternGenerator]:
        """This generator for one build, whose ``Site`` ``run`` gives once the release notes
        are read."""
        return type(cls.__name__, (cls,), {"run": run})

    def generate_context(self) -> None:
        """Share the measures, scorecard, releases and downloads with every template."""
        self.site = self.run.site
        self.shared = shared_for(self.site, self.env)
        self.context["urls"] = self.site.urls
        self.context["lantern"] = template_context(self.site, self.shared)

    def generate_output(self, writer: SiteWriter) -> None:
        """Write every family's pages (this build's) and files."""
        for family_class in FAMILIES:
            family = family_class(self.site, self.shared)
            with self.site.build.stages.stage(family.stage):
                self.write_family(family, writer)
                family.write_files(Path(self.output_path))

    def write_family(self, family: Family, writer: SiteWriter) -> None:
        """The family's pages that are this build's, with a progress line if it has one."""
        pages = list(family.pages())
        steps = sum(1 for p in pages if p.step and writer.owns(p.save_as))
        progress = Progress(family.progress, steps) if family.progress else None
        relative = bool(self.settings["RELATIVE_URLS"])
        for page in pages:
            written = writer.write_page(
                page, self.get_template(page.template), self.context, relative
            )
            if written and page.step and progress is not None:
                progress.step()
