"""Write the example council's own data packages from the figures its reports print.

    python scripts/make_example_local.py [--out data]

Writes one Frictionless package per topic (surveys, operations, finance,
reablement, safeguarding, care market, complaints, workforce, in-year ASCOF
figures). Figures the reports print go to packages as they are; series the
reports only chart are built to agree with every printed figure and go to
packages named ``*-illustrative`` whose descriptor says ``"illustrative": true``,
so the site labels them. The figures and where they come from are in
``example_local.py``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import example_local as seed
from package_files import OGL, resource, write_csv, write_descriptor

from lantern.data.contract import BENCHMARKS, VALUES

VALUE_COLUMNS = [*VALUES.required, *VALUES.optional]
BENCHMARK_COLUMNS = ["group_id", "measure_id", "period", "value", "band"]
ATTRIBUTION = (
    "Sefton Council, Adult Social Care Business Intelligence and Performance Team. "
    "Licensed under the Open Government Licence v3.0."
)
ILLUSTRATIVE_NOTE = (
    "Illustrative: the report shows this series as a chart without printing its numbers; "
    "the figures are built to agree with every figure the report states."
)

# Fields of the topic tables: name → (type, title, description, extra schema properties).
FieldSpec = tuple[str, str, str, dict[str, Any]]
FIGURE_FIELDS: dict[str, FieldSpec] = {
    "figure": ("string", "Figure", "Short key of the figure, used to embed it in a page.", {}),
    "label": ("string", "What it is", "What the figure counts, in plain English.", {}),
    "value": ("number", "Value", "The figure as the report prints it.", {}),
    "unit": ("string", "Unit", "percent, count, currency or hours.", {}),
    "period": ("string", "Period", "When the figure applies.", {}),
    "note": ("string", "Note", "Anything a reader should know.", {}),
}


def months(first: str, count: int) -> list[str]:
    """``2023-12``, 3 → 2023-12, 2024-01, 2024-02."""
    year, month = (int(part) for part in first.split("-"))
    out = []
    for _ in range(count):
        out.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def spread(total: int, weights: Sequence[float]) -> list[int]:
    """Whole numbers in the shape of ``weights`` that add up to exactly ``total``."""
    scale = total / sum(weights)
    values = [round(w * scale) for w in weights]
    values[-1] += total - sum(values)
    return values


def value_row(
    measure_id: str, period: str, value: Any, note: str = "", status: str = "final"
) -> dict[str, str]:
    return {
        "area_code": seed.SEFTON,
        "measure_id": measure_id,
        "period": period,
        "numerator": "",
        "denominator": "",
        "value": str(value),
        "status": status,
        "note": note,
    }


SEASON = (1.03, 0.97, 1.04, 0.98, 1.01, 1.05, 0.99, 1.02, 0.95, 1.01, 0.99, 0.96)


def monthly(measure_id: str, first: str, values: Sequence[float]) -> list[dict[str, str]]:
    """An illustrative monthly series starting at ``first``."""
    return [
        value_row(measure_id, month, value, ILLUSTRATIVE_NOTE)
        for month, value in zip(months(first, len(values)), values, strict=True)
    ]


def illustrative_operations() -> list[dict[str, str]]:
    """Monthly series the overview charts, agreeing with the figures it states."""
    # 2,150 contacts a month on average in the 12 months to November 2024, 10% more than
    # in the 12 months before (23,455 × 1.10 = 25,800.5, which rounds to 10%).
    contacts = spread(23455, SEASON) + spread(2150 * 12, SEASON)
    resolved = (61.2, 61.8, 62.1, 62.9, 63.4, 63.2, 64.0, 64.6, 65.1, 65.0, 65.8, 66.4)
    # Both waiting lists rose 15% in November; the CCP list is well below May's.
    ot_waiting = (365, 352, 338, 321, 305, 287, 330)
    ccp_waiting = (612, 540, 461, 372, 270, 180, 207)
    # November's 57% is printed (see the operations package) and is higher than the months
    # before it.
    reviews = (58, 58, 57, 57, 56, 56, 55, 54, 53, 54, 55)
    # 274 safeguarding referrals a month on average.
    referrals = spread(274 * 12, SEASON[::-1])
    within_28 = (71.5, 71.9, 72.4, 72.0, 72.8, 73.5, 73.1, 73.9, 74.2, 74.0, 74.6, 75.1)
    still_open = (231, 225, 219, 228, 214, 207, 212, 201, 196, 204, 193, 188)
    return [
        *monthly("CONTACTS", "2022-12", contacts),
        *monthly("CONTACTS-RESOLVED", "2023-12", resolved),
        *monthly("OT-WAITING", "2024-05", ot_waiting),
        *monthly("CCP-WAITING", "2024-05", ccp_waiting),
        *monthly("ANNUAL-REVIEWS", "2023-12", reviews),
        *monthly("SG-REFERRALS", "2023-12", referrals),
        *monthly("SG-RESOLVED-28", "2023-12", within_28),
        *monthly("SG-OPEN", "2023-12", still_open),
    ]


def finance_rows() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Snapshots: printed current values less the printed changes (exact for whole numbers),
    and the reconstructed average cost (illustrative)."""
    exact = []
    for measure_id in ("FIN-WEEKLY-COST", "FIN-CLIENTS"):
        current, changes = seed.FINANCE_PRINTED[measure_id]
        exact.append(
            value_row(
                measure_id, seed.FINANCE_DATE, current, "Printed in the weekly finance overview."
            )
        )
        for label, day in seed.FINANCE_LOOK_BACK.items():
            change = changes[label][0]
            exact.append(
                value_row(
                    measure_id,
                    day,
                    current - change,
                    f"The printed value less the printed {label}'s change.",
                )
            )
    exact.sort(key=lambda r: (r["measure_id"], r["period"]))
    average = [
        value_row(
            "FIN-AVERAGE-COST",
            day,
            value,
            "Illustrative: printed to the pound as £564 with changes of £2, -£1, -£1 and "
            "£48; these values to the penny reproduce every printed change and percentage.",
        )
        for day, value in sorted(seed.AVERAGE_COST_SNAPSHOTS.items())
    ]
    return exact, average


