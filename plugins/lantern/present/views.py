"""What the templates show: plain objects built from the dataset for one home area.

Templates only lay these out; every figure on a page is computed here (or in
``compute``) from ``data/``, so a number can be traced to the row it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from lantern.compute import MeasureResult
from lantern.data.loading import Dataset
from lantern.data.paths import public_link
from lantern.present import badges
from lantern.present.badges import measure_text, status_words
from lantern.present.collection import no_longer_collected
from lantern.present.gate import Gate
from lantern.vocab.language import _, ngettext
from lantern.vocab.periods import parse_period
from lantern.vocab.polarity import POLARITY_WORDS
from lantern.vocab.shorthand import CONFIDENTIAL, NOT_AVAILABLE, SHORTHANDS
from lantern.vocab.units import unit_of


@dataclass(frozen=True)
class ValueRow:
    """One period of the home area's series, as shown in the table of every period."""

    period: str
    kind: str
    display: str
    status: str
    note: str
    numerator: str
    denominator: str
    package: str
    illustrative: bool = False
    # The figure's confidence interval, ``61.2% to 66.0%``, and its level (95), if it has one.
    interval: str = ""
    interval_level: float | None = None
    # The status (a code of values.csv) as the page writes it.
    status_words: str = ""


@dataclass
class MeasureView:
    """A measure's page: its definition and the home area's values."""

    measure_id: str
    slug: str
    url: str
    save_as: str
    title: str
    description: str
    theme: str
    unit: str
    unit_name: str
    polarity: str
    polarity_words: str
    decimals: int
    source: str
    renumbered_as: str
    renumbered_from: str
    series_break: str
    rows: list[ValueRow] = field(default_factory=list)
    # The period of the last figure, when the measure is no longer collected (collection.py).
    last_collected: str = ""

    @property
    def latest(self) -> ValueRow | None:
        """The most recent period with a row (the table is in time order)."""
        return self.rows[-1] if self.rows else None

    @property
    def interval_heading(self) -> str:
        """``95% interval``: the heading of the table's interval column, empty when no
        period has an interval (and so no column); ``Confidence interval`` when the levels
        differ (each cell then says its own)."""
        levels = self._interval_levels
        if len(levels) == 1:
            (level,) = levels
            return _("%(level)s interval") % {"level": badges.level_words(level or 0)}
        return _("Confidence interval") if levels else ""

    @property
    def _interval_levels(self) -> set[float | None]:
        """The confidence levels of the rows with an interval."""
        return {r.interval_level for r in self.rows if r.interval}

    def interval_cell(self, row: ValueRow) -> str:
        """A row's interval as the table shows it (with its level when levels differ)."""
        if not row.interval or len(self._interval_levels) < 2:
            return row.interval
        return f"{row.interval} ({badges.level_words(row.interval_level or 0)})"


@dataclass
class ThemeView:
    """Measures grouped under one theme, in the order the data lists them."""

    name: str
    measures: list[MeasureView]


