"""The example council's own figures, as its January 2025 reports print them.

Sefton Council's Adult Social Care Performance Overview and Quality Report
(Overview and Scrutiny Committee, Adult Social Care and Health, January 2025)
give survey results with comparator values and quartile marks, operational
figures, a safeguarding heatmap, care market ratings, complaints, training and
finance. This module holds what they print, so ``make_example_local.py`` can
write it as data packages and the tests can check the site against it.

Where a report shows a chart without printing its numbers, the monthly series
here are **illustrative**: built so that every figure the text does state
holds (an average, a rise over a year, a rise over a month), and written to a
package whose descriptor says ``"illustrative": true``.
"""

from __future__ import annotations

SEFTON = "E08000014"
OVERVIEW = (
    "Sefton Council, Adult Social Care Performance Overview, Overview and Scrutiny Committee "
    "(Adult Social Care and Health), January 2025"
)
QUALITY = (
    "Sefton Council, Adult Social Care Quality Report, Overview and Scrutiny Committee "
    "(Adult Social Care and Health), January 2025"
)
SOURCE_SACE = "NHS England, Survey of Adult Carers in England 2023-24, via " + OVERVIEW
SOURCE_ASCS = (
    "NHS England, Personal Social Services Adult Social Care Survey 2023-24, via " + OVERVIEW
)
SOURCE_LOCAL = "Sefton Council adult social care records, via " + OVERVIEW

# Themes of the council's own measures, after the ASCOF themes.
LOCAL_THEMES = [
    "Carers' survey",
    "Service users' survey",
    "First point of contact",
    "Occupational therapy",
    "Reviews",
    "Safeguarding",
    "Finance",
]

# measure_id: (title, description, theme, unit, polarity, decimals, source, target)
LocalMeasure = tuple[str, str, str, str, str, int, str, str]