def figure_rows(package: str) -> list[dict[str, str]]:
    return [
        {
            "figure": key,
            "label": label,
            "value": value,
            "unit": unit,
            "period": period,
            "note": note,
        }
        for key, (label, value, unit, period, note) in seed.STATED[package].items()
    ]


def heatmap_rows() -> list[dict[str, str]]:
    """The heatmap as one row per location and type of abuse; a blank cell is 0."""
    lines = seed.HEATMAP.strip("\n").split("\n")
    abuse_types = lines[0].split("\t")[1:]
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        location, counts = cells[0], cells[1:] + [""] * (len(abuse_types) + 1 - len(cells))
        for abuse_type, count in zip(abuse_types, counts, strict=True):
            rows.append(
                {
                    "location": location,
                    "abuse_type": abuse_type,
                    "referrals": count.replace(",", "") or "0",
                }
            )
    return rows


def custom_resource(
    name: str, title: str, fields: dict[str, FieldSpec], key: list[str], description: str = ""
) -> dict[str, Any]:
    """A resource entry for a topic table, its schema written out field by field."""
    schema_fields = []
    for field_name, (kind, field_title, field_description, extra) in fields.items():
        schema_fields.append(
            {
                "name": field_name,
                "type": kind,
                "title": field_title,
                "description": field_description,
                **extra,
            }
        )
    entry: dict[str, Any] = {
        "name": name,
        "path": f"{name}.csv",
        "title": title,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": schema_fields, "primaryKey": key, "missingValues": [""]},
    }
    if description:
        entry["description"] = description
    return entry


def write_package(
    out: Path,
    name: str,
    title: str,
    description: str,
    sources: list[str],
    tables: list[tuple[dict[str, Any], list[str], list[dict[str, str]]]],
    illustrative: bool = False,
) -> None:
    """One package folder: its CSV files and datapackage.json."""
    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    for entry, columns, rows in tables:
        write_csv(folder / entry["path"], columns, rows)
    descriptor: dict[str, Any] = {"name": name, "title": title, "description": description}
    if illustrative:
        descriptor["illustrative"] = True
    descriptor.update(
        {
            "licenses": [OGL],
            "attribution": ATTRIBUTION,
            "sources": [{"title": s} for s in sources],
            "resources": [entry for entry, _, _ in tables],
        }
    )
    write_descriptor(folder, descriptor)


def values_table(
    rows: list[dict[str, str]],
) -> tuple[dict[str, Any], list[str], list[dict[str, str]]]:
    return (
        resource(
            "values", "values.csv", "Values", VALUE_COLUMNS, ["area_code", "measure_id", "period"]
        ),
        VALUE_COLUMNS,
        rows,
    )


