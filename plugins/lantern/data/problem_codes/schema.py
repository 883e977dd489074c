"""What Frictionless finds against a package's Table Schemas, one code per kind of error.

Each code is named after the Frictionless error types it stands for (``FRICTIONLESS``
maps them); the message keeps Frictionless's own title, such as ``Type Error``, so
its documentation can be searched too. A type with no code here is ``schema-other``.
"""

from __future__ import annotations

from lantern.data.problem_codes.code import ProblemCode

SCHEMA_TYPE_ERROR = ProblemCode(
    "schema-type-error",
    "A cell of the wrong type",
    "Frictionless's `type-error`: a cell does not hold the type its field declares in "
    "`datapackage.json`, such as text in an `integer` column.",
    "Correct the cell, or the field's `type` if the column is declared wrongly.",
)
SCHEMA_CONSTRAINT_ERROR = ProblemCode(
    "schema-constraint-error",
    "A cell breaks a constraint",
    "Frictionless's `constraint-error`: a cell breaks one of its field's `constraints`, "
    "such as `required`, `enum`, `minimum` or `pattern`.",
    "Correct the cell, or the constraint if it is wrong.",
)
SCHEMA_UNIQUE_ERROR = ProblemCode(
    "schema-unique-error",
    "A key used twice",
    "Frictionless's `primary-key`, `unique-error` or `duplicate-row`: two rows share the "
    "schema's `primaryKey`, or a `unique` field repeats.",
    "Keep one of the rows, or correct the key.",
)
SCHEMA_FOREIGN_KEY_ERROR = ProblemCode(
    "schema-foreign-key-error",
    "A reference to nothing",
    "Frictionless's `foreign-key`: a row refers, through the schema's `foreignKeys`, to a "
    "row that is not there.",
    "Add the row referred to, or correct the reference.",
)
SCHEMA_ROW_ERROR = ProblemCode(
    "schema-row-error",
    "A row of the wrong length",
    "Frictionless's `missing-cell`, `extra-cell` or `blank-row`: a row has fewer or more "
    "cells than the header, or none at all.",
    "Give the row one cell for each column (often a stray comma or a missing one), or "
    "delete the blank row.",
)
SCHEMA_HEADER_ERROR = ProblemCode(
    "schema-header-error",
    "A header that does not match the schema",
    "Frictionless's `incorrect-label`, `missing-label`, `extra-label`, `duplicate-label`, "
    "`blank-label` or `blank-header`: the header row's names are not the schema's fields, "
    "in order.",
    "Make the header row name the schema's fields in the order `datapackage.json` lists "
    "them, or correct the schema.",
)
SCHEMA_FILE_ERROR = ProblemCode(
    "schema-file-error",
    "A file Frictionless cannot read",
    "Frictionless's `source-error`, `scheme-error`, `format-error`, `encoding-error`, "
    "`compression-error`, `hash-count` or `byte-count`: the file is missing, not the format "
    "or encoding the descriptor says, or not the file it describes.",
    "Correct the file, or what `datapackage.json` says of it (`format`, `encoding`, `hash`, "
    "`bytes`).",
)
SCHEMA_DESCRIPTOR_ERROR = ProblemCode(
    "schema-descriptor-error",
    "A descriptor Frictionless refuses",
    "Frictionless's `package-error`, `resource-error`, `schema-error`, `field-error` or "
    "`dialect-error`: `datapackage.json` is not a valid Data Package, such as a field of "
    "an unknown `type`.",
    "Correct `datapackage.json` where the message says.",
)
SCHEMA_OTHER = ProblemCode(
    "schema-other",
    "Anything else Frictionless finds",
    "A Frictionless error of another type; the message starts with its title.",
    "Look the title up in Frictionless's list of errors, and correct the file or its schema.",
)

# Frictionless's error types (``Error.type``), and its families of them, to their codes.
FRICTIONLESS: dict[str, ProblemCode] = {
    "type-error": SCHEMA_TYPE_ERROR,
    "constraint-error": SCHEMA_CONSTRAINT_ERROR,
    "primary-key": SCHEMA_UNIQUE_ERROR,
    "unique-error": SCHEMA_UNIQUE_ERROR,
    "duplicate-row": SCHEMA_UNIQUE_ERROR,
    "foreign-key": SCHEMA_FOREIGN_KEY_ERROR,
    "missing-cell": SCHEMA_ROW_ERROR,
    "extra-cell": SCHEMA_ROW_ERROR,
    "blank-row": SCHEMA_ROW_ERROR,
    "header-error": SCHEMA_HEADER_ERROR,
    "file-error": SCHEMA_FILE_ERROR,
    "source-error": SCHEMA_FILE_ERROR,
    "scheme-error": SCHEMA_FILE_ERROR,
    "format-error": SCHEMA_FILE_ERROR,
    "encoding-error": SCHEMA_FILE_ERROR,
    "compression-error": SCHEMA_FILE_ERROR,
    "metadata-error": SCHEMA_DESCRIPTOR_ERROR,
}
