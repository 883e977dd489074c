"""Validate a whole data release: every package, against its schema and the contract.

One function, ``validate_release``, is the single entry point used by
``lantern validate``, by the build and by the tests, so all three report the
same problems in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lantern.data import measure_rules, period_rules, references, rules
from lantern.data.contract import (
    AREAS,
    BENCHMARKS,
    DATA_TABLES,
    GROUPS,
    MEASURES,
    REFERENCE_PACKAGE,
    REFERENCE_TABLES,
    VALUES,
)
from lantern.data.frictionless_check import frictionless_verdicts
from lantern.data.intervals import check_intervals
from lantern.data.paths import symlinks_under
from lantern.data.plausibility import check_plausible
from lantern.data.problem_codes import files
from lantern.data.problem_codes import reference as ref
from lantern.data.problem_codes import rows as codes
from lantern.data.problems import Problem
from lantern.data.tables import DataPackage, Table, read_package
from lantern.data.totals import check_totals


@dataclass
class Release:
    """Everything read from ``data/``: the packages, and the problems found in them."""

    folder: Path
    packages: list[DataPackage] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def reference(self) -> DataPackage | None:
        """The package that defines areas, groups and measures."""
        return next((p for p in self.packages if p.folder.name == REFERENCE_PACKAGE), None)

    def tables(self, file_name: str) -> list[Table]:
        """Every table of this name across packages (values.csv may come from several)."""
        return [p.tables[file_name] for p in self.packages if file_name in p.tables]

    def summary(self) -> str:
        """One line for a successful validation."""
        rows = sum(len(t.rows) for p in self.packages for t in p.tables.values())
        reference = self.reference
        measures = len(reference.tables[MEASURES.name].rows) if reference else 0
        areas = len(reference.tables[AREAS.name].rows) if reference else 0
        return (
            f"{self.folder}: {len(self.packages)} packages, {rows:,} rows, "
            f"{measures} measures, {areas} areas: valid."
        )


def _label(folder: Path, root: Path) -> str:
    """How a file is named in messages: relative to where the user runs Lantern, if possible."""
    try:
        return str(folder.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(root.name if folder == root else folder)


def package_folders(data_dir: Path) -> list[Path]:
    """The folders of ``data_dir`` read as data packages, in order."""
    if not data_dir.is_dir():
        return []
    return sorted(
        p
        for p in data_dir.iterdir()
        if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")
    )


def read_release(data_dir: Path) -> Release:
    """Read every package under ``data_dir`` without judging its contents yet."""
    release = Release(data_dir)
    if not data_dir.is_dir():
        release.problems.append(
            Problem(
                str(data_dir),
                None,
                None,
                "The data folder does not exist.",
                kind=files.MISSING_DATA_FOLDER,
            )
        )
        return release
    for link in symlinks_under(data_dir):
        release.problems.append(
            Problem(
                _label(link, data_dir),
                None,
                None,
                "This is a symbolic link: a release holds its own files, so links are not "
                "followed, read or published.",
                "replace the link with a copy of the file it points to.",
                kind=files.SYMBOLIC_LINK,
            )
        )
    for folder in package_folders(data_dir):
        package, problems = read_package(folder, _label(folder, data_dir))
        release.problems.extend(problems)
        if package is not None:
            release.packages.append(package)
    return release


def validate_release(
    data_dir: Path, *, with_schemas: bool = True, cache: Path | None = None
) -> Release:
    """Read and check a release. ``release.problems`` is empty when it is valid.

    Frictionless checks each package against its Table Schemas in other
    processes while Lantern reads the release and applies its own rules
    (``frictionless_verdicts``); ``cache`` keeps its verdict on each unchanged
    package between builds.
    """
    folder = Path(data_dir)
    described = [
        (package, _label(package, folder))
        for package in package_folders(folder)
        if (package / "datapackage.json").is_file()
    ]
    with frictionless_verdicts(described if with_schemas else [], cache) as verdict:
        release = read_release(folder)
        if not release.folder.is_dir():
            return release
        contract_problems = list(_contract_problems(release))
        schema_problems: list[Problem] = []
        if with_schemas:
            for package in release.packages:
                schema_problems.extend(verdict(package.folder))
    release.problems.extend(_merge(contract_problems, schema_problems, release.problems))
    return release


def _merge(ours: list[Problem], theirs: list[Problem], read: list[Problem]) -> list[Problem]:
    """Keep Lantern's message where both checks found the same cell wrong (it has a hint),
    and drop Frictionless's about a file Lantern already found it could not read at all."""
    places = {(p.file, p.row, p.field) for p in ours}
    unreadable = {p.file for p in [*read, *ours] if p.field is None}
    return ours + [
        p for p in theirs if (p.file, p.row, p.field) not in places and p.file not in unreadable
    ]


