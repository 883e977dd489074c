"""Plain-English definitions of the ASCOF measures, for the example's ``measures.csv``.

The codes are those NHS England used from 2014-15 to 2022-23, which councils
still quote; ``renumbered_as`` is the code from 2023-24. Titles and
descriptions are written for residents; the official names are in NHS
England's ASCOF handbook.
"""

from __future__ import annotations

SOURCE_SALT = (
    "NHS England, Measures from the Adult Social Care Outcomes Framework "
    "(short and long term support return)"
)
SOURCE_ASCS = (
    "NHS England, Measures from the Adult Social Care Outcomes Framework "
    "(Personal Social Services Adult Social Care Survey)"
)
SOURCE_SACE = (
    "NHS England, Measures from the Adult Social Care Outcomes Framework "
    "(Survey of Adult Carers in England, every two years)"
)
SOURCE_MH = (
    "NHS England, Measures from the Adult Social Care Outcomes Framework "
    "(Mental Health Services Data Set)"
)
SOURCE_DTOC = (
    "NHS England, Measures from the Adult Social Care Outcomes Framework "
    "(delayed transfers of care statistics)"
)
CLIENT_LEVEL_BREAK = (
    "From 2024-25 NHS England computes this measure from client-level data, "
    "so later years are not directly comparable with earlier ones."
)
SURVEY_GAP = "The survey was not run in 2020-21 because of the pandemic."

