"""Acts that are news only when an actor does them (issue 11, judged-ECB2 classes `frame`,
`word_sense`, `private`): people evacuated with no one named evacuating them, a law that
"protects" wildlife, a visit to kin or to an inmate in prison. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents were evacuated from their homes after the blaze spread.",
        "The bank was evacuated while police searched the building.",
        "Nearby residents are being evacuated as a precaution.",
    ],
)
def test_an_evacuation_with_no_actor_is_no_aid(text: str) -> None:
    assert asserted_triggers(text, "AID") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian army evacuated thousands of villagers from the flooded region on Monday.",
        "The United Nations evacuated its staff from the capital on Tuesday.",
    ],
)
def test_a_public_actor_evacuating_people_is_aid(text: str) -> None:
    assert asserted_triggers(text, "AID") == ["evacuated"]


def test_a_law_protecting_wildlife_is_no_aid() -> None:
    text = "For decades the Clean Rivers Act has protected the nation's wetlands."
    assert asserted_triggers(text, "AID") == []


def test_troops_protecting_a_convoy_is_aid() -> None:
    text = "French troops protected the convoy as it crossed into Mali."
    assert asserted_triggers(text, "AID") == ["protected"]


@pytest.mark.parametrize(
    "text",
    [
        "She was visiting her mum in Leeds when the storm hit.",
        "A lawyer was visiting a detainee in the cell block when the fire started.",
        "His sister was injured in the riot while she was visiting him in jail.",
    ],
)
def test_a_visit_to_kin_or_an_inmate_is_no_meeting(text: str) -> None:
    assert asserted_triggers(text, "CONSULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese foreign minister visited Moscow on Monday.",
        "Kenya's president visited Uganda's leader at his home in Entebbe.",
    ],
)
def test_a_visit_between_public_actors_is_a_meeting(text: str) -> None:
    assert asserted_triggers(text, "CONSULT") == ["visited"]
