"""Small counts never leave the building, whichever way they could get out.

A fixture plants counts from 1 to 4 in every kind of place a release can hold
one: a measure's numerator, a count measure's value (new, and revised from a
large figure in a later release), another area's figure in a comparison, a
stated figure, a table with a total row, a table with a total column, a field
typed as text, a heatmap and a file saved with a byte-order mark; and counts a
reader could work out by arithmetic: a rate published beside its denominator
(5.0% of 60 is 3), a percentage beside the number it is a share of, a year's
total beside its quarters, a total in one table of parts in another, and a
group of two councils' published figure beside one of them. The site is
built twice, with different planted counts (totals kept the same), and every
file under ``output/`` must be identical: no page, chart, chart data, summary,
release note, feed, search fragment or download depends on a suppressed count.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from support import (
    AREAS,
    GROUPS,
    MEASURES,
    VALUES,
    git,
    release,
    run_build,
    snapshot,
    write_csv,
    write_package,
    write_site,
)

from lantern.vocab.shorthand import DEFAULT_SUPPRESS_BELOW

H3 = {
    **MEASURES[0],
    "measure_id": "H3",
    "title": "Households rehoused",
    "unit": "count",
    "decimals": "0",
    "polarity": "high",
}

# The planted counts in build A and in build B; totals are the same in both.
PLANTED = {
    "A": {"numerator": "3", "other": "2", "new": "3", "revised": "4", "stated": "2",
          "outcome_a": "1", "outcome_b": "3", "open": "2", "closed": "38", "concerns": "3",
          "text": "1", "rate": "3", "survey": "2", "quarter": "3", "reason": "1"},
    "B": {"numerator": "2", "other": "4", "new": "1", "revised": "2", "stated": "4",
          "outcome_a": "2", "outcome_b": "2", "open": "3", "closed": "37", "concerns": "4",
          "text": "4", "rate": "2", "survey": "4", "quarter": "1", "reason": "3"},
}  # fmt: skip
# The base a planted rate was worked out on, published beside it.
BASE = 60

STORY = """Title: Our casework
Slug: casework

Appeals: {{ figure casework appeals }}. Rehoused: {{ value H3 }}. Prevented: {{ value H1 }}.

{{ table casework/outcomes }}

{{ chart bar casework/outcomes x=service y=cases }}

{{ table casework/teams }}

{{ table casework/survey }}

{{ table casework/quarters }}

{{ chart heatmap safeguarding/concerns x=abuse_type y=location value=concerns }}

{{ chart trend H3 }}

{{ chart position H3 group=nation }}

