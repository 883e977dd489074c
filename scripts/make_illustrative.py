"""Write the monthly series the example's overview charts without printing their numbers.

    python scripts/make_illustrative.py [--data data]

The January 2025 performance overview shows contacts, waiting lists, reviews
and safeguarding referrals as charts and states only a few figures about them
in words: "an average of 2,150 contacts a month", "10% more than last year",
"up 15% in the last month", "274 referrals a month". Those stated figures are
data, in ``data/operations/figures.csv`` and ``data/safeguarding/figures.csv``;
this script reads them and writes ``data/operations-illustrative/values.csv``,
series shaped like the charts that agree with every one of them. The package
says ``"illustrative": true``, so the site labels every value from it.
Everything else in ``data/`` is edited by hand, as a council analyst would.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

HOME = "E08000014"
NOTE = (
    "Illustrative: the report shows this series as a chart without printing its numbers; "
    "the figures are built to agree with every figure the report states."
)
COLUMNS = ["area_code", "measure_id", "period", "numerator", "denominator", "value", "status"]
# The shape of a year, December to November: busier months above 1, quieter below.
SEASON = (1.03, 0.97, 1.04, 0.98, 1.01, 1.05, 0.99, 1.02, 0.95, 1.01, 0.99, 0.96)
# Shapes read off the charts, May to October 2024; November follows from the stated rise.
OT_WAITING = (365, 352, 338, 321, 305, 287)
CCP_WAITING = (612, 540, 461, 372, 270, 180)
# December 2023 to October 2024: below November's printed 57%.
REVIEWS = (58, 58, 57, 57, 56, 56, 55, 54, 53, 54, 55)
RESOLVED = (61.2, 61.8, 62.1, 62.9, 63.4, 63.2, 64.0, 64.6, 65.1, 65.0, 65.8, 66.4)
WITHIN_28_DAYS = (71.5, 71.9, 72.4, 72.0, 72.8, 73.5, 73.1, 73.9, 74.2, 74.0, 74.6, 75.1)
STILL_OPEN = (231, 225, 219, 228, 214, 207, 212, 201, 196, 204, 193, 188)


def stated(data: Path, package: str) -> dict[str, float]:
    """The figures a package's ``figures.csv`` states, by key."""
    with (data / package / "figures.csv").open(encoding="utf-8", newline="") as handle:
        return {row["figure"]: float(row["value"]) for row in csv.DictReader(handle)}


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


def risen(before: Sequence[int], percent: float) -> list[int]:
    """The months before, then a last month ``percent`` above the one before it."""
    return [*before, round(before[-1] * (1 + percent / 100))]


def series(data: Path) -> dict[str, tuple[str, Sequence[float]]]:
    """measure_id → (first month, values), every one agreeing with the stated figures."""
    operations, safeguarding = stated(data, "operations"), stated(data, "safeguarding")
    average, rise = int(operations["contacts-average"]), operations["contacts-rise"]
    # The year before is the last year's total less the stated rise, to the nearest contact.
    year_before = round(average * 12 / (1 + rise / 100))
    referrals = int(safeguarding["referrals-average"]) * 12
    return {
        "CONTACTS": ("2022-12", spread(year_before, SEASON) + spread(average * 12, SEASON)),
        "CONTACTS-RESOLVED": ("2023-12", RESOLVED),
        "OT-WAITING": ("2024-05", risen(OT_WAITING, operations["ot-rise-month"])),
        "CCP-WAITING": ("2024-05", risen(CCP_WAITING, operations["ccp-rise-month"])),
        "ANNUAL-REVIEWS": ("2023-12", REVIEWS),
        "SG-REFERRALS": ("2023-12", spread(referrals, SEASON[::-1])),
        "SG-RESOLVED-28": ("2023-12", WITHIN_28_DAYS),
        "SG-OPEN": ("2023-12", STILL_OPEN),
    }


def rows(data: Path) -> list[dict[str, str]]:
    """values.csv rows of the illustrative package."""
    out = []
    for measure_id, (first, values) in series(data).items():
        for month, value in zip(months(first, len(values)), values, strict=True):
            blank = {"numerator": "", "denominator": ""}
            out.append(
                {"area_code": HOME, "measure_id": measure_id, "period": month, **blank}
                | {"value": str(value), "status": "final", "note": NOTE}
            )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="data", type=Path)
    parser.add_argument("--out", type=Path, help="default: the --data folder")
    args = parser.parse_args(argv)
    target = (args.out or args.data) / "operations-illustrative" / "values.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*COLUMNS, "note"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows(args.data))
    print(f"Wrote {target}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
