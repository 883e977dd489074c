"""Writing a new site: the starter files filled in, and the data it starts from.

A new site is written into a folder beside the one asked for and renamed into place
when it is whole, so a failure leaves nothing half made. The starter files are Jinja
templates with their own delimiters (``[[= name ]]`` and ``[% ... %]``): the files they
make hold Lantern's ``{{ embeds }}`` and GitHub's ``${{ expressions }}``, which must come
out as written. A file or folder named ``dot-x`` is written as ``.x`` (a wheel leaves out
hidden files).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

from lantern.data.problems import LanternError
from lantern.installed import NATIONAL_PACKAGES, STARTER_PATH, dependency_lock, national_data
from lantern.starter import pins
from lantern.starter.context import blank_context, council_context
from lantern.starter.council import Council, collected_measures, council_groups, find_council

# What marks a folder as holding a site already: ``lantern new`` never writes over one.
SITE_FILES = ("pelicanconf.py", "content", "data")
DOT = "dot-"
# A starter file filled in (the rest are copied as they are).
TEMPLATE = ".jinja"
# The starter files every new site has: its publishing workflow, production settings, pins.
COMMON = "common"


def _environment(folder: Path) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        variable_start_string="[[=",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        comment_start_string="[#",
        comment_end_string="#]",
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    # A Python literal of a string or a list of strings, in double quotes as the project's
    # own settings are written.
    environment.filters["py"] = lambda value: json.dumps(value, ensure_ascii=False)
    return environment


def fill_starter(kind: str, context: Mapping[str, Any], target: Path) -> None:
    """Write every starter file every site has (``COMMON``), then those of ``kind``
    (``council`` or ``blank``), under ``target``: a
    ``.jinja`` file filled in with ``context`` (and named without it), any other as it is."""
    for source in (STARTER_PATH / COMMON, STARTER_PATH / kind):
        environment = _environment(source)
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            relative = path.relative_to(source)
            written = target.joinpath(*(_undotted(part) for part in relative.parts))
            written.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix != TEMPLATE:
                shutil.copy2(path, written)
                continue
            text = environment.get_template(relative.as_posix()).render(**context)
            written.with_suffix("").write_text(text, encoding="utf-8")


def _undotted(part: str) -> str:
    return "." + part.removeprefix(DOT) if part.startswith(DOT) else part


def check_target(folder: Path) -> None:
    """Stop, naming the folder, when it already holds a site or anything else."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise LanternError([f"{folder}: is a file, not a folder for a new site."])
    held = [name for name in SITE_FILES if (folder / name).exists()]
    if held:
        raise LanternError(
            [
                f"{folder}: already holds a site ({', '.join(held)}). Lantern never writes "
                "over a site: choose a new folder, or move this one away first."
            ]
        )
    if any(folder.iterdir()):
        raise LanternError([f"{folder}: is not empty. Choose a new or an empty folder."])


def written_whole(folder: Path, write: Any) -> Path:
    """Run ``write(staging)`` in a folder beside ``folder`` and rename it into place."""
    check_target(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # a folder as any other the analyst makes, not private
    try:
        write(staging)
        if folder.exists():
            folder.rmdir()  # empty, as check_target found it
        staging.replace(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_rows(path: Path, rows: list[dict[str, str]], columns: list[str]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _national() -> Path:
    found = national_data()
    if found is None:
        raise LanternError(
            [
                "This copy of Lantern holds no national data (data/ascof and data/reference), "
                "so it cannot make a council's site. Install Lantern from its wheel, or use "
                "--blank for a site of your own data."
            ]
        )
    return found


def new_council_site(folder: Path, code: str) -> Council:
    """Write a working site for the council with ONS code ``code`` in ``folder``."""
    national = _national()
    reference = national / "reference"
    areas, groups = _rows(reference / "areas.csv"), _rows(reference / "groups.csv")
    council = find_council(areas, groups, code)

    def write(staging: Path) -> None:
        data = staging / "data"
        for name in NATIONAL_PACKAGES:
            shutil.copytree(national / name, data / name)
        _keep_council_reference(data, council, groups)
        fill_starter("council", council_context(council), staging)
        _write_lock(staging)

    written_whole(folder, write)
    return council


def _keep_council_reference(data: Path, council: Council, groups: list[dict[str, str]]) -> None:
    """The reference package cut to the council's groups and the measures the national
    data hold, with a description that says so."""
    reference = data / "reference"
    kept_groups = council_groups(groups, council)
    _write_rows(reference / "groups.csv", kept_groups, list(groups[0]))
    measures = _rows(reference / "measures.csv")
    kept_measures = collected_measures(measures, _rows(data / "ascof" / "values.csv"))
    _write_rows(reference / "measures.csv", kept_measures, list(measures[0]))
    descriptor_path = reference / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    descriptor["description"] = (
        "The areas, comparator groups and measures the site reports on. Areas are every "
        "English council with adult social services responsibilities, with their regions. "
        f"Groups are England, {council.region_name}"
        + (
            ", and the 15 councils most like " + council.name + " in CIPFA's nearest "
            "neighbours model (the council itself included)"
            if council.neighbours
            else ""
        )
        + ". Measures are the Adult Social Care Outcomes Framework."
    )
    descriptor_path.write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")


def _write_lock(staging: Path) -> None:
    lock = dependency_lock()
    if lock is not None:
        text = pins.runtime_lock(lock.read_text(encoding="utf-8"), pins.runtime_names())
        (staging / "requirements.lock").write_text(text, encoding="utf-8")


def new_blank_site(folder: Path) -> None:
    """Write an empty site for any service: one example measure and the data contract's
    minimum, every figure marked illustrative."""

    def write(staging: Path) -> None:
        fill_starter("blank", blank_context(), staging)
        _write_lock(staging)

    written_whole(folder, write)