def figures_table(
    package: str, title: str
) -> tuple[dict[str, Any], list[str], list[dict[str, str]]]:
    return (
        custom_resource("figures", title, FIGURE_FIELDS, ["figure"]),
        list(FIGURE_FIELDS),
        figure_rows(package),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="data", type=Path)
    out = parser.parse_args(argv).out

    write_package(
        out,
        "in-year",
        "Sefton's in-year figures for 2024-25 (provisional)",
        "Sefton Council's own provisional figures for 2024-25, as reported to the Overview and "
        "Scrutiny Committee in January 2025, before NHS England publishes the year. The report "
        "rounds them to whole numbers. They are compared with the latest published "
        "distribution of each comparator group.",
        [seed.OVERVIEW],
        [
            values_table(
                [
                    value_row(m, "2024-25", v, note, "provisional")
                    for m, (v, note) in seed.IN_YEAR.items()
                ]
            )
        ],
    )
    write_package(
        out,
        "in-year-illustrative",
        "Sefton's in-year figures for 2024-25 described in words",
        "Two in-year figures the January 2025 overview gives in words rather than as a number "
        '("between 2-3%", "just under 90%"): each is an illustrative value that agrees with '
        "the words, and its note says so.",
        [seed.OVERVIEW],
        [
            values_table(
                [
                    value_row(m, "2024-25", v, "Illustrative: " + note, "provisional")
                    for m, (v, note) in seed.IN_YEAR_ILLUSTRATIVE.items()
                ]
            )
        ],
        illustrative=True,
    )

    survey_values, survey_benchmarks = [], []
    for measure_id, (home, *groups) in seed.SURVEY_RESULTS.items():
        survey_values.append(value_row(measure_id, seed.SURVEY_PERIOD, home))
        for group_id, (value, band) in zip(seed.SURVEY_GROUPS, groups, strict=True):
            survey_benchmarks.append(
                {
                    "group_id": group_id,
                    "measure_id": measure_id,
                    "period": seed.SURVEY_PERIOD,
                    "value": str(value),
                    "band": band,
                }
            )
    benchmarks = resource(
        "benchmarks",
        "benchmarks.csv",
        "Comparator values and quartile marks",
        BENCHMARK_COLUMNS,
        ["group_id", "measure_id", "period"],
    )
    write_package(
        out,
        "surveys",
        "Carers' and service users' surveys 2023-24",
        "Sefton's results in the Survey of Adult Carers in England 2023-24 (SACE) and the "
        "Adult Social Care Survey 2023-24 (ASCS), with each comparator group's value and the "
        "quartile Sefton's value falls into in that group, as published with the survey "
        "results. Values are percentages of people who answered the question.",
        [seed.SOURCE_SACE, seed.SOURCE_ASCS],
        [
            values_table(survey_values),
            (benchmarks, BENCHMARK_COLUMNS, survey_benchmarks),
            figures_table("surveys", "Survey figures"),
        ],
    )
    assert set(BENCHMARK_COLUMNS) <= {*BENCHMARKS.required, *BENCHMARKS.optional}

    write_package(
        out,
        "operations",
        "Contacts, waiting lists and reviews: stated figures",
        "Figures the January 2025 performance overview states about first contact, "
        "occupational therapy waiting lists and annual reviews.",
        [seed.OVERVIEW],
        [
            values_table(
                [
                    value_row("INFORMATION-ADVICE", "2024-11", 22, "Printed in the overview."),
                    value_row("ANNUAL-REVIEWS", "2024-11", 57, "Printed in the overview."),
                ]
            ),
            figures_table("operations", "Figures stated in the overview"),
        ],
    )
    write_package(
        out,
        "operations-illustrative",
        "Contacts, waiting lists, reviews and safeguarding: monthly series (illustrative)",
        "The overview shows these monthly series as charts without printing their numbers. "
        "The figures here are illustrative: built so that every figure the overview states "
        "holds (2,150 contacts a month on average, 10% more than the year before; both "
        "waiting lists up 15% in the last month; 274 safeguarding referrals a month on "
        "average; November's 57% of annual reviews higher than the months before).",
        [seed.OVERVIEW],
        [values_table(illustrative_operations())],
        illustrative=True,
    )

    exact, average = finance_rows()
    write_package(
        out,
        "finance",
        "Weekly finance overview",
        "The weekly snapshot of the total weekly cost of care and the number of people "
        "receiving it, on 29 November 2024, and the same seven days a week, a month, a "
        "quarter and a year earlier (the printed value less the printed change).",
        [seed.OVERVIEW],
        [values_table(exact)],
    )
    write_package(
        out,
        "finance-illustrative",
        "Weekly finance overview: average cost (illustrative)",
        "The average weekly cost per person is printed to the pound, which cannot reproduce "
        "the printed percentage changes; these snapshots to the penny are reconstructed to "
        "agree with every printed figure.",
        [seed.OVERVIEW],
        [values_table(average)],
        illustrative=True,
    )

    reablement_fields: dict[str, FieldSpec] = {
        "service": ("string", "Service", "Who delivers the reablement.", {}),
        "clients": ("integer", "Clients", "People receiving the service.", {"unit": "count"}),
        "client_percent": (
            "number",
            "Clients (%)",
            "Share of all reablement clients.",
            {"unit": "percent"},
        ),
        "weekly_hours": ("number", "Weekly hours", "Hours of support a week.", {"unit": "hours"}),
        "weekly_hours_percent": (
            "number",
            "Weekly hours (%)",
            "Share of all weekly hours.",
            {"unit": "percent"},
        ),
        "hours_per_person": (
            "number",
            "Hours per person",
            "Weekly hours per client.",
            {"unit": "hours"},
        ),
    }
    write_package(
        out,
        "reablement",
        "Reablement services",
        "Reablement delivered by the Alternative to Reablement service (AREN) and New "
        "Directions in November 2024: clients, weekly hours and hours per person, as printed "
        "(the total row included), and the year-on-year figures.",
        [seed.OVERVIEW],
        [
            (
                custom_resource(
                    "service-delivery",
                    "Reablement by service, November 2024",
                    reablement_fields,
                    ["service"],
                ),
                seed.REABLEMENT_COLUMNS,
                [dict(zip(seed.REABLEMENT_COLUMNS, row, strict=True)) for row in seed.REABLEMENT],
            ),
            figures_table("reablement", "Reablement figures"),
        ],
    )

    heatmap_fields: dict[str, FieldSpec] = {
        "location": ("string", "Location", "Where the abuse took place.", {}),
        "abuse_type": ("string", "Type of abuse", "The type of abuse recorded.", {}),
        "referrals": (
            "integer",
            "Referrals",
            "Completed referrals in the latest 12 months.",
            {"unit": "count", "suppressSmallCounts": True},
        ),
    }
    write_package(
        out,
        "safeguarding",
        "Safeguarding: where abuse happens and what type",
        "Completed safeguarding referrals in the 12 months to November 2024 by location and "
        "type of abuse, exactly as the overview's heatmap prints them (a blank cell there is "
        "0 here). The site shows a count below the suppression threshold as [c]. Also the "
        "safeguarding figures the overview states.",
        [seed.OVERVIEW],
        [
            (
                custom_resource(
                    "locations-abuse",
                    "Referrals by location and type of abuse",
                    heatmap_fields,
                    ["location", "abuse_type"],
                ),
                list(heatmap_fields),
                heatmap_rows(),
            ),
            figures_table("safeguarding", "Safeguarding figures"),
        ],
    )
    write_package(
        out,
        "care-market",
        "Care market quality: CQC ratings",
        "Care Quality Commission ratings of the providers Sefton uses, from the November 2024 "
        "and January 2025 snapshots in the committee reports.",
        [seed.OVERVIEW, seed.QUALITY],
        [figures_table("care-market", "Care market figures")],
    )

    count_field = ("integer", "Number", "How many were received.", {"unit": "count"})
    write_package(
        out,
        "complaints",
        "Complaints, compliments and enquiries",
        "Complaints, compliments and councillor or MP enquiries received by adult social care "
        "from November 2024 to January 2025, the categories of complaint and their outcomes.",
        [seed.QUALITY],
        [
            (
                custom_resource(
                    "feedback-types",
                    "Complaints, compliments and enquiries received",
                    {"type": ("string", "Type", "What was received.", {}), "number": count_field},
                    ["type"],
                ),
                ["type", "number"],
                [{"type": t, "number": n} for t, n in seed.FEEDBACK_TYPES],
            ),
            (
                custom_resource(
                    "complaint-categories",
                    "Complaints by category",
                    {
                        "category": ("string", "Category", "What the complaint was about.", {}),
                        "number": count_field,
                    },
                    ["category"],
                ),
                ["category", "number"],
                [{"category": c, "number": n} for c, n in seed.COMPLAINT_CATEGORIES],
            ),
            figures_table("complaints", "Complaint outcomes and feedback"),
        ],
    )

    training_columns = ["course", "completed", "not_completed", "staff", "percent_up_to_date"]
    write_package(
        out,
        "workforce",
        "Workforce: mandatory training",
        "Adult social care staff up to date with each corporate mandatory course on 31 "
        "January 2025, against a local target of 90%.",
        [seed.QUALITY],
        [
            (
                custom_resource(
                    "mandatory-training",
                    "Mandatory training, 31 January 2025",
                    {
                        "course": ("string", "Course", "The mandatory course.", {}),
                        "completed": (
                            "integer",
                            "Completed",
                            "Staff who have completed it.",
                            {"unit": "count"},
                        ),
                        "not_completed": (
                            "integer",
                            "Not completed",
                            "Staff who have not.",
                            {"unit": "count"},
                        ),
                        "staff": (
                            "integer",
                            "Staff",
                            "Staff who must complete it.",
                            {"unit": "count"},
                        ),
                        "percent_up_to_date": (
                            "number",
                            "Up to date (%)",
                            "Share of staff up to date.",
                            {"unit": "percent"},
                        ),
                    },
                    ["course"],
                ),
                training_columns,
                [dict(zip(training_columns, row, strict=True)) for row in seed.TRAINING],
            ),
            figures_table("workforce", "Training figures"),
        ],
    )
    print(f"Wrote the example council's own packages to {out}/.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