{{ chart quartiles H1 }}
"""


def h3(area: str, period: str, value: str) -> dict[str, str]:
    return {
        **VALUES[0],
        "area_code": area,
        "measure_id": "H3",
        "period": period,
        "numerator": "",
        "denominator": "",
        "value": value,
        "note": "",
    }


def write_casework(data: Path, p: dict[str, str]) -> None:
    """Stated figures, a table with a total row and a table with a total column."""
    figures = [
        {"figure": "appeals", "label": "Appeals", "value": p["stated"], "unit": "count"},
        {"figure": "staff", "label": "Caseworkers", "value": "41", "unit": "count"},
    ]
    a, b = int(p["outcome_a"]), int(p["outcome_b"])
    outcomes = [
        {"service": "Advice", "cases": p["outcome_a"], "share": f"{a / 63 * 100:.1f}"},
        {"service": "Mediation", "cases": p["outcome_b"], "share": f"{b / 63 * 100:.1f}"},
        {"service": "Rehousing", "cases": "50", "share": "79.4"},
        {"service": "Prevention", "cases": "9", "share": "14.3"},
        {"service": "Total", "cases": "63", "share": "100.0"},
    ]
    north = {"team": "North", "open": p["open"], "closed": p["closed"], "cases": "40"}
    teams = [{**north, "note": p["text"]}, {**north, "team": "South", "open": "20", "closed": "25",
             "cases": "45", "note": "12"}]  # fmt: skip
    # A percentage beside the number asked: with it, the percentage gives a count back.
    survey = [
        {"question": "Would recommend", "asked": str(BASE),
         "agree": f"{int(p['survey']) / BASE * 100:.1f}"},
        {"question": "Felt listened to", "asked": str(BASE), "agree": "75.0"},
    ]  # fmt: skip
    # A year's total beside its quarters: the year less the published quarters is the rest.
    q3 = int(p["quarter"])
    quarters = [
        {"period": "2024-25 Q1", "cases": str(4 - q3)},
        {"period": "2024-25 Q2", "cases": "15"},
        {"period": "2024-25 Q3", "cases": str(q3)},
        {"period": "2024-25 Q4", "cases": "17"},
        {"period": "2024-25", "cases": "36"},
    ]
    # Complaints by reason, adding up to the complaints in the table of feedback types.
    r = int(p["reason"])
    types = [{"type": "Complaint", "number": "30"}, {"type": "Compliment", "number": "12"}]
    reasons = [
        {"reason": "Delay", "number": str(r)},
        {"reason": "Access", "number": str(4 - r)},
        {"reason": "Staff", "number": "10"},
        {"reason": "Decisions", "number": "16"},
    ]
    write_package(
        data / "casework",
        "casework",
        {
            "figures.csv": (figures, ["figure"]),
            "outcomes.csv": (outcomes, ["service"]),
            "teams.csv": (teams, ["team"]),
            "survey.csv": (survey, ["question"]),
            "quarters.csv": (quarters, ["period"]),
            "types.csv": (types, ["type"]),
            "reasons.csv": (reasons, ["reason"]),
        },
    )
    descriptor = json.loads((data / "casework/datapackage.json").read_text(encoding="utf-8"))
    units = {"cases": "count", "open": "count", "closed": "count", "share": "percent",
             "asked": "count", "agree": "percent", "number": "count"}  # fmt: skip
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            if field["name"] in units:
                field.update(type="number", unit=units[field["name"]])
            if field["name"] == "value":
                field["type"] = "number"
            if field["name"] == "note":  # counts typed as text, marked for suppression
                field["suppressSmallCounts"] = True
    descriptor["resources"][1]["schema"]["totals"] = [
        {
            "field": "service",
            "total": "Total",
            "parts": ["Advice", "Mediation", "Rehousing", "Prevention"],
        }
    ]
    descriptor["resources"][2]["schema"]["totals"] = [
        {"total": "cases", "parts": ["open", "closed"]}
    ]
    descriptor["resources"][6]["schema"]["totals"] = [
        {"column": "number", "total": {"resource": "types", "row": {"type": "Complaint"},
                                       "column": "number"}}
    ]  # fmt: skip
    descriptor["resources"][4]["schema"]["totals"] = [
        {"field": "period", "total": "2024-25", "parts": [q["period"] for q in quarters[:4]]}
    ]
    (data / "casework/datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


def write_twins(data: Path, p: dict[str, str]) -> None:
    """A group of two councils, one of whose September count is small, and the group's
    published total for September: less the other council's count, it is the small one."""
    twins = [
        {"group_id": "twins", "group_name": "Twin towns", "area_code": code}
        for code in ("X01", "X03")
    ]
    write_package(
        data / "reference",
        "reference",
        {
            "areas.csv": (AREAS, ["area_code"]),
            "groups.csv": ([*GROUPS, *twins], ["group_id", "area_code"]),
            "measures.csv": ([*MEASURES, H3], ["measure_id"]),
        },
    )
    total = str(300 + int(p["other"]))
    benchmarks = [{"group_id": "twins", "measure_id": "H3", "period": "2024-09", "value": total}]
    write_package(
        data / "group-figures",
        "group-figures",
        {"benchmarks.csv": (benchmarks, ["group_id", "measure_id", "period"])},
    )


def with_bom(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def planted_site(root: Path, p: dict[str, str]) -> Path:
    """Two tagged releases with small counts planted; returns the built output folder."""
    comparators = ("lowlands", "nation", "twins")
    settings = write_site(
        root, comparators=comparators, measures=[*MEASURES, H3], pages={"casework.md": STORY}
    )
    data = root / "data"
    write_twins(data, p)
    v1 = [dict(v) for v in VALUES]
    v1 += [h3("X01", "2024-09", "300"), h3("X01", "2024-10", "287")]
    v1 += [h3("X03", "2024-09", p["other"])]
    v1 += [h3(a, "2024-10", v) for a, v in (("X02", "250"), ("X03", p["other"]), ("X04", "300"))]
    write_csv(data / "housing/values.csv", v1)
    concerns = data / "safeguarding/concerns.csv"
    rows = list(csv.DictReader(concerns.read_text(encoding="utf-8").splitlines()))
    rows[-1]["concerns"] = p["concerns"]
    write_csv(concerns, rows)
    with_bom(concerns)
    write_casework(data, p)
    git(root, "init", "-q")
    release(root, "v1", "2024-11-30T09:00:00")

    v2 = [dict(v) for v in v1 if (v["measure_id"], v["period"]) != ("H3", "2024-10")]
    # (the twins' September figures stay as they were)
    v2 += [h3("X01", "2024-10", p["revised"]), h3("X01", "2024-11", p["new"])]
    v2 += [h3(a, "2024-10", v) for a, v in (("X02", "250"), ("X03", p["other"]), ("X04", "300"))]
    numerator = int(p["numerator"])
    # A rate published with its denominator and no numerator.
    rate = int(p["rate"]) / BASE * 100
    v2.append(
        {**VALUES[2], "period": "2024-25", "numerator": "", "denominator": str(BASE),
         "value": f"{rate:.1f}"}
    )  # fmt: skip
    v2.append(
        {
            **VALUES[0],
            "period": "2024-25",
            "numerator": p["numerator"],
            "denominator": "40",
            "value": f"{numerator / 40 * 100:.1f}",
        }
    )
    write_csv(data / "housing/values.csv", v2)
    notes = root / "content/releases"
    notes.mkdir(parents=True)
    (notes / "v2.md").write_text(
        "Title: Winter release\nDate: 2024-12-31\nSlug: v2\nRelease: v2\n\nNew figures.\n",
        encoding="utf-8",
    )
    release(root, "v2", "2024-12-31T09:00:00")
    assert run_build(settings) == 0
    return root / "output"


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {
        name: planted_site(tmp_path_factory.mktemp(f"planted-{name}"), planted)
        for name, planted in PLANTED.items()
    }


def test_no_published_file_depends_on_a_suppressed_count(builds: dict[str, Path]) -> None:
    a, b = snapshot(builds["A"]), snapshot(builds["B"])
    assert sorted(a) == sorted(b)
    differ = [name for name in a if a[name] != b[name]]
    assert differ == []


def test_the_release_note_says_c_where_a_small_count_is_new_or_revised(
    builds: dict[str, Path],
) -> None:
    note = (builds["A"] / "releases/v2/index.html").read_text(encoding="utf-8")
    assert "October 2024 revised from 287 to [c]." in note
    assert "New figure for November 2024: [c]." in note
    assert "New figure for 2024-25: [c]." in note


def read_published(output: Path, path: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((output / path).read_text(encoding="utf-8"))))


