"""Open data: every package as it was validated, and each measure's figures, as files.

Written with plain file operations rather than Pelican's writer: these are
data files, not pages, and must be byte-for-byte what was validated.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .compute import MeasureResult
from .tables import DataPackage

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


def package_download(package: DataPackage, folder_url: str) -> PackageDownload:
    """Describe a package for the open data page from its datapackage.json."""
    descriptor = package.descriptor
    licences = descriptor.get("licenses") or [{}]
    fields = []
    files = [("datapackage.json", f"{folder_url}datapackage.json")]
    for resource in descriptor.get("resources", []):
        path = str(resource.get("path", ""))
        files.append((path, f"{folder_url}{path}"))
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
        zip_url=f"{folder_url}{package.name}.zip",
        files=files,
        fields=fields,
    )


def write_package(package: DataPackage, target: Path) -> None:
    """Copy the package's descriptor and CSVs unchanged, and a zip of them."""
    target.mkdir(parents=True, exist_ok=True)
    names = ["datapackage.json"] + [
        str(r.get("path")) for r in package.descriptor.get("resources", []) if r.get("path")
    ]
    with zipfile.ZipFile(target / f"{package.name}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            source = package.folder / name
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / name)
            # A fixed date keeps the zip identical from build to build.
            entry = zipfile.ZipInfo(f"{package.name}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, source.read_bytes())


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
