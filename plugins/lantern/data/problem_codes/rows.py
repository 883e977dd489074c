"""Problems in the rows and cells of a release's tables: values, benchmarks and totals."""

from __future__ import annotations

from lantern.data.problem_codes.code import ProblemCode

EMPTY_CELL = ProblemCode(
    "empty-cell",
    "A required cell is empty",
    "A cell this page says must hold something is empty.",
    "Fill the cell in.",
)
DUPLICATE_ROW = ProblemCode(
    "duplicate-row",
    "The same row twice",
    "Two rows share one key (for values: area, measure and period); the message names the "
    "earlier row.",
    "Keep one of the two rows.",
)
UNKNOWN_AREA = ProblemCode(
    "unknown-area",
    "Unknown area",
    "An `area_code` or `for_area` is not an area of `reference/areas.csv`.",
    "Add the area to `areas.csv`, or correct the code (codes are case-sensitive).",
)
UNKNOWN_MEASURE = ProblemCode(
    "unknown-measure",
    "Unknown measure",
    "A `measure_id` is not a measure of `reference/measures.csv`.",
    "Add the measure to `measures.csv`, or correct the id (ids are case-sensitive).",
)
UNKNOWN_GROUP = ProblemCode(
    "unknown-group",
    "Unknown group",
    "A `group_id` is not a group of `reference/groups.csv`.",
    "Add the group to `groups.csv`, or correct the id.",
)
NOT_A_PERIOD = ProblemCode(
    "not-a-period",
    "Not a period",
    "A period is in none of the formats under *Periods*, or is not a real one (`2022-25` "
    "is not a financial year: its second part is the next year).",
    "Use one of the formats under *Periods*, such as `2023-24` or `2024-11`.",
)
POOLED_LENGTHS_DIFFER = ProblemCode(
    "pooled-lengths-differ",
    "Years counted together in different numbers",
    "A measure has periods of years counted together over different numbers of years, "
    "such as `2018 to 2020` (three) and `2016 to 2020` (five): a figure for five years "
    "cannot be compared with one for three.",
    "Give every period of the measure the same number of years, or give the other "
    "length a measure of its own.",
)
NOT_A_NUMBER = ProblemCode(
    "not-a-number",
    "Not a number",
    "A cell for a number holds something else: a comma, a currency or `%` sign, a word, or "
    "a shorthand such as `[c]`.",
    "Write the number plainly, such as `1234.5`; the hint says where a shorthand goes instead.",
)
UNKNOWN_STATUS = ProblemCode(
    "unknown-status",
    "Unknown status",
    "A value's `status` is not one of the allowed words.",
    "Use one of the words the message lists.",
)
VALUE_WITHOUT_REASON = ProblemCode(
    "value-without-reason",
    "No value and no reason",
    "The row has no value and no numerator, and its note does not say why.",
    "Give the value, or start the note with `[c]`, `[x]`, `[z]` or `[u]`.",
)
ZERO_DENOMINATOR = ProblemCode(
    "zero-denominator",
    "A denominator of 0",
    "The denominator is 0, so no rate can be worked out.",
    "Correct the count, or leave numerator and denominator empty and explain in the note.",
)
VALUE_NOT_NUMERATOR_RATIO = ProblemCode(
    "value-not-numerator-ratio",
    "The value disagrees with its counts",
    "The value is not numerator / denominator, in the measure's unit and to its decimal places.",
    "Correct whichever of the three cells is wrong, or leave the value empty to have it "
    "worked out.",
)
TOO_LARGE = ProblemCode(
    "too-large",
    "Too large to be real",
    "A figure of a million million or more: a slip, such as a pasted formula result or an "
    "extra digit.",
    "Correct the figure.",
)
NEGATIVE_COUNT = ProblemCode(
    "negative-count",
    "A negative count",
    "A numerator or denominator is below 0, and counts of people are never negative.",
    "Correct the count.",
)
IMPOSSIBLE_VALUE = ProblemCode(
    "impossible-value",
    "A value its unit does not allow",
    "A value outside what its measure's unit allows: a percentage from 0 to 100, a rate per "
    "100,000 from 0 to 100,000, a count whole and not negative, a `score_out_of_24` from 0 "
    "to 24, days and hours not negative.",
    "Check the value, and the measure's `unit` in `measures.csv`.",
)
VALUE_IN_TWO_PACKAGES = ProblemCode(
    "value-in-two-packages",
    "A value given twice",
    "Two packages give a value for the same area, measure and period.",
    "Keep the value in one package only.",
)
UNKNOWN_BAND = ProblemCode(
    "unknown-band",
    "Unknown band",
    "A published `band` in `benchmarks.csv` is not one of the allowed words.",
    "Use one of the words the message lists.",
)
BAND_WITHOUT_AREA = ProblemCode(
    "band-without-area",
    "A band without its area",
    "A row of `benchmarks.csv` gives a `band` but no `for_area`: a published band is one "
    "area's place in the group.",
    "Put the `area_code` of the area the band is for in `for_area`.",
)
QUARTILES_OUT_OF_ORDER = ProblemCode(
    "quartiles-out-of-order",
    "Quartiles out of order",
    "A row's quartiles are not in order: `q1` must not exceed the `median`, nor the `median` `q3`.",
    "Correct the three cells so that `q1` ≤ `median` ≤ `q3`.",
)
TOTAL_WITHOUT_PARTS = ProblemCode(
    "total-without-parts",
    "A total without parts",
    "A total declared in a schema lists no parts.",
    "Give the total's `parts`; see *Totals*.",
)
TOTAL_NAMES_NO_COLUMN = ProblemCode(
    "total-names-no-column",
    "A total names a missing column",
    "A declared total, or one of its parts, is not a column of the file.",
    "Correct the names in the declaration, or add the column; see *Totals*.",
)
TOTAL_NAMES_NO_ROW = ProblemCode(
    "total-names-no-row",
    "A total names a missing row",
    "A declared total row, or one of its parts, is not in the column the declaration names.",
    "Correct the names in the declaration, or add the row; see *Totals*.",
)
TOTAL_NAMES_NO_TABLE = ProblemCode(
    "total-names-no-table",
    "A total names a missing table",
    "A total declared across two tables names a resource the package does not have.",
    "Use the `name` of a resource of the same package; see *Totals*.",
)
TOTAL_DOES_NOT_ADD_UP = ProblemCode(
    "total-does-not-add-up",
    "A total does not add up",
    "A declared total is not the sum of its parts, so a suppressed part could be worked out "
    "from the others.",
    "Correct the total or the parts; see *Totals*.",
)
INTERVAL_ONE_SIDED = ProblemCode(
    "interval-one-sided",
    "Half an interval",
    "A row gives `lower` or `upper` but not both: an interval has two ends.",
    "Give both ends of the interval, or leave both empty.",
)
VALUE_OUTSIDE_INTERVAL = ProblemCode(
    "value-outside-interval",
    "A value outside its interval",
    "A row's `lower` is above its value, or its `upper` below it: an interval is around its value.",
    "Correct the cells so that `lower` ≤ `value` ≤ `upper`; check that the two columns are "
    "not swapped.",
)
INTERVAL_WITHOUT_VALUE = ProblemCode(
    "interval-without-value",
    "An interval without its value",
    "A row gives an interval but no value: an interval is published only with its value, so "
    "a suppressed or missing value cannot be read from it.",
    "Leave `lower` and `upper` empty where the value is empty.",
)
BAD_CONFIDENCE_LEVEL = ProblemCode(
    "bad-confidence-level",
    "No confidence level for an interval",
    "A file gives intervals (`lower`, `upper`) but its Table Schema does not say at what "
    "confidence: both fields need the same `confidenceLevel`, a number above 50 and below 100.",
    'Add `"confidenceLevel": 95` to the `lower` and `upper` fields of the schema in '
    "`datapackage.json`; see *Intervals*.",
)
