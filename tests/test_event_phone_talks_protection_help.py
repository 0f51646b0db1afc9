"""Talks by phone and protection given (issue 11, twenty-fifth round, recall25b). Leaders who
speak by phone or video link with each other consult (CAMEO 041), as a phone call or phone
conversation with a named party is a consultation; the same words with no partner, or with the
press as the only one, are how words came. Protecting is aid in arms (074) only where forces
or peacekeepers protect, or are sent to: a law's effect, an aim and a claim give no
protection; a private person who helps gives no aid either. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of_type, the_event


@pytest.mark.parametrize(
    ("text", "trigger", "partner"),
    [
        (
            "Foreign Minister Ana Torvel spoke by phone on Monday with her Lurian counterpart "
            "Piet Osk.",
            "spoke by phone",
            "her Lurian counterpart Piet Osk",
        ),
        (
            "President Malo and Prime Minister Ruddan spoke by video link last week.",
            "spoke by video link",
            "Ruddan",
        ),
        (
            "Torvel said in a phone call with Osk that the border would stay open.",
            "phone call",
            "Osk",
        ),
        (
            "The phone call between President Malo and Prime Minister Ruddan lasted an hour.",
            "phone call",
            "Ruddan",
        ),
    ],
)
def test_a_talk_by_phone_with_a_partner_is_a_consultation(
    text: str, trigger: str, partner: str
) -> None:
    event = the_event(text, "CONSULT", trigger)
    assert event.cameo == "041"
    assert event.modality == "asserted"
    assert partner in [a.text for a in event.source + event.target]


@pytest.mark.parametrize(
    ("talk", "words"),
    [
        (
            "President Malo spoke by telephone with Prime Minister Ruddan on Tuesday.",
            "President Malo spoke to VOA by telephone on Tuesday.",
        ),
        (
            "President Malo spoke by telephone with Prime Minister Ruddan on Tuesday.",
            "A villager who spoke by phone said the soldiers had left the market.",
        ),
        (
            "Torvel said in a phone call with Osk that the border would stay open.",
            "Torvel said in a phone call on Monday that the border would stay open.",
        ),
    ],
)
def test_only_a_call_with_a_partner_other_than_the_press_is_a_consultation(
    talk: str, words: str
) -> None:
    assert events_of_type(talk, "CONSULT") != []
    assert events_of_type(words, "CONSULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in northern Kenya claim that they protect cattle herders from raids.",
        "For three decades a Kenyan law has protected the rarest birds of the Rift Valley.",
    ],
)
def test_only_forces_sent_to_protect_people_give_aid(text: str) -> None:
    deployed = the_event(
        "Forces of the Bora mission have been deployed to protect civilians near Tarvo.",
        "AID",
        "deployed",
    )
    assert "civilians" in [a.text for a in deployed.target]
    assert events_of_type(text, "AID") == []


@pytest.mark.parametrize(
    "text",
    [
        "Despite her injury, she helps girls like her learn how to sell their crafts.",
        "A neighbor of the family ran outside to help the woman after the crash.",
    ],
)
def test_only_a_public_actor_helping_gives_aid(text: str) -> None:
    aid = the_event("Last year Kenya helped Uganda build a jetty on the lake.", "AID", "helped")
    assert aid.modality == "asserted"
    assert events_of_type(text, "AID") == []