def test_downloads_show_c_for_counts_and_what_they_give_away(builds: dict[str, Path]) -> None:
    output = builds["A"]
    values = read_published(output, "data/housing/values.csv")
    h1 = {
        r["area_code"]: (r["numerator"], r["denominator"], r["value"])
        for r in values
        if r["measure_id"] == "H1" and r["period"] == "2024-25"
    }
    assert h1["X01"] == ("[c]", "40", "[c]")
    assert h1["X02"] == ("", str(BASE), "[c]"), "a rate beside its denominator gives it back"
    survey = read_published(output, "data/casework/survey.csv")
    assert [r["agree"] for r in survey] == ["[c]", "75.0"]
    teams = read_published(output, "data/casework/teams.csv")
    assert teams[0] == {
        "team": "North",
        "open": "[c]",
        "closed": "[c]",
        "cases": "40",
        "note": "[c]",
    }
    [twins] = read_published(output, "data/group-figures/benchmarks.csv")
    assert twins["value"] == "[c]", "a group of two less its published member"
    concerns = read_published(output, "data/safeguarding/concerns.csv")
    assert concerns[-1]["concerns"] == "[c]"
    with zipfile.ZipFile(output / "data/releases/v2/v2.zip") as archive:
        archived = archive.read("v2/casework/outcomes.csv").decode("utf-8")
    assert archived == (output / "data/casework/outcomes.csv").read_text(encoding="utf-8")


def test_no_printed_total_minus_its_published_parts_gives_a_small_count_back(
    builds: dict[str, Path],
) -> None:
    for output in builds.values():
        outcomes = read_published(output, "data/casework/outcomes.csv")
        *parts, total = (r["cases"] for r in outcomes)
        left = float(total) - sum(float(c) for c in parts if c != "[c]")
        assert not 0 < left < DEFAULT_SUPPRESS_BELOW
        quarters = read_published(output, "data/casework/quarters.csv")
        *parts, year = (r["cases"] for r in quarters)
        left = float(year) - sum(float(c) for c in parts if c != "[c]")
        assert not 0 < left < DEFAULT_SUPPRESS_BELOW, "the year less its published quarters"
        types = read_published(output, "data/casework/types.csv")
        reasons = read_published(output, "data/casework/reasons.csv")
        shown = sum(float(r["number"]) for r in reasons if r["number"] != "[c]")
        left = float(types[0]["number"]) - shown
        assert not 0 < left < DEFAULT_SUPPRESS_BELOW, "complaints less their published reasons"
        for row in read_published(output, "data/casework/teams.csv"):
            shown = [float(row[c]) for c in ("open", "closed") if row[c] != "[c]"]
            assert not 0 < float(row["cases"]) - sum(shown) < DEFAULT_SUPPRESS_BELOW


def test_the_page_says_c_where_each_planted_count_would_be(builds: dict[str, Path]) -> None:
    from bs4 import BeautifulSoup

    html = (builds["A"] / "casework/index.html").read_text(encoding="utf-8")
    text = " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())
    assert "Appeals: [c]" in text and "Rehoused: [c]" in text and "Prevented: [c]" in text
    assert "not shown to protect people's identity" in text
