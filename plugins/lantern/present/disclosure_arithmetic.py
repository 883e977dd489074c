"""Disclosure control by arithmetic: the figures that, with others published beside them,
would give a suppressed count back, though none of them is a small count itself.

- A rate beside the count it was worked out on: 5.0% of 60 is 3 people.
- A group's published figure beside its members': in a group of two, or for a count
  with one member hidden, the group's figure less the others' is the hidden one.

Totals that give a part back by subtraction are ``disclosure``'s secondary suppression.
"""

from __future__ import annotations

from collections.abc import Mapping

from lantern.compute.group_figures import gives_a_member_back
from lantern.compute.suppression import implied_count, resolve
from lantern.data import records
from lantern.data.loading import Dataset
from lantern.data.tables import Table, parse_number
from lantern.present.gate import Gate
from lantern.vocab.units import unit_of

Cell = tuple[int, str]  # (index into table.rows, column)


def rates_giving_counts_back(
    table: Table,
    counts: set[Cell],
    hidden: set[Cell],
    percent_fields: set[str],
    measure_units: Mapping[str, str],
    gate: Gate,
) -> set[Cell]:
    """The rates that, with a count published in the same row, give back a small count.

    A measure's ``value`` is checked against its row's ``denominator`` (when the row gives
    no numerator); any other percentage against every count published beside it, since a
    table does not say which count is its base. NHS England and the ONS either suppress such
    a rate or round its base; Lantern suppresses the rate (docs/methodology.md).
    """
    found: set[Cell] = set()
    shown: dict[int, list[str]] = {}  # the published counts of each row
    for r, c in counts - hidden:
        shown.setdefault(r, []).append(c)
    for i, row in enumerate(table.rows):
        unit = measure_units.get(row.get("measure_id", "")) or row.get("unit", "")
        multiplier = unit_of(unit).multiplier if "value" in table.columns and unit else None
        bases: list[tuple[str, float, list[str]]] = []
        if multiplier is not None and parse_number(row.get("numerator", "")) is None:
            bases.append(("value", multiplier, ["denominator"]))
        bases += [(field, 100.0, shown.get(i, [])) for field in percent_fields if field in row]
        for field, per, columns in bases:
            rate = parse_number(row.get(field, ""))
            if (i, field) not in hidden and any(
                gate.is_small(implied_count(rate, parse_number(row.get(c, "")), per))
                for c in columns
                if (i, c) not in hidden
            ):
                found.add((i, field))
    return found


# A published group figure: its group, the area whose own group it is ("" for a shared
# group), its measure and its period.
BenchmarkKey = tuple[str, str, str, str]
BENCHMARK_FIGURES = ("value", "q1", "median", "q3")


def benchmarks_giving_members_back(dataset: Dataset, gate: Gate) -> frozenset[BenchmarkKey]:
    """The published group figures that, beside their members' published figures, would
    give back a suppressed member's (``compute.group_figures.gives_a_member_back``, the
    rule the pages follow): their value and cut-points are never published."""
    measures = {m.measure_id: m for m in records.measures(dataset)}
    figures = {
        (o.area_code, o.measure_id, o.period): resolve(
            o, measures[o.measure_id], gate.suppress_below
        )
        for o in records.observations(dataset)
        if o.measure_id in measures
    }
    groups = records.group_table(dataset).groups
    hidden: set[BenchmarkKey] = set()
    for b in records.benchmarks(dataset):
        group, measure = groups.get((b.group_id, b.for_area)), measures.get(b.measure_id)
        if group is None or measure is None:
            continue
        members = [
            figures[key]
            for key in ((a, b.measure_id, b.period) for a in group.members)
            if key in figures
        ]
        if gives_a_member_back(members, measure):
            hidden.add((b.group_id, b.for_area, b.measure_id, b.period))
    return frozenset(hidden)


def benchmark_cells(table: Table, hidden: frozenset[BenchmarkKey]) -> set[Cell]:
    if not hidden or not {"group_id", "measure_id", "period"} <= set(table.columns):
        return set()
    return {
        (i, column)
        for i, row in enumerate(table.rows)
        if (row["group_id"], row.get("for_area", ""), row["measure_id"], row["period"]) in hidden
        for column in BENCHMARK_FIGURES
        if column in table.columns
    }