def _contract_problems(release: Release) -> Iterable[Problem]:
    reference = release.reference
    if reference is None:
        yield Problem(
            str(release.folder / REFERENCE_PACKAGE),
            None,
            None,
            "The reference package is missing: it defines the areas, groups and measures.",
            "see docs/data.md, 'The reference package'.",
            kind=files.MISSING_REFERENCE_PACKAGE,
        )
        return
    for spec in REFERENCE_TABLES:
        if spec.name not in reference.tables:
            yield Problem(
                f"{_label(reference.folder, release.folder)}/{spec.name}",
                None,
                None,
                f"The reference package has no resource with the path {spec.name}.",
                kind=files.MISSING_REFERENCE_FILE,
            )
    usable: dict[str, list[Table]] = {}
    for spec in (*REFERENCE_TABLES, *DATA_TABLES):
        for table in release.tables(spec.name):
            column_problems = rules.check_columns(table, spec)
            yield from column_problems
            if not column_problems:
                yield from rules.check_not_empty(table, spec)
                usable.setdefault(spec.name, []).append(table)
    yield from _reference_rules(usable)
    yield from _data_rules(usable)
    measures = {row["measure_id"]: row for t in usable.get(MEASURES.name, []) for row in t.rows}
    for package in release.packages:
        yield from check_totals(package)
        for spec in DATA_TABLES:
            if package.tables.get(spec.name) in usable.get(spec.name, []):
                yield from check_intervals(package, spec.name, measures)


# One row per key; a group or a published summary may be one area's own (``for_area``).
GROUP_KEY = ("group_id", "for_area", "area_code")
BENCHMARK_KEY = ("group_id", "for_area", "measure_id", "period")


def _reference_rules(usable: dict[str, list[Table]]) -> Iterable[Problem]:
    areas = usable.get(AREAS.name, [])
    groups = usable.get(GROUPS.name, [])
    measures = usable.get(MEASURES.name, [])
    area_codes = {row["area_code"] for t in areas for row in t.rows}
    for table in areas:
        yield from rules.check_unique(table, ("area_code",))
    for table in groups:
        yield from rules.check_unique(table, GROUP_KEY, optional=("for_area",))
        yield from rules.check_group_ids(table)
        yield from references.check_reference(table, "area_code", area_codes, references.AREA)
        yield from references.check_reference(table, "for_area", area_codes, references.AREA)
    for table in measures:
        yield from rules.check_unique(table, ("measure_id",))
        yield from _one_address_each(table)
        yield from _one_title_each(table)
        yield from measure_rules.check_measures(table)


def _one_address_each(table: Table) -> Iterable[Problem]:
    """Measure ids that differ only in case would share one page (/measures/2a1/)."""
    first: dict[str, str] = {}
    for number, row in table.numbered():
        code = row.get("measure_id", "")
        seen = first.setdefault(code.lower(), code)
        if seen != code:
            yield Problem(
                table.label,
                number,
                "measure_id",
                f"{code} and {seen} differ only in capital letters, so they would share "
                f"the page /measures/{code.lower()}/.",
                "give one of them another id.",
                kind=ref.MEASURE_IDS_DIFFER_IN_CASE,
            )


def _one_title_each(table: Table) -> Iterable[Problem]:
    """Two measures with one title look the same in every list, table and search result,
    so a reader cannot tell which is which. Titles that differ only in capitals or spaces
    count as the same."""
    first: dict[str, tuple[int, str]] = {}
    for number, row in table.numbered():
        title, code = " ".join(row.get("title", "").split()), row.get("measure_id", "")
        if not title:
            continue
        seen_row, seen_code = first.setdefault(title.casefold(), (number, code))
        if seen_row != number:
            yield Problem(
                table.label,
                number,
                "title",
                f"{code} has the same title as {seen_code} in row "
                f"{seen_row}: '{title}'. Readers could not tell the two measures apart.",
                "give each a title that says how they differ, such as what is counted or "
                "which answers count.",
                kind=ref.DUPLICATE_TITLE,
            )


def _data_rules(usable: dict[str, list[Table]]) -> Iterable[Problem]:
    area_codes = {row["area_code"] for t in usable.get(AREAS.name, []) for row in t.rows}
    group_ids = {row["group_id"] for t in usable.get(GROUPS.name, []) for row in t.rows}
    measures = {row["measure_id"]: row for t in usable.get(MEASURES.name, []) for row in t.rows}
    seen: dict[tuple[str, str, str], str] = {}
    for table in usable.get(VALUES.name, []):
        if not table.rows:
            yield Problem(
                table.label,
                None,
                None,
                "The file has a header but no rows: a release with no values has nothing to show.",
                "add the values, or remove the file from the package's resources.",
                kind=files.NO_VALUES,
            )
        yield from rules.check_unique(table, ("area_code", "measure_id", "period"))
        yield from references.check_reference(table, "area_code", area_codes, references.AREA)
        yield from references.check_reference(table, "measure_id", measures, references.MEASURE)
        yield from rules.check_values(table, measures)
        yield from period_rules.check_pooled_lengths(table)
        yield from check_plausible(table, measures)
        for number, row in table.numbered():
            key = (row["area_code"], row["measure_id"], row["period"])
            if key in seen and seen[key] != table.label:
                yield Problem(
                    table.label,
                    number,
                    "period",
                    f"{row['area_code']} {row['measure_id']} {row['period']} is also given "
                    f"in {seen[key]}: a value must come from one package only.",
                    kind=codes.VALUE_IN_TWO_PACKAGES,
                )
            seen.setdefault(key, table.label)
    for table in usable.get(BENCHMARKS.name, []):
        yield from rules.check_unique(table, BENCHMARK_KEY, optional=("for_area",))
        yield from references.check_reference(table, "group_id", group_ids, references.GROUP)
        yield from references.check_reference(table, "for_area", area_codes, references.AREA)
        yield from references.check_reference(table, "measure_id", measures, references.MEASURE)
        yield from rules.check_benchmarks(table)
