"""Charges stated in a clause and rebukes traded (issue 12, speech24): "charged that Y did
Z" and "charges that Y did Z" accuse Y, the subject of the clause; a denial of such a charge
answers the accuser, not Y; insults or barbs traded, lobbed or hurled criticise; a noun's
participle ("the call made by X") says nothing of what the noun asks. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_types, countries, has_sides


def accusations(text: str) -> list:
    return [e for e in asserted_events(text) if e.plover["type"] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Kenyan opposition leaders charged that Ugandan troops had shelled border villages.",
            "charged",
        ),
        (
            "Kenyan officials repeated charges that Ugandan troops had shelled border villages.",
            "charges",
        ),
        (
            "The Ugandan minister rejected Kenya's accusation that Ugandan troops had shelled "
            "border villages.",
            "accusation",
        ),
        (
            "Kenyan officials repeated charges that Ugandan troops had shelled border villages. "
            "Uganda's defence minister dismissed accusations that Ugandan troops had crossed "
            "the border.",
            "charges",
        ),
    ],
)
def test_a_charge_told_as_a_clause_accuses_the_clauses_subject(text: str, trigger: str) -> None:
    (accusation,) = accusations(text)
    assert accusation.trigger.text == trigger
    assert accusation.cameo == "112"
    assert has_sides(accusation, "KEN", "UGA")
    # a denial of the charge answers Kenya, the accuser, not Uganda, the one charged
    denials = [e for e in asserted_events(text) if e.plover["type"] == "REJECT"]
    assert all("UGA" not in countries(denial.target) for denial in denials)


@pytest.mark.parametrize(
    ("rebuke", "source", "target", "trade"),
    [
        (
            "Kenyan and Ugandan ministers traded insults over the border closure.",
            "KEN",
            None,
            "Kenyan and Ugandan ministers traded maize and cattle at the border market.",
        ),
        (
            "The Kenyan senator lobbed insults at the Ugandan president.",
            "KEN",
            "UGA",
            "The Kenyan senator lobbed the ball at the Ugandan president.",
        ),
    ],
)
def test_insults_traded_or_lobbed_criticise(
    rebuke: str, source: str, target: str | None, trade: str
) -> None:
    (criticism,) = accusations(rebuke)
    assert criticism.cameo == "111"
    assert has_sides(criticism, source, target)
    assert "ACCUSE" not in asserted_types(trade)


def test_a_call_described_by_a_participle_asks_for_nothing() -> None:
    assert "REQUEST" not in asserted_types(
        "The call made by Kenya's president to Uganda's leader lasted an hour."
    )
    assert "REQUEST" in asserted_types(
        "Kenya's president renewed his call for Uganda to reopen the border."
    )
