"""Open data: every package as it was validated, and each measure's figures, as files.

Written with plain file operations rather than Pelican's writer: these are
data files, not pages, and are byte-for-byte what was validated, except that
small counts in fields marked for suppression are published as ``[c]``.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from lantern.compute import MeasureResult
from lantern.data.shorthand import CONFIDENTIAL
from lantern.data.tables import DataPackage
from lantern.present.gate import Gate
from lantern.site.release_pages import ReleaseView
from lantern.site.urls import Urls

MEASURE_COLUMNS = ["measure_id", "area_code", "period", "value", "shorthand", "status", "note"]


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
        licence_url=str(licences[0].get("path") or ""),
        sources=[str(s.get("title")) for s in descriptor.get("sources", []) if s.get("title")],
        illustrative=bool(descriptor.get("illustrative")),
        zip_url=urls.package_zip(package.name),
        files=files,
        fields=fields,
    )


def suppressed_fields(resource: dict[str, Any]) -> set[str]:
    """Fields whose small counts are published as ``[c]``."""
    fields = resource.get("schema", {}).get("fields", [])
    return {str(f["name"]) for f in fields if f.get("suppressSmallCounts")}


def published_csv(text: str, fields: set[str], threshold: int) -> str:
    """The CSV with every count from 1 to below ``threshold`` in ``fields`` replaced by [c]."""
    reader = csv.DictReader(io.StringIO(text))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=reader.fieldnames or [], lineterminator="\n")
    writer.writeheader()
    gate = Gate(threshold)
    for row in reader:
        for name in fields:
            if name in row:
                row[name] = gate.cell(row[name], count=True)
        writer.writerow(row)
    return buffer.getvalue()


def published_files(package: DataPackage, threshold: int) -> dict[str, bytes]:
    """File name → the bytes published: as validated, except that small counts in fields
    marked ``suppressSmallCounts`` are ``[c]`` (and the schema lists ``[c]`` as missing)."""
    descriptor = json.loads((package.folder / "datapackage.json").read_text(encoding="utf-8"))
    files: dict[str, bytes] = {}
    changed = False
    for resource in descriptor.get("resources", []):
        path = str(resource.get("path") or "")
        if not path:
            continue
        raw = (package.folder / path).read_bytes()
        fields = suppressed_fields(resource)
        if fields:
            text = published_csv(raw.decode("utf-8"), fields, threshold)
            raw = text.encode("utf-8")
            schema = resource.setdefault("schema", {})
            missing = schema.setdefault("missingValues", [""])
            if CONFIDENTIAL not in missing:
                missing.append(CONFIDENTIAL)
            changed = True
        files[path] = raw
    head = (package.folder / "datapackage.json").read_bytes()
    if changed:
        head = (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return {"datapackage.json": head, **files}


def add_to_zip(archive: zipfile.ZipFile, name: str, content: bytes) -> None:
    """Add a file with a fixed date, so a zip is identical from build to build."""
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(entry, content)


def write_package(
    package: DataPackage,
    target: Path,
    threshold: int,
    also: tuple[zipfile.ZipFile, str] | None = None,
) -> None:
    """Write the package's descriptor and CSVs as published, and a zip of them.

    ``also`` is the zip of a whole release and the folder name its files go under.
    """
    target.mkdir(parents=True, exist_ok=True)
    files = published_files(package, threshold)
    with zipfile.ZipFile(target / f"{package.name}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(content)
            add_to_zip(archive, f"{package.name}/{name}", content)
            if also is not None:
                add_to_zip(also[0], f"{also[1]}/{package.name}/{name}", content)


def write_release_data(release: ReleaseView, folder: Path, threshold: int) -> None:
    """Each package of a release (files and zip) and one zip of the whole release."""
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / f"{release.slug}.zip", "w", zipfile.ZIP_DEFLATED) as whole:
        for package in release.packages:
            write_package(package, folder / package.name, threshold, (whole, release.slug))


def measure_rows(result: MeasureResult, area_code: str) -> list[dict[str, Any]]:
    """The home area's computed figures, one row per period (suppression applied)."""
    return [
        {
            "measure_id": result.measure.measure_id,
            "area_code": area_code,
            "period": p.period,
            "value": p.value,
            "shorthand": p.shorthand or "",
            "status": p.status,
            "note": p.note,
        }
        for p in result.periods
    ]


def write_measure_files(result: MeasureResult, area_code: str, folder: Path) -> None:
    """``<id>.csv`` and ``<id>.json`` beside the measure's page."""
    folder.mkdir(parents=True, exist_ok=True)
    slug = result.measure.measure_id.lower()
    rows = measure_rows(result, area_code)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=MEASURE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)
    (folder / f"{slug}.csv").write_text(buffer.getvalue(), encoding="utf-8")
    document = {"measure": asdict(result.measure), "area_code": area_code, "periods": rows}
    (folder / f"{slug}.json").write_text(
        json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
