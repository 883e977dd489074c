"""Problems in the reference package's definitions: measures and comparator groups."""

from __future__ import annotations

from lantern.data.problem_codes.code import ProblemCode

BAD_MEASURE_ID = ProblemCode(
    "bad-measure-id",
    "A measure id that cannot be an address",
    "A `measure_id` or `renumbered_as` cannot be used in a web address.",
    "Use letters, digits, `-`, `_` or `.`, such as `2A1`.",
)
MEASURE_IDS_DIFFER_IN_CASE = ProblemCode(
    "measure-ids-differ-in-case",
    "Measure ids that differ only in case",
    "Two measure ids differ only in capital letters (`2a1` and `2A1`), so they would share "
    "the page `/measures/<id in lower case>/`.",
    "Give one of them another id.",
)
DUPLICATE_TITLE = ProblemCode(
    "duplicate-title",
    "Two measures with one title",
    "Two measures have the same title (capitals and spaces aside), so they cannot be told "
    "apart in lists, tables and search.",
    "Give each a title that says how they differ, such as what is counted.",
)
UNKNOWN_UNIT = ProblemCode(
    "unknown-unit",
    "Unknown unit",
    "A measure's `unit` is not one of the allowed units.",
    "Use one of the units the message lists, or `score_out_of_N` for a score out of N.",
)
UNKNOWN_POLARITY = ProblemCode(
    "unknown-polarity",
    "Unknown polarity",
    "A measure's `polarity` is not `high`, `low` or `none`.",
    "Say whether a high value is good (`high`), a low value is good (`low`), or neither (`none`).",
)
BAD_DECIMALS = ProblemCode(
    "bad-decimals",
    "Decimals not a whole number from 0 to 6",
    "A measure's `decimals` is not a whole number of decimal places from 0 to 6.",
    "Write the number of decimal places, such as `1`.",
)
SERIES_BREAK_WITHOUT_REASON = ProblemCode(
    "series-break-without-reason",
    "A series break that does not say why",
    "A measure has a `series_break_from` but no `series_break` saying why the figures "
    "before it are not comparable.",
    "Say why in `series_break`, such as how the measure is now counted.",
)
BAD_GROUP_ID = ProblemCode(
    "bad-group-id",
    "A group id that is not a slug",
    "A `group_id` is not a lower-case slug.",
    "Use lower-case letters, digits and hyphens, such as `north-west`.",
)
GROUP_NAME_DIFFERS = ProblemCode(
    "group-name-differs",
    "A group with two names",
    "Rows of one group give it different names.",
    "Give each group one name, the same in every row.",
)
UNKNOWN_COMPARISON = ProblemCode(
    "unknown-comparison",
    "Unknown comparison method",
    "A measure's `comparison` is not `quartile` or `interval`.",
    "Leave it empty to compare by quartile, or write `interval` to compare by confidence interval.",
)