# measure_id: (title, description, theme, unit, polarity, decimals, source, renumbered_as,
#              series_break)
MEASURES: dict[str, tuple[str, str, str, str, str, int, str, str, str]] = {
    "1A": (
        "Quality of life of people who use care and support",
        "The average social care-related quality of life score (0 to 24) that people who "
        "use services give in the annual survey. " + SURVEY_GAP,
        "Quality of life",
        "score",
        "high",
        1,
        SOURCE_ASCS,
        "1A",
        "",
    ),
    "1B": (
        "People who feel in control of their daily life",
        "The percentage of people who use services who say they have as much control over "
        "their daily life as they want, or adequate control. " + SURVEY_GAP,
        "Choice and control",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "3A",
        "",
    ),
    "1C1A": (
        "People who choose how their support is arranged (self-directed support)",
        "The percentage of people receiving long-term support in the community who do so "
        "through a personal budget or a direct payment.",
        "Choice and control",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "3D1A",
        CLIENT_LEVEL_BREAK,
    ),
    "1C1B": (
        "Carers who choose how their support is arranged (self-directed support)",
        "The percentage of carers receiving carer-specific support who do so through a "
        "personal budget or a direct payment.",
        "Carers",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "3D1B",
        "",
    ),
    "1C2A": (
        "People who receive direct payments",
        "The percentage of people receiving long-term support in the community who receive "
        "some or all of it as a direct payment, so they can buy their own care.",
        "Choice and control",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "3D2A",
        CLIENT_LEVEL_BREAK,
    ),
    "1C2B": (
        "Carers who receive direct payments",
        "The percentage of carers receiving carer-specific support who receive it as a "
        "direct payment.",
        "Carers",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "3D2B",
        "",
    ),
    "1D": (
        "Quality of life of carers",
        "The average quality of life score (0 to 12) that carers give in the carers' survey, "
        "which runs every two years.",
        "Carers",
        "score",
        "high",
        1,
        SOURCE_SACE,
        "1C",
        "",
    ),
    "1E": (
        "Adults with a learning disability in paid work",
        "The percentage of adults aged 18 to 64 with a learning disability, who get "
        "long-term support, who are in paid employment.",
        "Learning disabilities",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "",
        "",
    ),
    "1F": (
        "Adults in contact with secondary mental health services who are in paid work",
        "The percentage of adults aged 18 to 69 on the Care Programme Approach who are in "
        "paid employment.",
        "Mental health",
        "percent",
        "high",
        1,
        SOURCE_MH,
        "",
        "",
    ),
    "1G": (
        "Adults with a learning disability who live in their own home or with family",
        "The percentage of adults aged 18 to 64 with a learning disability, who get "
        "long-term support, who live in their own home or with their family.",
        "Learning disabilities",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "2E",
        "",
    ),
    "1H": (
        "Adults in contact with secondary mental health services who live independently",
        "The percentage of adults aged 18 to 69 on the Care Programme Approach who live "
        "independently, with or without support.",
        "Mental health",
        "percent",
        "high",
        1,
        SOURCE_MH,
        "",
        "",
    ),
    "1I1": (
        "People who use services who have as much social contact as they would like",
        "The percentage of people who use services who say they have as much social contact "
        "as they would like. " + SURVEY_GAP,
        "Social contact",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "5A1",
        "",
    ),
    "1I2": (
        "Carers who have as much social contact as they would like",
        "The percentage of carers who say they have as much social contact as they would like.",
        "Carers",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "5A2",
        "",
    ),
    "1J": (
        "How much care and support improves people's quality of life",
        "An adjusted score (around 0 to 1) estimating how much of people's quality of life "
        "is due to the care and support they receive. " + SURVEY_GAP,
        "Quality of life",
        "score",
        "high",
        3,
        SOURCE_ASCS,
        "1B",
        "",
    ),
    "2A1": (
        "Younger adults (18 to 64) moving into care homes, per 100,000",
        "Permanent admissions of adults aged 18 to 64 to residential and nursing care homes "
        "arranged by the council in the year, per 100,000 people aged 18 to 64.",
        "Care home admissions",
        "per_100k",
        "low",
        1,
        SOURCE_SALT,
        "2B",
        CLIENT_LEVEL_BREAK,
    ),
    "2A2": (
        "Older adults (65 and over) moving into care homes, per 100,000",
        "Permanent admissions of adults aged 65 and over to residential and nursing care "
        "homes arranged by the council in the year, per 100,000 people aged 65 and over.",
        "Care home admissions",
        "per_100k",
        "low",
        1,
        SOURCE_SALT,
        "2C",
        CLIENT_LEVEL_BREAK,
    ),
    "2B1": (
        "Older people still at home 91 days after leaving hospital into reablement",
        "The percentage of people aged 65 and over discharged from hospital into reablement "
        "or rehabilitation (October to December) who were still at home 91 days later.",
        "Short-term support and reablement",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "2D1",
        "",
    ),
    "2B2": (
        "Older people offered reablement after leaving hospital",
        "The percentage of people aged 65 and over discharged from hospital (October to "
        "December) who were offered reablement or rehabilitation services.",
        "Short-term support and reablement",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "2D2",
        "",
    ),
    "2C1": (
        "Delayed transfers of care from hospital, per 100,000",
        "Days of delayed transfer of care from hospital, per 100,000 adults. Discontinued "
        "after 2019-20.",
        "Hospital discharge",
        "per_100k",
        "low",
        1,
        SOURCE_DTOC,
        "",
        "Collected until 2019-20 only.",
    ),
    "2C2": (
        "Delayed transfers of care from hospital due to social care, per 100,000",
        "Days of delayed transfer of care from hospital attributable to adult social care, "
        "per 100,000 adults. Discontinued after 2019-20.",
        "Hospital discharge",
        "per_100k",
        "low",
        1,
        SOURCE_DTOC,
        "",
        "Collected until 2019-20 only.",
    ),
    "2C3": (
        "Delayed transfers of care from hospital due to social care and the NHS jointly, "
        "per 100,000",
        "Days of delayed transfer of care from hospital attributable jointly to social care "
        "and the NHS, per 100,000 adults. Discontinued after 2019-20.",
        "Hospital discharge",
        "per_100k",
        "low",
        1,
        SOURCE_DTOC,
        "",
        "Collected until 2019-20 only.",
    ),
    "2D": (
        "People who need no further support, or less, after short-term support",
        "The percentage of new clients who completed a short-term service to maximise their "
        "independence and then needed no ongoing support or support of a lower level.",
        "Short-term support and reablement",
        "percent",
        "high",
        1,
        SOURCE_SALT,
        "2A",
        "From 2024-25 the definition changed and the measure comes from client-level data, "
        "so later years are not directly comparable with earlier ones.",
    ),
    "3A": (
        "People satisfied with their care and support",
        "The percentage of people who use services who are extremely or very satisfied with "
        "their care and support. " + SURVEY_GAP,
        "Satisfaction",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "1D",
        "",
    ),
    "3B": (
        "Carers satisfied with social services",
        "The percentage of carers who are extremely or very satisfied with the support they "
        "and the person they care for receive.",
        "Carers",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "1E",
        "",
    ),
    "3C": (
        "Carers included or consulted about the person they care for",
        "The percentage of carers who say they were always or usually included or consulted "
        "in discussions about the person they care for.",
        "Carers",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "3B",
        "",
    ),
    "3D1": (
        "People who find it easy to find information about services",
        "The percentage of people who use services, and tried to find information, who found "
        "it very or fairly easy. " + SURVEY_GAP,
        "Information and advice",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "3C1",
        "",
    ),
    "3D2": (
        "Carers who find it easy to find information about services",
        "The percentage of carers who tried to find information who found it very or fairly easy.",
        "Carers",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "3C2",
        "",
    ),
    "4A": (
        "People who use services who feel safe",
        "The percentage of people who use services who say they feel as safe as they want. "
        + SURVEY_GAP,
        "Feeling safe",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "4A",
        "",
    ),
    "4B": (
        "People whose services help them feel safe and secure",
        "The percentage of people who use services who say those services have made them "
        "feel safe and secure. " + SURVEY_GAP,
        "Feeling safe",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "",
        "",
    ),
}

# The order measures are listed in on the site: by theme, as a council reports them.
THEME_ORDER = [
    "Care home admissions",
    "Choice and control",
    "Carers",
    "Learning disabilities",
    "Mental health",
    "Short-term support and reablement",
    "Hospital discharge",
    "Quality of life",
    "Satisfaction",
    "Information and advice",
    "Social contact",
    "Feeling safe",
]
