"""The right trigger, the right type (issue 11, types27): what an act is done to, where it goes
and where it is fought can change its type. Destroying a force, its arms or its positions is
combat (ASSAULT), destroying a church harm to property (COERCE); troops sent into another land
to fight invade (ASSAULT), troops sent to help are aid; a fight in the courts is a lawsuit, no
combat; sanctions relief given or provided eases sanctions, no aid. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Eastland's warplanes destroyed the Westland air force on the ground at Tarsk.",
        "The rebels destroyed four army tanks near the Varsk bridge on Monday.",
        "Eastland artillery destroyed rebel positions outside Tarsk overnight.",
    ],
)
def test_destroying_forces_arms_or_positions_is_combat_and_a_church_is_property(
    text: str,
) -> None:
    assert types_of(text, "destroyed") == {"ASSAULT"}
    for property_or_own_arms in (
        "Arsonists destroyed the old Varsk church on Sunday night.",
        "Eastland destroyed its own chemical weapons under Westland supervision.",
    ):
        assert types_of(property_or_own_arms, "destroyed") == {"COERCE"}


def test_troops_sent_into_another_land_to_fight_attack_it_and_sent_to_help_aid() -> None:
    (sent,) = [
        e
        for e in asserted_events(
            "In 2014 Eastland sent soldiers into Westland to combat the Red Hand militia."
        )
        if "sent" in e.trigger.text
    ]
    assert sent.plover["type"] == "ASSAULT"
    assert sent.source and sent.target
    for aid in (
        "Eastland sent soldiers into Westland to help its army guard the border.",
        "Eastland sent soldiers to Westland in March.",
    ):
        assert types_of(aid, "sent") == {"AID"}


@pytest.mark.parametrize(
    "text",
    [
        "The Marova family has fought Tarsk officials in the courts since May.",
        "The Brook family battled the city council in court over the land.",
    ],
)
def test_a_fight_in_the_courts_is_no_combat(text: str) -> None:
    assert "ASSAULT" not in {e.plover["type"] for e in asserted_events(text)}
    assert types_of("Rebels fought government troops near the Tarsk court.", "fought") == {
        "ASSAULT"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Westland provided Eastland with sanctions relief last year.",
        "Westland provided sanctions relief to Eastland in May.",
        "Westland gave Eastland sanctions relief after the vote in March.",
    ],
)
def test_sanctions_relief_given_is_no_aid(text: str) -> None:
    assert not {"AID", "AGREE"} & {e.plover["type"] for e in asserted_events(text)}
    assert types_of("Westland gave Eastland food aid after the floods in March.", "gave") == {"AID"}


@pytest.mark.parametrize(
    "text",
    [
        "Overnight police barricaded Ash Avenue in front of the Tarsk station.",
        "Eastland troops blocked the highway into Tarsk on Monday.",
    ],
)
def test_ways_closed_by_police_or_troops_are_cordoned_off_and_by_farmers_obstructed(
    text: str,
) -> None:
    assert {e.plover["type"] for e in asserted_events(text)} == {"COERCE"}
    farmers = "Angry farmers blocked the Varsk bridge with tractors for three hours."
    assert {e.plover["type"] for e in asserted_events(farmers)} == {"PROTEST"}
