"""The words of a position chart: its title, and the sentence that says where the home
area's value stands among a group's members."""

from __future__ import annotations

from lantern.compute import Comparison, MeasureResult, PeriodResult
from lantern.present.badges import measure_text
from lantern.present.gate import Gate
from lantern.vocab.language import N_, _, ngettext
from lantern.vocab.periods import in_words, when_words

# Where a value stands in a group, by its band (a code), said in a sentence.
STANDINGS = {
    "top": N_("in the top band"),
    "middle": N_("in the middle band"),
    "bottom": N_("in the bottom band"),
}


def _among(comparison: Comparison, later: bool) -> str:
    """The sentence a position chart's summary is, to be filled in: with a rank or not,
    and for a value ``later`` than the figures it was compared with or not."""
    n = comparison.n
    if comparison.rank_label and later:
        return ngettext(
            "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s member "
            "of %(group)s, ranked %(rank)s of %(count)s, against their figures %(basis)s.",
            "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s members "
            "of %(group)s, ranked %(rank)s of %(count)s, against their figures %(basis)s.",
            n,
        )
    if comparison.rank_label:
        return ngettext(
            "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s member "
            "of %(group)s, ranked %(rank)s of %(count)s.",
            "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s members "
            "of %(group)s, ranked %(rank)s of %(count)s.",
            n,
        )
    if later:
        return ngettext(
            "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s member "
            "of %(group)s, against their figures %(basis)s.",
            "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s members "
            "of %(group)s, against their figures %(basis)s.",
            n,
        )
    return ngettext(
        "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s member "
        "of %(group)s.",
        "%(area)s's value of %(value)s %(when)s is %(standing)s among the %(count)s members "
        "of %(group)s.",
        n,
    )


def position_words(
    gate: Gate,
    result: MeasureResult,
    period: PeriodResult,
    comparison: Comparison,
    area_name: str,
) -> tuple[str, str]:
    """A position chart's title and summary."""
    measure = result.measure
    basis = comparison.compared_period or period.period
    words = {
        "area": area_name,
        "group": comparison.group_name,
        "measure": measure.title,
        "period": in_words(period.period),
        "basis": in_words(basis),
    }
    title = (
        _("%(area)s among %(group)s, %(basis)s: %(measure)s") % words
        if basis == period.period
        else _(
            "%(area)s's %(period)s figure against the %(basis)s figures of %(group)s: %(measure)s"
        )
        % words
    )
    summary = _among(comparison, basis != period.period) % {
        **words,
        "value": measure_text(gate, measure, period.value, None),
        "when": when_words(period.period),
        "standing": _(STANDINGS[comparison.band]) if comparison.band else _("not banded"),
        "count": comparison.n,
        "rank": comparison.rank_label,
        "basis": when_words(basis),
    }
    return title, summary
