"""A national site's pages (LANTERN_AREAS): the list of areas, each area's scorecard and its
figures for each measure, and each measure's table of every area in three orders.

The home area keeps its own pages (measures, narrative pages); every area, the
home area included, gets the same national pages, computed from one index of
the release (``data.area.compute_areas_data``), with the same charts as the
home area's measure pages, drawn against the area's own groups. An area with
no figures still gets its page, saying so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import Any

from lantern.data.area import AreaData, chosen_areas
from lantern.data.problems import LanternError
from lantern.present.charts.figure import MisleadingChart
from lantern.present.collection import no_longer_collected
from lantern.present.comparison import comparison_document
from lantern.present.measure_panel import measure_panel
from lantern.present.national import (
    ORDERS,
    AreaEntry,
    measure_order,
    national_period,
    ordered,
    shared_group,
)
from lantern.present.scorecard import scorecard
from lantern.present.views import MeasureView, measure_views
from lantern.site.context import Site
from lantern.site.families.base import Family, Page


def national_links(site: Site) -> dict[str, str]:
    """Each measure's table of every area, for the measures areas can be compared on (none
    on a council's own site, or when the areas share no comparator group)."""
    national = site.build.national
    if not national or shared_group(site.area) is None:
        return {}
    return {m: site.urls.national(m) for m in site.area.results if national_period(national, m)}


# The id of a measure's table of every area, which a page without JavaScript points to.
TABLE_ID = "every-area"


class _National(Family):
    """What both national families need: the areas in order, with their regions."""

    stage = "area pages"

    @property
    def entries(self) -> list[AreaEntry]:
        return self.shared.maps.entries

    def compare(self, measure_id: str, code: str = "") -> dict[str, str]:
        """What a page's comparison of councils needs: where its script and data are, the
        table of every area to send a reader without JavaScript to (on a page of that table,
        the table below: ``code`` is empty there), the area preselected."""
        urls = self.site.urls
        return {
            "data": urls.national_data(measure_id),
            "script": urls.compare_script(),
            "table": f"{urls.national(measure_id)}#{TABLE_ID}" if code else f"#{TABLE_ID}",
            "home": code,
            "table_id": TABLE_ID,
        }


class AreaPages(_National):
    """``areas/``, and for each area ``areas/<code>/`` and ``areas/<code>/<measure>/`` for each
    measure it has figures for."""

    progress = "Areas"

    @cached_property
    def _retired(self) -> Mapping[str, str]:
        dataset = self.site.area.dataset
        return no_longer_collected(dataset.values, dataset.benchmarks)

    @cached_property
    def _rows_by_area(self) -> dict[Any, Any]:
        return dict(tuple(self.site.area.dataset.values.groupby("area_code")))

    def pages(self) -> Iterable[Page]:
        national, urls = self.site.build.national, self.site.urls
        if not national:
            return
        yield Page(
            urls.save_as(urls.areas()), urls.areas(), "areas", partial(dict, areas=self.entries)
        )
        for entry in self.entries:
            area = national[entry.code]
            yield Page(
                urls.save_as(entry.url), entry.url, "area", partial(self._area, entry), step=True
            )
            for measure_id in area.dataset.measures["measure_id"]:
                if area.result(measure_id).latest is None:
                    continue
                url = urls.area_measure(entry.code, measure_id)
                yield Page(
                    urls.save_as(url),
                    url,
                    "area_measure",
                    partial(self._area_measure, entry, measure_id),
                )

    @lru_cache(maxsize=1)  # noqa: B019 - one build's family: the area's pages are written together
    def _views(self, code: str) -> dict[str, MeasureView]:
        area, urls = self.site.build.national[code], self.site.urls
        views = measure_views(
            self.shared.gate,
            area.dataset,
            code,
            area.results,
            lambda m: (urls.area_measure(code, m), urls.save_as(urls.area_measure(code, m))),
            retired=self._retired,
            area_rows=self._rows_by_area.get(code),
        )
        return {v.measure_id: v for v in views}

    def _area(self, entry: AreaEntry) -> Mapping[str, Any]:
        area: AreaData = self.site.build.national[entry.code]
        views = list(self._views(entry.code).values())
        return {
            "area": entry,
            "area_data": area,
            "sections": scorecard(area, views),
            "measures": [v for v in views if area.result(v.measure_id).latest is not None],
        }

    @cached_property
    def _charted(self) -> frozenset[str]:
        """The areas whose measure pages have charts (LANTERN_CHART_AREAS)."""
        choice = self.site.build.settings.chart_areas
        if choice is None:
            return frozenset()
        area = self.site.area
        return frozenset(chosen_areas(area.dataset, choice, area.area_code, "LANTERN_CHART_AREAS"))

    def _area_measure(self, entry: AreaEntry, measure_id: str) -> Mapping[str, Any]:
        area = self.site.build.national[entry.code]
        figures = self.site.build.figures if entry.code in self._charted else None
        try:
            panel = measure_panel(area, measure_id, figures)
        except MisleadingChart as error:
            raise LanternError([f"{area.area_name}, measure {measure_id}: {error}"]) from None
        return {
            "area": entry,
            "area_name": area.area_name,
            "measure": self._views(entry.code)[measure_id],
            "panel": panel,
            "quotes": None,
            "national_url": self.shared.national.get(measure_id),
            "compare": self.compare(measure_id, entry.code)
            if measure_id in self.shared.national
            else None,
        }


class NationalTables(_National):
    """``measures/<id>/areas/`` and its other orders, for each measure areas can be compared
    on."""

    def pages(self) -> Iterable[Page]:
        urls = self.site.urls
        for measure_id in self.shared.national:
            measure = self.site.area.result(measure_id).measure
            orders = [
                (measure_order(o, measure.polarity), urls.national(measure_id, o.key))
                for o in ORDERS
            ]
            for order, url in orders:
                yield Page(
                    urls.save_as(url),
                    url,
                    "national",
                    partial(self._table, measure_id, order, orders),
                )

    def _table(self, measure_id: str, order: Any, orders: list[Any]) -> Mapping[str, Any]:
        period, rows = self.shared.maps.rows(measure_id)
        measure = self.site.area.result(measure_id).measure
        group_id = shared_group(self.site.area)
        assert group_id is not None
        return {
            "measure": measure,
            "measure_url": self.site.urls.measure(measure_id),
            "period": period,
            "group_name": self.site.area.group(group_id).group_name,
            "order": order,
            "orders": orders,
            "rows": ordered(rows, order, measure.polarity),
            "compare": self.compare(measure_id),
            "maps": self.shared.maps.maps(measure_id),
        }

    def write_files(self, output: Path) -> None:
        """``measures/<id>/areas.json``: every area's figures for the comparison of councils."""
        home, group_id = self.site.area, shared_group(self.site.area)
        if not self.shared.national or group_id is None:
            return
        for measure_id in self.shared.national:
            document = comparison_document(
                self.shared.gate,
                self.site.build.national,
                self.entries,
                home,
                measure_id,
                home.group(group_id).group_name,
            )
            target = output / self.site.urls.national_data(measure_id)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
            target.write_text(text + "\n", encoding="utf-8")
