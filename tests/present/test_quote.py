"""A figure copied from the site keeps its caveats, its comparison, its release and its link.

These build the view objects a page would show (through the gate and the
badge presenter) for a made-up council and check the sentence made from them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from lantern.compute import Comparison, Measure, PeriodResult
from lantern.present import badges
from lantern.present.card import (
    CARD_HEIGHT,
    CARD_WIDTH,
    TITLE_CHARACTERS,
    TITLE_LINES,
    measure_card,
    title_lines,
)
from lantern.present.gate import Gate
from lantern.present.measure_panel import ComparisonRow, MeasurePanel
from lantern.present.quote import (
    NO_ADDRESS,
    Source,
    Standing,
    Subject,
    measure_quotes,
    quote,
)
from lantern.present.views import MeasureView

AREA = "Riverside"
LINK = "https://council.example.org/housing/measures/h1/#2024-25"
SOURCE = Source("Riverside housing performance", "2025-03", LINK)
BREAK = "From 2024-25 the return counts households, not cases."
MEASURE = Measure("H1", "Households prevented from becoming homeless", "percent", "high", 1)
SUBJECT = Subject(AREA, MEASURE.title, MEASURE.measure_id)


def period(status: str = "final", value: float | None = 75.04, shorthand: str | None = None):
    return PeriodResult(
        period="2024-25",
        kind="financial_year",
        value=value,
        shorthand=shorthand,
        reason=None,
        status=status,
        note="",
        direction=None,
        previous_period=None,
        change=None,
        comparisons=[],
    )


def shown(status: str = "final", illustrative: bool = False) -> badges.ValueView:
    """The home area's figure as a page shows it: through the gate, marked."""
    return badges.value(Gate(), MEASURE, period(status), illustrative)


def standing(band: str | None = "bottom", compared: str = "2023-24") -> Standing:
    comparison = Comparison(
        "lowlands",
        "Lowlands",
        n=3 if band is None else 16,
        compared_period=compared,
        band=band,  # type: ignore[arg-type]
        band_source="members" if band else None,
        reason=None if band else "only 3 areas have a value",
    )
    return Standing("Lowlands", badges.badge(comparison), compared_period=compared)


def test_a_figure_is_quoted_with_its_area_period_measure_band_release_and_link() -> None:
    said = quote(SUBJECT, shown(), "2024-25", standing(), SOURCE)
    assert said.text == (
        "Riverside: 75.0% in 2024-25 for “Households prevented from becoming homeless” "
        "(measure H1); bottom quartile of Lowlands, against 2023-24 quartiles. "
        f"Riverside housing performance, release 2025-03: {LINK}"
    )
    assert said.statement in said.text and LINK not in said.statement


@pytest.mark.parametrize(
    ("status", "illustrative", "caveat"),
    [
        ("provisional", False, "75.0% in 2024-25 (provisional)"),
        ("estimate", False, "75.0% in 2024-25 (estimate)"),
        ("final", True, "75.0% in 2024-25 (illustrative)"),
        ("provisional", True, "75.0% in 2024-25 (provisional, illustrative)"),
    ],
)
def test_a_provisional_estimated_or_illustrative_figure_carries_its_caveat(
    status: str, illustrative: bool, caveat: str
) -> None:
    said = quote(SUBJECT, shown(status, illustrative), "2024-25", None, SOURCE)
    assert caveat in said.text
    assert caveat in said.label


def test_a_final_figure_has_no_caveat() -> None:
    said = quote(SUBJECT, shown(), "2024-25", None, SOURCE)
    assert "(provisional" not in said.text and "illustrative" not in said.text


def test_a_figure_after_a_series_break_says_so_in_the_data_s_words() -> None:
    broken = replace(SUBJECT, series_break=BREAK)
    said = quote(broken, shown(), "2024-25", None, SOURCE)
    assert f"Series break: {BREAK}" in said.text
    assert "Series break" not in quote(SUBJECT, shown(), "2024-25", None, SOURCE).text


def test_a_group_with_no_band_says_why_and_a_same_period_band_needs_no_basis() -> None:
    unbanded = quote(SUBJECT, shown(), "2024-25", standing(None, "2024-25"), SOURCE)
    assert "not compared with Lowlands (only 3 areas have a value)." in unbanded.text
    assert "against" not in unbanded.text