SURVEY_MEASURES: dict[str, LocalMeasure] = {
    "SACE-SATISFIED": (
        "Carers satisfied with support and services",
        "Carers either extremely, very or quite satisfied with the support and services they "
        "and the person they care for received, out of carers who answered.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-CONTROL": (
        "Carers with as much control over daily life as they want",
        "Carers reporting as much control over their daily life as they want.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-TIME": (
        "Carers able to spend their time as they want",
        "Carers reporting they are able to spend their time as they want.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-SELF-CARE": (
        "Carers who look after themselves",
        "Carers reporting they look after themselves.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-SOCIAL": (
        "Carers with as much social contact as they want",
        "Carers reporting they have as much social contact as they want.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-INVOLVED": (
        "Carers involved in discussions about the person they care for",
        "Carers reporting they were involved in discussions about the support of the person "
        "they care for.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-NO-MONEY-WORRIES": (
        "Carers with no financial difficulties caused by caring",
        "Carers reporting they did not have any financial difficulties caused by caring.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-SAFE": (
        "Carers with no worries about personal safety",
        "Carers reporting they have no worries about their personal safety.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-INFORMATION": (
        "Carers who found information easy to find",
        "Carers reporting that information and advice was easy to find.",
        "Carers' survey",
        "percent",
        "high",
        1,
        SOURCE_SACE,
        "",
    ),
    "SACE-LONELY": (
        "Carers who feel lonely often or always",
        "Carers reporting they feel lonely often or always.",
        "Carers' survey",
        "percent",
        "low",
        1,
        SOURCE_SACE,
        "",
    ),
    "ASCS-SATISFIED": (
        "People satisfied with their care and support",
        "People using services who are extremely, very or quite satisfied with the care and "
        "support they receive.",
        "Service users' survey",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-CHOICE": (
        "People with enough choice over care and support",
        "People using services reporting they have enough choice over care and support services.",
        "Service users' survey",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-CONTROL": (
        "People with enough control over daily life",
        "People using services reporting as much control as they want, or adequate control, "
        "over their daily lives.",
        "Service users' survey",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-POOR-HEALTH": (
        "People whose health is bad or very bad",
        "People using services reporting their health is bad or very bad.",
        "Service users' survey",
        "percent",
        "low",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-PAIN": (
        "People in extreme pain or discomfort",
        "People using services reporting extreme pain or discomfort.",
        "Service users' survey",
        "percent",
        "low",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-ANXIETY": (
        "People extremely anxious or depressed",
        "People using services reporting they are extremely anxious or depressed.",
        "Service users' survey",
        "percent",
        "low",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-SOCIAL": (
        "People with enough social contact",
        "People using services reporting as much social contact as they want with people "
        "they like, or adequate social contact.",
        "Service users' survey",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-LONELY": (
        "People who feel lonely at least some of the time",
        "People using services reporting they feel lonely often, always or some of the time.",
        "Service users' survey",
        "percent",
        "low",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-TIME": (
        "People able to spend their time as they want",
        "People using services reporting they can spend their time as they want, doing things "
        "they value or enjoy, or enough of those things.",
        "Service users' survey",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "",
    ),
    "ASCS-OUTSIDE": (
        "People who can get to all the places they want locally",
        "People using services reporting they can get to all the places in their local area "
        "that they want.",
        "Service users' survey",
        "percent",
        "high",
        1,
        SOURCE_ASCS,
        "",
    ),
}

OPERATIONAL_MEASURES: dict[str, LocalMeasure] = {
    "CONTACTS": (
        "Contacts received by adult social care",
        "Contacts received in the month: requests for care and support, safeguarding "
        "concerns and questions about existing support.",
        "First point of contact",
        "count",
        "none",
        0,
        SOURCE_LOCAL,
        "",
    ),
    "CONTACTS-RESOLVED": (
        "Contacts resolved within 2 working days",
        "Contacts resolved within 2 working days, over the 12 months to the end of the month.",
        "First point of contact",
        "percent",
        "high",
        1,
        SOURCE_LOCAL,
        "",
    ),
    "INFORMATION-ADVICE": (
        "Requests for support resolved with information and advice",
        "Contacts asking for support that were resolved by giving information, advice or "
        "signposting, over the 12 months to the end of the month. The aim of the "
        "transformation programme is 25%.",
        "First point of contact",
        "percent",
        "high",
        0,
        SOURCE_LOCAL,
        "25",
    ),
    "OT-WAITING": (
        "People waiting for an occupational therapist's assessment",
        "People waiting at the end of the month for an assessment by a qualified occupational "
        "therapist (complex assessments and Disabled Facilities Grants).",
        "Occupational therapy",
        "count",
        "low",
        0,
        SOURCE_LOCAL,
        "",
    ),
    "CCP-WAITING": (
        "People waiting for a community care practitioner's assessment",
        "People waiting at the end of the month for an assessment a community care "
        "practitioner can carry out (low-level equipment and similar).",
        "Occupational therapy",
        "count",
        "low",
        0,
        SOURCE_LOCAL,
        "",
    ),
    "ANNUAL-REVIEWS": (
        "Long-term clients reviewed in the last 12 months",
        "Clients receiving long-term support for over 12 months who had an annual review in "
        "the previous 12 months, at the end of the month. The target is 65%.",
        "Reviews",
        "percent",
        "high",
        0,
        SOURCE_LOCAL,
        "65",
    ),
    "SG-REFERRALS": (
        "Safeguarding referrals started",
        "Safeguarding referrals started in the month.",
        "Safeguarding",
        "count",
        "none",
        0,
        SOURCE_LOCAL,
        "",
    ),
    "SG-RESOLVED-28": (
        "Safeguarding referrals resolved within 28 days",
        "Safeguarding referrals concluded within 28 days, over the 12 months to the end of "
        "the month.",
        "Safeguarding",
        "percent",
        "high",
        1,
        SOURCE_LOCAL,
        "",
    ),
    "SG-OPEN": (
        "Safeguarding referrals open at the end of the month",
        "Safeguarding referrals still open on the last day of the month.",
        "Safeguarding",
        "count",
        "none",
        0,
        SOURCE_LOCAL,
        "",
    ),
    "FIN-WEEKLY-COST": (
        "Total weekly cost of care",
        "What the council spends on care and support in a week, from the weekly snapshot of "
        "every open care package.",
        "Finance",
        "currency",
        "none",
        0,
        SOURCE_LOCAL,
        "",
    ),
    "FIN-AVERAGE-COST": (
        "Average weekly cost of care per person",
        "The average weekly cost of a care package, from the weekly snapshot.",
        "Finance",
        "currency",
        "none",
        0,
        SOURCE_LOCAL,
        "",
    ),
    "FIN-CLIENTS": (
        "People receiving care and support",
        "People with an open care package on the day of the weekly snapshot.",
        "Finance",
        "count",
        "none",
        0,
        SOURCE_LOCAL,
        "",
    ),
}

LOCAL_MEASURES: dict[str, LocalMeasure] = {**SURVEY_MEASURES, **OPERATIONAL_MEASURES}

# Survey results, 2023-24: Sefton, then (value, published mark) for statistical
# neighbours, North West and England. Marks: ✔ top, ▬ middle, ✘ bottom quartile.
SURVEY_PERIOD = "2023-24"
SURVEY_RESULTS: dict[str, tuple[float, tuple[float, str], tuple[float, str], tuple[float, str]]] = {
    "SACE-SATISFIED": (63.4, (69.5, "middle"), (66.8, "middle"), (67.1, "middle")),
    "SACE-CONTROL": (13.7, (21.4, "bottom"), (21, "bottom"), (21.5, "bottom")),
    "SACE-TIME": (11, (15.3, "bottom"), (15.1, "bottom"), (16, "bottom")),
    "SACE-SELF-CARE": (46.7, (47.1, "middle"), (47, "middle"), (46.7, "middle")),
    "SACE-SOCIAL": (26.8, (30.8, "middle"), (30.4, "middle"), (30, "middle")),
    "SACE-INVOLVED": (29.3, (38.3, "bottom"), (36.9, "bottom"), (36.9, "bottom")),
    "SACE-NO-MONEY-WORRIES": (52.8, (57.1, "middle"), (54, "middle"), (53.4, "middle")),
    "SACE-SAFE": (79.7, (81.7, "middle"), (82.3, "middle"), (81, "middle")),
    "SACE-INFORMATION": (55.3, (63.1, "bottom"), (58.7, "bottom"), (59, "middle")),
    "SACE-LONELY": (19.9, (13.4, "bottom"), (15.6, "bottom"), (13.3, "bottom")),
    "ASCS-SATISFIED": (89.6, (90, "middle"), (88.9, "middle"), (88.7, "middle")),
    "ASCS-CHOICE": (65.2, (70.2, "bottom"), (67.8, "middle"), (66.2, "middle")),
    "ASCS-CONTROL": (75.3, (79.6, "bottom"), (78.6, "middle"), (77.6, "middle")),
    "ASCS-POOR-HEALTH": (19.2, (18, "middle"), (19.6, "middle"), (18.3, "middle")),
    "ASCS-PAIN": (15.6, (13, "bottom"), (13.9, "middle"), (13.2, "bottom")),
    "ASCS-ANXIETY": (12.1, (7.8, "bottom"), (9, "bottom"), (8.7, "bottom")),
    "ASCS-SOCIAL": (74.6, (79.4, "bottom"), (77.6, "middle"), (76.9, "middle")),
    "ASCS-LONELY": (43.2, (39.4, "bottom"), (39.6, "middle"), (40.8, "middle")),
    "ASCS-TIME": (62.2, (70.8, "bottom"), (69.1, "bottom"), (69.1, "bottom")),
    "ASCS-OUTSIDE": (28.9, (31.2, "middle"), (29.7, "middle"), (29.6, "middle")),
}
SURVEY_GROUPS = ("cipfa-neighbours", "north-west", "england")

# Figures the reports state in words, by package: key → (label, value, unit, period, note).
Stated = tuple[str, str, str, str, str]
STATED: dict[str, dict[str, Stated]] = {
    "surveys": {
        "ascs-respondents": (
            "People who answered the service users' survey",
            "429",
            "count",
            "2023-24",
            "",
        ),
        "ascs-response-rate": (
            "Response rate of the service users' survey",
            "24.8",
            "percent",
            "2023-24",
            "",
        ),
    },
    "operations": {
        "contacts-average": (
            "Average contacts a month, last 12 months",
            "2150",
            "count",
            "2023-12 to 2024-11",
            "",
        ),
        "contacts-rise": (
            "Rise in contacts over the last year",
            "10",
            "percent",
            "2023-12 to 2024-11",
            "Compared with the 12 months before.",
        ),
        "information-advice-aim": (
            "Aim for requests resolved with information and advice",
            "25",
            "percent",
            "",
            "",
        ),
        "ot-rise-month": (
            "Rise in people waiting for an occupational therapist, last month",
            "15",
            "percent",
            "2024-11",
            "",
        ),
        "ccp-rise-month": (
            "Rise in people waiting for a community care practitioner, last month",
            "15",
            "percent",
            "2024-11",
            "",
        ),
        "reviews-target": (
            "Target for long-term clients reviewed in the last 12 months",
            "65",
            "percent",
            "",
            "",
        ),
        "reviews-rise": (
            "More annual reviews completed than in the same period last year",
            "22",
            "percent",
            "2023-12 to 2024-11",
            "",
        ),
    },
    "safeguarding": {
        "referrals-average": (
            "Average safeguarding referrals a month",
            "274",
            "count",
            "2023-12 to 2024-11",
            "",
        ),
        "section-42-share": (
            "Referrals that need a section 42 enquiry (around)",
            "30",
            "percent",
            "2023-12 to 2024-11",
            "",
        ),
        "neglect-share": (
            "Enquiries involving neglect and acts of omission (almost)",
            "50",
            "percent",
            "2023-12 to 2024-11",
            "",
        ),
        "care-worker-share": (
            "Enquiries involving abuse by a care worker (over)",
            "40",
            "percent",
            "2023-12 to 2024-11",
            "",
        ),
        "home-or-care-home-share": (
            "Abuse in a care home or the person's own home",
            "70",
            "percent",
            "2023-12 to 2024-11",
            "",
        ),
    },
    "reablement": {
        "packages": ("Packages of care", "345", "count", "2024-11", ""),
        "packages-last-year": ("Packages of care, a year earlier", "308", "count", "2023-11", ""),
        "packages-change": (
            "Change in packages of care over the year",
            "12.01",
            "percent",
            "2024-11",
            "",
        ),
        "weekly-hours": ("Total weekly hours", "4196.16", "hours", "2024-11", ""),
        "weekly-hours-last-year": (
            "Total weekly hours, a year earlier",
            "3672.39",
            "hours",
            "2023-11",
            "",
        ),
        "weekly-hours-change": (
            "Change in total weekly hours over the year",
            "14.26",
            "percent",
            "2024-11",
            "",
        ),
        "hours-per-person": ("Average weekly hours per person", "12.2", "hours", "2024-11", ""),
        "hours-per-person-last-year": (
            "Average weekly hours per person, a year earlier",
            "11.9",
            "hours",
            "2023-11",
            "",
        ),
        "hours-per-person-change": (
            "Change in average weekly hours per person",
            "2.01",
            "percent",
            "2024-11",
            "",
        ),
        "people-rise": (
            "Rise in people going through reablement, last 12 months against 2023",
            "43",
            "percent",
            "2024-11",
            "",
        ),
        "new-directions-share": (
            "Reablement delivered by New Directions",
            "27",
            "percent",
            "2024-11",
            "",
        ),
        "domiciliary-share": (
            "Reablement delivered by the domiciliary care sector",
            "73",
            "percent",
            "2024-11",
            "",
        ),
    },
    "care-market": {
        "providers-good-nov": (
            "Registered providers rated good or outstanding",
            "84.5",
            "percent",
            "2024-11",
            "",
        ),
        "commissioned-good-nov": (
            "People whose care we commission with a provider rated good or outstanding (nearly)",
            "81",
            "percent",
            "2024-11",
            "",
        ),
        "inadequate-people-nov": (
            "People placed with providers rated inadequate",
            "91",
            "count",
            "2024-11",
            "",
        ),
        "community-good-jan": (
            "Community services providers rated good or outstanding",
            "86",
            "percent",
            "2025-01",
            "",
        ),
        "beds-good-jan": (
            "Care home beds in homes rated good or outstanding",
            "70",
            "percent",
            "2025-01",
            "",
        ),
        "care-homes-inadequate-jan": (
            "Care homes in Sefton rated inadequate",
            "1",
            "count",
            "2025-01",
            "",
        ),
        "commissioned-good-jan": (
            "People whose care we commission with a provider rated good or outstanding (nearly)",
            "81",
            "percent",
            "2025-01",
            "",
        ),
        "inadequate-people-jan": (
            "People placed with providers rated inadequate",
            "67",
            "count",
            "2025-01",
            "",
        ),
        "inadequate-domiciliary": (
            "Domiciliary care providers rated inadequate with people placed",
            "1",
            "count",
            "2025-01",
            "",
        ),
        "inadequate-nursing-homes": (
            "Nursing homes rated inadequate with people placed",
            "2",
            "count",
            "2025-01",
            "One of them is in Sefton.",
        ),
    },
    "complaints": {
        "upheld": ("Complaints fully upheld", "15", "count", "2024-11 to 2025-01", ""),
        "partly-upheld": ("Complaints partly upheld", "4", "count", "2024-11 to 2025-01", ""),
        "resolved-at-contact": (
            "Complaints resolved when first raised",
            "4",
            "count",
            "2024-11 to 2025-01",
            "",
        ),
        "ongoing": (
            "Complaints still being looked into, within time",
            "7",
            "count",
            "2024-11 to 2025-01",
            "",
        ),
        "ombudsman": (
            "Complaints to the Ombudsman (no further action)",
            "2",
            "count",
            "2024-11 to 2025-01",
            "",
        ),
        "feedback-responses": (
            "Responses to the new feedback questions",
            "35",
            "count",
            "2024-11 to 2025-01",
            "",
        ),
    },
    "workforce": {
        "training-target": (
            "Target for mandatory training up to date",
            "90",
            "percent",
            "2025-01-31",
            "",
        ),
        "oliver-mcgowan": (
            "Staff who completed the Oliver McGowan eLearning",
            "207",
            "count",
            "2025-01-31",
            "",
        ),
    },
}

# Reablement service delivery, November 2024 (as printed, with its total row).
REABLEMENT_COLUMNS = [
    "service",
    "clients",
    "client_percent",
    "weekly_hours",
    "weekly_hours_percent",
    "hours_per_person",
]
REABLEMENT = [
    ("Reablement (AREN)", "266", "77.1", "3719.00", "88.6", "13.98"),
    ("Reablement (New Directions)", "79", "22.9", "477.16", "11.4", "6.04"),
    ("New Directions: standard", "70", "20.3", "428.67", "10.2", "6.12"),
    ("New Directions: crisis", "9", "2.6", "48.49", "1.2", "5.39"),
    ("Total", "345", "100.0", "4196.16", "100.0", "12.16"),
]

# Complaints, compliments and enquiries, November 2024 to January 2025.
FEEDBACK_TYPES = [("Complaint", "32"), ("Compliment", "32"), ("Councillor or MP enquiry", "20")]
COMPLAINT_CATEGORIES = [
    ("Decision making", "9"),
    ("Staff attitude or behaviour", "2"),
    ("Service provision", "10"),
    ("Finance and funding", "3"),
    ("Information and advice", "4"),
    ("Uncategorised", "4"),
]

# Mandatory training, 31 January 2025: completed, not completed, staff, % up to date.
TRAINING = [
    ("Code of conduct", "347", "69", "416", "83.41"),
    ("Information compliance", "301", "115", "416", "72.36"),
    ("Equality and diversity awareness", "326", "90", "416", "78.37"),
    ("Health and safety", "350", "66", "416", "84.13"),
    ("Safeguarding adults awareness", "370", "46", "416", "88.94"),
    ("Safeguarding children awareness", "348", "68", "416", "83.65"),
    ("Climate change", "375", "41", "416", "90.14"),
]

# Safeguarding: locations × types of abuse, completed referrals in the latest 12 months,
# exactly as the heatmap prints them (tab-separated; a blank cell is none).
HEATMAP = """\
Location	Discriminatory	Domestic Abuse	Emotional/Psychological	Financial and Material	Modern Slavery	Neglect and Acts of Omission	Not Recorded	Organisational	Physical	Self-neglect	Sexual	Sexual Exploitation
Care Home	3	3	138	86		1,101	58	45	361	7	54	2
Health Setting			17	7		178	13	20	34	3	7	1
In a Community Service			4	1		12	3	3	15		3	
Not Known		4	21	16	2	12	9	1	15	4	12	5
Not Recorded	2	5	21	24		30	248	5	24	4	5	
Other	6	19	98	72	3	76	23	4	86	29	41	14
Own Home	15	136	399	414	4	470	124	29	304	210	63	9
Supported	5	1	87	75		113	23	23	78	13	17	1
"""

# Finance weekly overview, snapshot of 29 November 2024: current value and the printed change
# since the same seven days a week, a month, a quarter and a year earlier.
FINANCE_DATE = "2024-11-29"
FINANCE_LOOK_BACK = {
    "week": "2024-11-22",
    "month": "2024-10-29",
    "quarter": "2024-08-29",
    "year": "2023-11-29",
}
FINANCE_PRINTED: dict[str, tuple[int, dict[str, tuple[int, float]]]] = {
    "FIN-WEEKLY-COST": (
        2703204,
        {
            "week": (5975, 0.2),
            "month": (24224, 0.9),
            "quarter": (36049, 1.4),
            "year": (270871, 11.1),
        },
    ),
    "FIN-AVERAGE-COST": (
        564,
        {"week": (2, 0.3), "month": (-1, -0.2), "quarter": (-1, -0.1), "year": (48, 9.3)},
    ),
    "FIN-CLIENTS": (
        4769,
        {"week": (12, 0.3), "month": (82, 1.7), "quarter": (122, 2.6), "year": (53, 1.1)},
    ),
}
# The average cost is printed to the pound, and £564 less the printed changes does not
# reproduce the printed percentages, so its snapshots to the penny are reconstructed.
AVERAGE_COST_SNAPSHOTS = {
    "2024-11-29": 564.2,
    "2024-11-22": 562.4,
    "2024-10-29": 565.3,
    "2024-08-29": 564.9,
    "2023-11-29": 516.2,
}

# In-year 2024-25 figures the performance overview states (rounded as printed).
IN_YEAR = {
    "1C2A": ("23", 'In-year figure from the January 2025 performance overview ("around 23%").'),
    "1C2B": ("90", "In-year figure from the January 2025 performance overview."),
    "1G": ("87", "In-year figure from the January 2025 performance overview."),
    "2A1": ("25", "In-year rate from the January 2025 performance overview."),
    "2A2": ("688", "In-year rate from the January 2025 performance overview."),
    "2D": ("77", 'In-year figure from the January 2025 performance overview ("around 77%").'),
}
# Figures the overview describes in words only.
IN_YEAR_ILLUSTRATIVE = {
    "1E": (
        "2.7",
        'The overview says "between 2-3%"; 2.7% is the last figure Sefton '
        "reported (November 2022).",
    ),
    "2B1": ("89.7", 'The overview says "just under 90%".'),
}
