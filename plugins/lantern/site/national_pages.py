"""A national site's pages (LANTERN_AREAS): the areas, each area's scorecard and its
figures for each measure, and each measure's table of every area in three orders.

The home area keeps its own pages (measures with charts, narrative pages);
every area, the home area included, gets the same national pages, computed
from one index of the release (``data.area.compute_areas_data``). An area with
no figures still gets its page, saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lantern.build.progress import Progress
from lantern.data.area import AreaData
from lantern.present.collection import no_longer_collected
from lantern.present.gate import Gate
from lantern.present.measure_panel import measure_panel
from lantern.present.national import (
    ORDERS,
    AreaEntry,
    area_entries,
    area_row,
    measure_order,
    national_period,
    ordered,
    shared_group,
)
from lantern.present.scorecard import scorecard
from lantern.present.views import MeasureView, measure_views
from lantern.site.loaded import LoadedSite

Write = Callable[..., Any]


class NationalPages:
    """Writes the national pages with Pelican's writer, one template per kind of page."""

    def __init__(self, loaded: LoadedSite, template: Callable[[str], Any], context: Any) -> None:
        self.loaded, self.urls = loaded, loaded.urls
        self.template, self.context = template, context
        home = loaded.area
        self.gate = Gate(home.suppress_below)
        areas = home.dataset.areas
        self.regions = dict(zip(areas["area_code"], areas["region_name"], strict=True))
        self.entries = area_entries(
            loaded.areas, self.regions, {code: self.urls.area(code) for code in loaded.areas}
        )
        self.group_id = shared_group(home)
        # The period each measure's national table compares, or None when areas cannot be.
        self.periods = {m: national_period(loaded.areas, m) for m in home.results}
        # Worked out once for every area's views, not once per area.
        dataset = home.dataset
        self.retired = no_longer_collected(dataset.values, dataset.benchmarks)
        self.rows_by_area = dict(tuple(dataset.values.groupby("area_code")))
        # Each measure's table of every area, for the measures areas can be compared on.
        self.links = (
            {m: self.urls.national(m) for m, period in self.periods.items() if period}
            if self.group_id is not None
            else {}
        )

    def _page(self, url: str, template: str, **values: Any) -> None:
        self.write(
            self.urls.save_as(url),
            self.template(template),
            self.context,
            url=url,
            page_path=url,
            **values,
        )

    def write_all(self, write: Write) -> None:
        """The list of areas, every area's pages (with a progress line) and the national
        table of every measure compared across areas, with Pelican's ``write``."""
        self.write = write
        self._page(self.urls.areas(), "areas", areas=self.entries)
        # A shard writes its own areas' pages only (``shards.ShardPlan``).
        owned = [e for e in self.entries if self.loaded.shard.owns(self.urls.save_as(e.url))]
        progress = Progress("Areas", len(owned))
        for entry in owned:
            self.write_area(entry, self.loaded.areas[entry.code])
            progress.step()
        for measure_id in self.loaded.area.results:
            self.write_national(measure_id)

    def _views(self, area: AreaData) -> list[MeasureView]:
        code = area.area_code
        return measure_views(
            self.gate,
            area.dataset,
            code,
            area.results,
            lambda m: (
                self.urls.area_measure(code, m),
                self.urls.save_as(self.urls.area_measure(code, m)),
            ),
            retired=self.retired,
            area_rows=self.rows_by_area.get(code),
        )

    def write_area(self, entry: AreaEntry, area: AreaData) -> None:
        """``areas/<code>/`` and ``areas/<code>/<measure>/`` for each measure it has figures for."""
        views = self._views(area)
        shown = [v for v in views if area.result(v.measure_id).latest is not None]
        self._page(
            entry.url,
            "area",
            area=entry,
            area_data=area,
            sections=scorecard(area, views),
            measures=shown,
        )
        for view in shown:
            self._page(
                view.url,
                "area_measure",
                area=entry,
                area_name=area.area_name,
                measure=view,
                panel=measure_panel(area, view.measure_id, charts=False),
                quotes=None,
                national_url=self.links.get(view.measure_id),
            )

    def write_national(self, measure_id: str) -> None:
        """``measures/<id>/areas/`` and its other orders, when areas can be compared."""
        period = self.periods[measure_id]
        if period is None or self.group_id is None:
            return
        urls = [self.urls.national(measure_id, o.key) for o in ORDERS]
        if not any(self.loaded.shard.owns(self.urls.save_as(url)) for url in urls):
            return  # every order is another shard's
        group_id = self.group_id
        rows = [
            area_row(
                self.gate,
                self.loaded.areas[e.code],
                measure_id,
                period,
                group_id,
                self.urls.area_measure(e.code, measure_id),
                e.region,
            )
            for e in self.entries
        ]
        measure = self.loaded.area.result(measure_id).measure
        group_name = self.loaded.area.group(group_id).group_name
        orders = [
            (measure_order(o, measure.polarity), url) for o, url in zip(ORDERS, urls, strict=True)
        ]
        for order, url in orders:
            self._page(
                url,
                "national",
                measure=measure,
                measure_url=self.urls.measure(measure_id),
                period=period,
                group_name=group_name,
                order=order,
                orders=orders,
                rows=ordered(rows, order, measure.polarity),
            )
