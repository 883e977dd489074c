"""A whole-column scan that clears a table against its Table Schema without casting each cell.

Frictionless reads and casts every cell in Python: at ten times the example's
rows that is most of what ``lantern validate`` spends. This scan reads the
rows with the CSV dialect Frictionless itself detected and checks each
column's distinct cells at once (one regular expression over a column of
numbers, set arithmetic for keys and allowed values).

It is stricter than Frictionless on purpose, and it only ever answers
"certainly valid" or "ask Frictionless". Any cell, schema or file it is not
sure of (a number written ``1e5``, a format, a dialect of its own, a missing
value inside a key) sends the package to Frictionless's full check, so
Frictionless's report stays the only word on what is wrong and where.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

# The plainest spellings Frictionless casts without fail: int() and Decimal() accept them.
# Bounded lengths: Python refuses to read an integer of more than 4,300 digits.
PLAIN = {
    "integer": re.compile(r"-?[0-9]{1,18}(?:\n-?[0-9]{1,18})*"),
    "number": re.compile(r"-?[0-9]{1,18}(?:\.[0-9]{1,18})?(?:\n-?[0-9]{1,18}(?:\.[0-9]{1,18})?)*"),
}
# Frictionless's number options; any one declared changes how a cell reads.
NUMBER_OPTIONS = ("bare_number", "decimal_char", "group_char", "float_number")
CONSTRAINTS_CHECKED = frozenset({"required", "enum"})
# Rows checked at a time: enough for whole-column checks to pay, few enough to bound memory.
CHUNK_ROWS = 50_000


def rows_certainly_valid(resource: Any) -> bool:
    """True only when every row of a Frictionless CSV ``resource`` passes its Table Schema."""
    if not _plain_resource(resource):
        return False
    try:
        with resource:  # Frictionless detects the dialect and encoding from a sample
            from frictionless.formats import CsvControl

            dialect = CsvControl.from_dialect(resource.dialect).to_python()
            encoding, path = resource.encoding, resource.normpath
        schema = resource.schema
        fields = [field.to_descriptor() for field in schema.fields]
        with open(path, newline="", encoding=encoding, errors="strict") as handle:
            rows = csv.reader(handle, dialect)
            return table_valid(rows, fields, list(schema.primary_key), list(schema.missing_values))
    except Exception:  # noqa: BLE001 - anything unexpected is Frictionless's to report
        return False


def _plain_resource(resource: Any) -> bool:
    """A local CSV file whose schema uses only what this scan checks."""
    if resource.format != "csv" or resource.compression or resource.innerpath:
        return False
    if resource.hash or resource.bytes or resource.dialect.to_descriptor():
        return False
    if not resource.path or resource.basepath is None or "://" in str(resource.path):
        return False
    schema = resource.schema
    if schema.foreign_keys or not schema.fields:
        return False
    key = set(schema.primary_key)
    return all(_plain_field(field, field.name in key) for field in schema.fields)


def _plain_field(field: Any, in_key: bool) -> bool:
    if field.type not in ("string", *PLAIN) or field.format != "default":
        return False
    if field.has_defined("missing_values") or set(field.constraints) - CONSTRAINTS_CHECKED:
        return False
    if in_key and field.type != "string":
        return False  # 1.0 and 1.00 are one key to Frictionless, two strings here
    if "enum" in field.constraints and field.type != "string":
        return False
    options = NUMBER_OPTIONS if field.type == "number" else ("bare_number",)
    return field.type == "string" or not any(field.has_defined(name) for name in options)


def table_valid(
    rows: Iterable[Sequence[str]],
    fields: Sequence[dict[str, Any]],
    primary_key: Sequence[str],
    missing_values: Sequence[str],
) -> bool:
    """Whether CSV ``rows`` (the header first) certainly pass the schema's fields and key.

    Rows are taken a chunk at a time, so a file of millions of rows is checked in
    bounded memory; of the keys only their hashes are kept (two keys sharing a hash
    look like a repeat, and Frictionless then reads the file and decides).
    """
    names = [str(field["name"]) for field in fields]
    each = iter(rows)
    if list(next(each, ())) != names:
        return False
    spec = _Spec(fields, [names.index(name) for name in primary_key], frozenset(missing_values))
    seen: set[int] = set()
    while chunk := list(islice(each, CHUNK_ROWS)):
        if not _chunk_valid(chunk, spec, seen):
            return False
    return True


@dataclass(frozen=True)
class _Spec:
    fields: Sequence[dict[str, Any]]
    key: list[int]  # the primary key's columns
    missing: frozenset[str]


def _chunk_valid(chunk: list[Sequence[str]], spec: _Spec, seen: set[int]) -> bool:
    if set(map(len, chunk)) != {len(spec.fields)}:
        return False  # a missing or extra cell, or an empty line
    columns = list(zip(*chunk, strict=True))
    cells = zip(spec.fields, columns, strict=True)
    if not all(_column_valid(field, set(column), spec.missing) for field, column in cells):
        return False
    if not spec.key:
        return not any(spec.missing.issuperset(row) for row in chunk)  # a blank row
    return _keys_new([columns[index] for index in spec.key], spec.missing, seen)


def _keys_new(key: list[tuple[str, ...]], missing: frozenset[str], seen: set[int]) -> bool:
    """Frictionless's primary-key check: no two rows share a key, none has every part missing.

    Frictionless compares keys after reading missing cells as null; the text can be
    compared in its place while each column spells "missing" at most one way.
    """
    missing_in = [missing & set(column) for column in key]
    if any(len(spellings) > 1 for spellings in missing_in):
        return False
    rows = list(zip(*key, strict=True))
    if any(missing_in) and any(missing.issuperset(row) for row in rows):
        return False
    hashes = set(map(hash, rows))
    if len(hashes) < len(rows) or not seen.isdisjoint(hashes):
        return False
    seen |= hashes
    return True


def _column_valid(field: dict[str, Any], cells: set[str], missing: frozenset[str]) -> bool:
    present = cells - missing
    constraints = field.get("constraints") or {}
    if constraints.get("required") and cells & missing:
        return False
    if "enum" in constraints and not present <= set(constraints["enum"]):
        return False
    plain = PLAIN.get(str(field["type"]))
    if plain is None or not present:
        return True
    joined = "\n".join(present)
    one_line_each = joined.count("\n") == len(present) - 1
    return one_line_each and plain.fullmatch(joined) is not None
