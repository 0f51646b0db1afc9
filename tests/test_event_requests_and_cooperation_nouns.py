"""Requests and cooperation told as a noun (issue 11 recall, twenty-sixth round, recall26). A
public actor's request is an appeal (PLOVER REQUEST, CAMEO 020) whether a verb or a noun tells
it: "Ghana filed two requests", "Peru's request for the extradition". A reporter's request for
comment, records requests and requests for an interview ask no actor for an act, and no public
actor makes them. Military or naval cooperation with a named partner is forces working together
(COOPERATE 062); cooperation with no partner, or a standing defense tie, is none. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_of_type, countries, party_countries, the_event


@pytest.mark.parametrize(
    ("text", "trigger", "asker"),
    [
        (
            "Over the winter, Ghana filed two requests for the arbitration hearing to be delayed.",
            "requests",
            "GHA",
        ),
        (
            "Peru's request for the extradition of the fugitive banker reached Madrid on Monday.",
            "request",
            "PER",
        ),
        ("A Chilean request to the tribunal for more time was sent in March.", "request", "CHL"),
    ],
)
def test_a_public_actors_request_told_as_a_noun_is_an_appeal(
    text: str, trigger: str, asker: str
) -> None:
    event = the_event(text, "REQUEST", trigger)
    assert event.cameo == "020"
    assert event.modality == "asserted"
    assert asker in countries(event.source)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry ignored a reporter's request for comment about the closure.",
        "Local reporters filed records requests with the port authority in June.",
        "The mayor's office referred requests for an interview to the police.",
    ],
)
def test_a_request_for_comment_or_records_is_no_appeal(text: str) -> None:
    assert asserted_of_type(text, "REQUEST") == []


@pytest.mark.parametrize(
    ("text", "trigger", "sides", "modality"),
    [
        (
            "Peru's naval cooperation with Chile has grown, and a Peruvian frigate sailed to "
            "Arica in May.",
            "naval cooperation",
            {"PER", "CHL"},
            "asserted",
        ),
        (
            "Growing military cooperation between Belarus and Iran worries their neighbours, "
            "the envoy said.",
            "military cooperation",
            {"BLR", "IRN"},
            "asserted",
        ),
        (
            "Ministers hope that military cooperation between Ghana and Togo could resume next "
            "year.",
            "military cooperation",
            {"GHA", "TGO"},
            "hypothetical",
        ),
    ],
)
def test_military_cooperation_with_a_named_partner_is_cooperation(
    text: str, trigger: str, sides: set[str], modality: str
) -> None:
    event = the_event(text, "COOPERATE", trigger)
    assert event.cameo == "062"
    assert event.modality == modality
    assert party_countries(event) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Regional security cooperation will increase among the coastal states, analysts said.",
        "Their defense cooperation with the coastal bloc still stands, the general said.",
    ],
)
def test_cooperation_with_no_partner_or_a_standing_tie_is_no_event(text: str) -> None:
    assert asserted_of_type(text, "COOPERATE") == []
