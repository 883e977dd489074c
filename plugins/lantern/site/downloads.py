"""Open data: every package as it was validated, and each measure's figures, as files.

Written with plain file operations rather than Pelican's writer: these are
data files, not pages, and hold what was validated, except that every cell
disclosure control hides (``present.disclosure``) is published as ``[c]``.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import csv
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lantern.config.urls import Urls
from lantern.data.kept import code_version, files_digest, read_kept, write_kept
from lantern.data.loading import Dataset
from lantern.data.paths import public_link
from lantern.data.tables import DataPackage, Table, parse_number
from lantern.present.disclosure import measure_units, published_package
from lantern.present.disclosure_arithmetic import BenchmarkKey, benchmarks_giving_members_back
from lantern.present.gate import Gate
from lantern.releases.history import ReleaseView
from lantern.vocab.shorthand import CONFIDENTIAL


@dataclass(frozen=True)
class PackageDownload:
    """A package on the open data page: what it is and where its files are."""

    name: str
    title: str
    description: str
    licence: str
    licence_url: str
    sources: list[str]
    illustrative: bool
    zip_url: str
    files: list[tuple[str, str]]  # (file name, url)
    fields: list[tuple[str, str, str, str]]  # (file, field, type, description)


def package_download(package: DataPackage, urls: Urls) -> PackageDownload:
    """Describe a package for the open data page from its datapackage.json."""
    descriptor = package.descriptor
    licences = descriptor.get("licenses") or [{}]
    fields = []
    files = [("datapackage.json", urls.package_file(package.name, "datapackage.json"))]
    for resource in descriptor.get("resources", []):
        path = str(resource.get("path", ""))
        files.append((path, urls.package_file(package.name, path)))
        for field in resource.get("schema", {}).get("fields", []):
            fields.append(
                (
                    path,
                    str(field.get("name", "")),
                    str(field.get("type", "string")),
                    str(field.get("description") or field.get("title") or ""),
                )
            )
    return PackageDownload(
        name=package.name,
        title=str(descriptor.get("title") or package.name),
        description=str(descriptor.get("description") or ""),
        licence=str(licences[0].get("title") or licences[0].get("name") or ""),
        licence_url=public_link(str(licences[0].get("path") or "")),
        sources=[str(s.get("title")) for s in descriptor.get("sources", []) if s.get("title")],
        illustrative=package.illustrative,
        zip_url=urls.package_zip(package.name),
        files=files,
        fields=fields,
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will not run: text starting like a formula gets a leading ``'``.

    OWASP's advice for CSV injection: ``=HYPERLINK(…)`` or ``+cmd|…`` in a note
    or a name would run when someone opens the download. A plain number such
    as ``-3.5`` is left alone.
    """
    if cell.startswith(FORMULA_STARTS) and parse_number(cell) is None:
        return "'" + cell
    return cell


def safe_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every text cell made spreadsheet-safe."""
    return [
        {k: spreadsheet_safe(v) if isinstance(v, str) else v for k, v in row.items()}
        for row in rows
    ]


def csv_text(table: Table) -> str:
    """A table as CSV text, in its own column order."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=table.columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(safe_rows(table.rows))
    return buffer.getvalue()


# What disclosure control needs of the whole release beside one package: the measures'
# units, the site's gate, and the group figures that would give a member back.
Disclosure = tuple[dict[str, str], Gate, frozenset[BenchmarkKey]]


def release_disclosure(dataset: Dataset, gate: Gate) -> Disclosure:
    """``Disclosure`` for a release's packages, worked out once for all of them."""
    return measure_units(dataset.packages), gate, benchmarks_giving_members_back(dataset, gate)


def published_files(
    package: DataPackage,
    measure_units: dict[str, str],
    gate: Gate,
    benchmarks: frozenset[BenchmarkKey] = frozenset(),
) -> dict[str, bytes]:
    """File name → the bytes published: each file byte for byte as validated, unless
    disclosure control hid a cell in it; then the table is written again with ``[c]``
    there, and its schema lists ``[c]`` as a missing value."""
    descriptor = copy.deepcopy(package.descriptor)
    published = published_package(package, measure_units, gate, benchmarks)
    files: dict[str, bytes] = {}
    for resource in descriptor.get("resources", []):
        path = str(resource.get("path") or "")
        name = path.rsplit("/", 1)[-1]
        if name not in published.tables:
            continue
        table = published.tables[name]
        if safe_rows(table.rows) == package.tables[name].rows:
            files[path] = (package.folder / path).read_bytes()
            continue
        files[path] = csv_text(table).encode("utf-8")
        missing = resource.setdefault("schema", {}).setdefault("missingValues", [""])
        if CONFIDENTIAL not in missing:
            missing.append(CONFIDENTIAL)
    head = (package.folder / "datapackage.json").read_bytes()
    if descriptor != package.descriptor:
        head = (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return {"datapackage.json": head, **files}


def kept_published_files(
    package: DataPackage,
    measure_units: dict[str, str],
    gate: Gate,
    benchmarks: frozenset[BenchmarkKey],
    cache: Path | None,
) -> dict[str, bytes]:
    """``published_files``, kept in the cache folder between builds under a hash of every
    file in the package, the units, the gate and Lantern's code: checking every cell for
    spreadsheet formulas is the largest part of an unchanged rebuild otherwise, and the
    latest release's packages are the open data's too."""
    header = (
        f"{code_version()}\n{sorted(measure_units.items())!r}\n{gate!r}\n{sorted(benchmarks)!r}"
    )
    kept = cache / "downloads" / f"{files_digest(package.folder, header)}.json" if cache else None
    text = read_kept(kept)
    if text is not None:
        with contextlib.suppress(ValueError, AttributeError):
            return {n: base64.b64decode(v) for n, v in json.loads(text).items()}
    files = published_files(package, measure_units, gate, benchmarks)
    write_kept(kept, json.dumps({n: base64.b64encode(v).decode() for n, v in files.items()}))
    return files


def add_to_zip(archive: zipfile.ZipFile, name: str, content: bytes) -> None:
    """Add a file with a fixed date, so a zip is identical from build to build."""
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(entry, content)


def write_package(
    package: DataPackage,
    target: Path,
    disclosure: Disclosure,
    also: tuple[zipfile.ZipFile, str] | None = None,
    cache: Path | None = None,
) -> None:
    """Write the package's descriptor and CSVs as published, and a zip of them.

    ``disclosure`` is what disclosure control needs of the release; ``also`` is the
    zip of a whole release and the folder name its files go under; ``cache`` the folder
    where published files are kept between builds (None: nowhere).
    """
    target.mkdir(parents=True, exist_ok=True)
    files = kept_published_files(package, *disclosure, cache)
    with zipfile.ZipFile(target / f"{package.name}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(content)
            add_to_zip(archive, f"{package.name}/{name}", content)
            if also is not None:
                add_to_zip(also[0], f"{also[1]}/{package.name}/{name}", content)


def write_release_data(
    release: ReleaseView, folder: Path, disclosure: Disclosure, cache: Path | None = None
) -> None:
    """Each package of a release (files and zip) and one zip of the whole release;
    ``disclosure`` is ``release_disclosure`` of the release's data."""
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / f"{release.slug}.zip", "w", zipfile.ZIP_DEFLATED) as whole:
        for package in release.packages:
            write_package(package, folder / package.name, disclosure, (whole, release.slug), cache)
