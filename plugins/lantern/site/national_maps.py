"""Each measure's table of every area and its hex maps, worked out once per build for the
families that show them: the national tables, and the home area's measure pages when the
site has every council.

The layout is read once (``data.hexmap``), and a council of the data with no hex,
or a hex with no council, is logged as a warning naming it. Each measure's maps
are drawn once, for all three orders of its table, through the build's figure
cache, so a rebuild with the same data draws none.
"""

from __future__ import annotations

import logging
from functools import cached_property, lru_cache

from lantern.data.hexmap import HexLayout, load_hexmap
from lantern.present.gate import Gate
from lantern.present.national import (
    AreaEntry,
    AreaRow,
    area_entries,
    area_row,
    national_period,
    shared_group,
)
from lantern.present.national_map import MapView, live_rows, national_maps
from lantern.site.context import Site

log = logging.getLogger(__name__)


class NationalMaps:
    """The areas in order, each measure's rows and its maps, for one build."""

    def __init__(self, site: Site, gate: Gate) -> None:
        self.site, self.gate = site, gate

    @cached_property
    def entries(self) -> list[AreaEntry]:
        """The areas in order, with their regions."""
        dataset = self.site.area.dataset
        areas = self.site.build.national
        regions = dict(zip(dataset.areas["area_code"], dataset.areas["region_name"], strict=True))
        return area_entries(areas, regions, {code: self.site.urls.area(code) for code in areas})

    @cached_property
    def layout(self) -> HexLayout | None:
        """The release's hex map matched to its areas, each mismatch logged; None when the
        release has no layout or the site is a council's own."""
        if not self.site.build.national:
            return None
        dataset = self.site.area.dataset
        names = dict(zip(dataset.areas["area_code"], dataset.areas["area_name"], strict=True))
        layout = load_hexmap(dataset.folder, names)
        for problem in layout.problems if layout else ():
            log.warning(problem)
        return layout

    @cached_property
    def _live(self) -> dict[str, set[str]]:
        """The areas with any figure in each period: the councils of that year."""
        values = self.site.area.dataset.values
        return {str(p): set(codes) for p, codes in values.groupby("period")["area_code"]}

    @property
    def every_council(self) -> bool:
        """Whether the site has a page for every area of the data (a national site)."""
        codes = set(self.site.area.dataset.areas["area_code"])
        return bool(self.site.build.national) and codes <= set(self.site.build.national)

    @lru_cache(maxsize=1)  # noqa: B019 - one build's helper: a measure's pages come together
    def rows(self, measure_id: str) -> tuple[str, list[AreaRow]]:
        """The period every area is compared in, and each area's row in it."""
        national, urls = self.site.build.national, self.site.urls
        period = national_period(national, measure_id)
        group_id = shared_group(self.site.area)
        assert period is not None and group_id is not None, "only comparable measures"
        rows = [
            area_row(
                self.gate,
                national[e.code],
                measure_id,
                period,
                group_id,
                urls.area_measure(e.code, measure_id),
                e.region,
            )
            for e in self.entries
        ]
        return period, rows

    @lru_cache(maxsize=4)  # noqa: B019 - as above
    def maps(self, measure_id: str) -> list[MapView]:
        """The measure's two maps (none without a layout)."""
        layout = self.layout
        if layout is None:
            return []
        period, rows = self.rows(measure_id)
        group_id = shared_group(self.site.area)
        assert group_id is not None
        area = self.site.area
        return national_maps(
            self.site.build.figures,
            area.result(measure_id).measure,
            period,
            area.group(group_id).group_name,
            live_rows(rows, self._live.get(period, set())),
            layout,
            area.area_code,
        )
