"""Problems reading a release: its folders, descriptors, files and their headers."""

from __future__ import annotations

from lantern.data.problem_codes.code import ProblemCode

MISSING_DATA_FOLDER = ProblemCode(
    "missing-data-folder",
    "No data folder",
    "The data folder (`LANTERN_DATA_PATH`, or the folder given to `lantern validate`) "
    "does not exist.",
    "Check the folder's name and where you run Lantern from.",
)
SYMBOLIC_LINK = ProblemCode(
    "symbolic-link",
    "A symbolic link in the data",
    "A file or folder under `data/` is a symbolic link. Links are never followed, so "
    "nothing outside `data/` can be published by mistake.",
    "Replace the link with a copy of the file or folder it points to.",
)
MISSING_DESCRIPTOR = ProblemCode(
    "missing-descriptor",
    "No datapackage.json",
    "A folder under `data/` has no `datapackage.json`, so its files cannot be checked.",
    "Every folder under `data/` is a package: add a descriptor, or move the folder out.",
)
DESCRIPTOR_NOT_JSON = ProblemCode(
    "descriptor-not-json",
    "datapackage.json is not JSON",
    "`datapackage.json` could not be read as JSON; the message says where the reader gave up.",
    "Correct the file there: often a missing comma, quote or bracket.",
)
DESCRIPTOR_WITHOUT_RESOURCES = ProblemCode(
    "descriptor-without-resources",
    "No list of resources",
    "`datapackage.json` is not an object with a `resources` list, so it names no files.",
    "Give it a `resources` list with an entry for each CSV file of the package.",
)
BAD_RESOURCE_PATH = ProblemCode(
    "bad-resource-path",
    "A resource path Lantern will not read",
    "A resource's `path` is not the name of one file in the package's own folder: it is "
    "a list or empty, a web address, leaves the folder (`..`, a `/` at the start, a drive "
    "letter) or goes through a symbolic link.",
    "Copy the file into the package folder and give its name, such as `values.csv`; a "
    "build never fetches or reads anything else.",
)
UNSAFE_LINK = ProblemCode(
    "unsafe-link",
    "A link that cannot be published",
    "A licence or source link in `datapackage.json` is not a web address, so it could "
    "run or hide something in a reader's browser.",
    "Make it start `http://` or `https://`, or be an address on the site.",
)
MISSING_FILE = ProblemCode(
    "missing-file",
    "The file does not exist",
    "A file the package's `datapackage.json` lists is not in the package folder.",
    "Add the file, correct its `path`, or remove the resource from the descriptor.",
)
EMPTY_FILE = ProblemCode(
    "empty-file",
    "Empty file",
    "The CSV file has nothing in it, not even a header row.",
    "Save it again with its header row and rows.",
)
NOT_UTF8 = ProblemCode(
    "not-utf8",
    "Not UTF-8 text",
    "The file has a character that is not UTF-8 text; the row is where the first one is.",
    'Save the file from your spreadsheet as "CSV UTF-8".',
)
NOT_CSV = ProblemCode(
    "not-csv",
    "Not valid CSV",
    'The file could not be read as CSV, usually because a quote (`"`) is opened and not '
    "closed; the row is where the reader gave up.",
    "Close the quote, or remove it.",
)
MISSING_REFERENCE_PACKAGE = ProblemCode(
    "missing-reference-package",
    "No reference package",
    "There is no `data/reference/`: it defines the areas, groups and measures every other "
    "package refers to.",
    "Create `data/reference/` with the three files described above.",
)
MISSING_REFERENCE_FILE = ProblemCode(
    "missing-reference-file",
    "A reference file is missing",
    "The reference package lists no `areas.csv`, `groups.csv` or `measures.csv` among its "
    "resources.",
    "Add the file and list it in `data/reference/datapackage.json`.",
)
MISSING_COLUMN = ProblemCode(
    "missing-column",
    "A required column is missing",
    "The header row lacks a column this page says the file must have.",
    "Add the column to the header row (it may be empty where this page says so); the hint "
    "lists every column the file needs.",
)
NO_VALUES = ProblemCode(
    "no-values",
    "values.csv has no rows",
    "A `values.csv` has a header but no rows, so the package has nothing to show.",
    "Add the values, or remove the file from the package's resources.",
)
