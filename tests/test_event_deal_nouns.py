"""Deals told as nouns (issue 11, twenty-sixth round, deals26). A deal, agreement, pact, accord or
treaty with a named party is a formal agreement (PLOVER SUPPORT, CAMEO 057) whose state is its
modality: one made stands asserted, one eyed or explored is only sought (hypothetical), a planned
or sought one is still to come (future), no promise (AGREE). "The deal" refers back to a deal
told before, a pact "agreed upon" is the agreeing's own, and a mutual defense treaty is a
standing alliance: none is a new deal.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of_type, party_countries, the_event


@pytest.mark.parametrize(
    ("text", "trigger", "sides", "modality"),
    [
        (
            "Last month's accords between Ghana and Togo have held, the envoy said.",
            "accords",
            {"GHA", "TGO"},
            "asserted",
        ),
        (
            "Peru is eyeing a fishing agreement with Chile to cut the cost of patrols.",
            "agreement",
            {"PER", "CHL"},
            "hypothetical",
        ),
        (
            "Brazil would back a planned deal between Argentina and Uruguay to share the river.",
            "deal",
            {"ARG", "URY"},
            "future",
        ),
        (
            "Portugal is seeking to finalize a fishing deal with Angola.",
            "deal",
            {"PRT", "AGO"},
            "future",
        ),
    ],
)
def test_a_deal_with_a_named_party_is_an_agreement_in_its_state(
    text: str, trigger: str, sides: set[str], modality: str
) -> None:
    event = the_event(text, "SUPPORT", trigger)
    assert event.cameo == "057"
    assert event.modality == modality
    assert party_countries(event) == sides
    assert [e for e in events_of_type(text, "AGREE") if e.trigger.text == trigger] == []


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Brazil would back a planned deal between Argentina and Uruguay. Fishermen say that "
            "under the terms of the deal with Uruguay they may sail at night.",
            "deal",
            "future",
        ),
        (
            "Peru is eyeing a fishing agreement with Chile. Its mutual defense treaty with Japan "
            "remains in force, the minister said.",
            "agreement",
            "hypothetical",
        ),
        (
            "Peru is eyeing a fishing agreement with Chile. Ghana and Togo agreed upon a trade "
            "pact between the two countries on Monday.",
            "agreement",
            "hypothetical",
        ),
    ],
)
def test_a_deal_referred_back_agreed_upon_or_standing_is_no_new_agreement(
    text: str, trigger: str, modality: str
) -> None:
    agreements = [e for e in events_of_type(text, "SUPPORT") if e.cameo == "057"]
    assert [(e.trigger.text, e.modality) for e in agreements] == [(trigger, modality)]