def _cell(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _count_text(gate: Gate, value: Any) -> str:
    """A numerator or denominator as written in the data, through the gate."""
    if value is None or pd.isna(value):
        return ""
    return gate.written(repr(float(value)).removesuffix(".0"), None, count=True)


def _value_rows(
    gate: Gate, values: pd.DataFrame, result: MeasureResult, illustrative: set[str]
) -> list[ValueRow]:
    """The table of every period: figures from ``compute`` (so suppression applies), counts
    from the data unless the figure is suppressed."""
    measure = result.measure
    computed = {p.period: p for p in result.periods}
    rows = []
    # Named tuples, not ``iterrows``: a Series a row cost more than the rest of the view.
    for row in values.itertuples(index=False):
        period = computed[str(row.period)]
        suppressed = period.shorthand == CONFIDENTIAL
        rows.append(
            ValueRow(
                period=period.period,
                kind=period.kind,
                display=measure_text(
                    gate, measure, period.value, period.shorthand or NOT_AVAILABLE
                ),
                status=period.status,
                status_words=status_words(period.status),
                note=period.note or (period.reason or "" if suppressed else ""),
                numerator="" if suppressed else _count_text(gate, row.numerator),
                denominator="" if suppressed else _count_text(gate, row.denominator),
                package=_cell(row.package),
                illustrative=str(row.package) in illustrative,
                interval=badges.interval_ends(gate, measure, period.interval),
                interval_level=period.interval.level if period.interval else None,
            )
        )
    rows.sort(key=lambda r: (parse_period(r.period).kind.value, parse_period(r.period).start))
    return rows


def measure_views(
    gate: Gate,
    dataset: Dataset,
    area_code: str,
    results: dict[str, MeasureResult],
    address: Callable[[str], tuple[str, str]],
    retired: Mapping[str, str] | None = None,
    area_rows: pd.DataFrame | None = None,
) -> list[MeasureView]:
    """One view per measure, in the order of measures.csv, with the area's series.

    A national site makes views for every area: it works out the measures no longer
    collected (``retired``) and each area's rows (``area_rows``) once and passes them in.
    """
    if area_rows is None:
        area_rows = dataset.values[dataset.values["area_code"] == area_code]
    by_measure = dict(tuple(area_rows.groupby("measure_id")))
    illustrative = {p.name for p in dataset.packages if p.illustrative}
    if retired is None:
        retired = no_longer_collected(dataset.values, dataset.benchmarks)
    views = []
    for m in dataset.measures.to_dict("records"):
        slug = str(m["measure_id"]).lower()
        unit, decimals = str(m["unit"]), int(m["decimals"])
        series = by_measure.get(m["measure_id"], dataset.values.iloc[0:0])
        url, save_as = address(str(m["measure_id"]))
        views.append(
            MeasureView(
                measure_id=str(m["measure_id"]),
                slug=slug,
                url=url,
                save_as=save_as,
                title=str(m["title"]),
                description=_cell(m["description"]),
                theme=str(m["theme"]),
                unit=unit,
                unit_name=unit_of(unit).words,
                polarity=str(m["polarity"]),
                polarity_words=POLARITY_WORDS[str(m["polarity"])],
                decimals=decimals,
                source=_cell(m["source"]),
                renumbered_as=_cell(m["renumbered_as"]),
                renumbered_from=_cell(m["renumbered_from"]),
                series_break=_cell(m["series_break"]),
                rows=_value_rows(gate, series, results[str(m["measure_id"])], illustrative),
                last_collected=retired.get(str(m["measure_id"]), ""),
            )
        )
    return views


def theme_views(measures: list[MeasureView]) -> list[ThemeView]:
    """Measures grouped by theme, themes in order of first appearance."""
    themes: dict[str, list[MeasureView]] = {}
    for measure in measures:
        themes.setdefault(measure.theme, []).append(measure)
    return [ThemeView(name, items) for name, items in themes.items()]


def shorthand_key() -> list[tuple[str, str]]:
    """The statistical shorthand used in tables, for the key under each table."""
    return [(code, s.meaning) for code, s in SHORTHANDS.items()]


@dataclass(frozen=True)
class Credit:
    """Who to thank for a package and under which licence, for the page footer."""

    title: str
    attribution: str
    licence: str
    licence_url: str


def credits(dataset: Dataset) -> list[Credit]:
    """One credit per distinct attribution and licence (packages from one publisher share a
    line), from each datapackage.json."""
    merged: dict[tuple[str, str, str], list[str]] = {}
    for package in dataset.packages:
        descriptor = package.descriptor
        licences = descriptor.get("licenses") or [{}]
        sources = "; ".join(
            str(s.get("title", "")) for s in descriptor.get("sources", []) if s.get("title")
        )
        key = (
            str(descriptor.get("attribution") or sources),
            str(licences[0].get("title") or licences[0].get("name") or ""),
            public_link(str(licences[0].get("path") or "")),
        )
        merged.setdefault(key, []).append(str(descriptor.get("title") or package.name))
    return [
        Credit(
            title=titles[0]
            if len(titles) == 1
            else ngettext("%(count)s data package", "%(count)s data packages", len(titles))
            % {"count": len(titles)},
            attribution=attribution,
            licence=licence,
            licence_url=url,
        )
        for (attribution, licence, url), titles in merged.items()
    ]


def caveats(dataset: Dataset) -> list[str]:
    """What each data publisher asks readers to bear in mind (a package's ``caveat``)."""
    found = (str(p.descriptor.get("caveat") or "") for p in dataset.packages)
    return list(dict.fromkeys(c for c in found if c))