def test_a_missing_figure_says_what_its_code_means() -> None:
    missing = badges.value(Gate(), MEASURE, period(value=None, shorthand="[x]"), False)
    said = quote(SUBJECT, missing, "2024-25", None, SOURCE)
    assert said.text.startswith("Riverside: [x], not available, in 2024-25")


def test_without_a_site_address_the_sentence_says_so_and_without_a_release_leaves_it_out() -> None:
    unpublished = quote(SUBJECT, shown(), "2024-25", None, Source(SOURCE.site_name, "2025-03"))
    assert unpublished.text.endswith(f"release 2025-03 {NO_ADDRESS}")
    unreleased = quote(SUBJECT, shown(), "2024-25", None, Source(SOURCE.site_name, None, LINK))
    assert "release" not in unreleased.text
    assert unreleased.text.endswith(f"Riverside housing performance: {LINK}")


def test_a_figure_a_report_states_is_quoted_without_a_measure_code() -> None:
    stated = Subject(AREA, "Average calls a month")
    said = quote(stated, badges.ValueView("2,150"), "", None, SOURCE)
    assert said.text.startswith("Riverside: 2,150 for “Average calls a month”. ")


def measure_view() -> MeasureView:
    return MeasureView(
        measure_id="H1",
        slug="h1",
        url="measures/h1/",
        save_as="measures/h1/index.html",
        title=MEASURE.title,
        description="Households whose homelessness was prevented, out of those helped.",
        theme="Homelessness",
        unit="percent",
        unit_name="per cent",
        polarity="high",
        polarity_words="Good is high",
        decimals=1,
        source="Fixture housing return",
        renumbered_as="",
        renumbered_from="",
        series_break=BREAK,
    )


def panel() -> MeasurePanel:
    rows = [
        ComparisonRow(
            group_name=name,
            badge=view.badge or badges.BadgeView(None),
            rank="",
            group_figure="",
            compared_period="2023-24",
            detail="",
        )
        for name, view in (("The nation", standing(None)), ("Lowlands", standing("top")))
    ]
    return MeasurePanel(period("provisional"), shown("provisional"), None, comparisons=rows)


def test_a_measure_page_quotes_its_headline_each_group_and_describes_itself() -> None:
    quotes = measure_quotes(AREA, measure_view(), panel(), SOURCE)
    assert quotes.headline is not None
    # The headline names the first group with a band, in the site's order.
    assert "top quartile of Lowlands" in quotes.headline.text
    assert set(quotes.rows) == {"The nation", "Lowlands"}
    assert "not compared with The nation" in quotes.rows["The nation"].text
    assert quotes.description == (
        "Riverside: 75.0% in 2024-25 (provisional); top quartile of Lowlands, against 2023-24 "
        "quartiles. Households whose homelessness was prevented, out of those helped."
    )
    assert quotes.search_figure == "75.0% in 2024-25 (provisional)"
    assert quotes.search_band == "✔ Top quartile of Lowlands"


def test_a_measure_with_no_figure_has_nothing_to_copy() -> None:
    empty = MeasurePanel(None, badges.ValueView("[x]"), None)
    quotes = measure_quotes(AREA, measure_view(), empty, SOURCE)
    assert quotes.headline is None and quotes.rows == {}
    assert quotes.description == measure_view().description


def test_the_preview_card_shows_the_headline_and_its_alt_text_says_all_of_it() -> None:
    view = measure_view()
    quotes = measure_quotes(AREA, view, panel(), SOURCE)
    card = measure_card(SOURCE.site_name, AREA, view, panel(), quotes)
    assert (card.width, card.height) == (CARD_WIDTH, CARD_HEIGHT) == (1200, 630)
    assert card.figure == "75.0%" and card.when == "in 2024-25 (provisional)"
    assert card.band == "✔ Top quartile of Lowlands"
    assert quotes.headline is not None and card.alt == quotes.headline.statement


def test_a_long_title_is_cut_to_the_card_s_lines() -> None:
    lines = title_lines("Households " * 30)
    assert len(lines) == TITLE_LINES and lines[-1].endswith("…")
    short = title_lines(MEASURE.title)
    assert " ".join(short) == MEASURE.title and all(len(x) <= TITLE_CHARACTERS for x in short)
