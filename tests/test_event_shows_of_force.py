"""Shows of force (issue 11, events21m): a missile launched or fired into open water is a
test, a show of force (MOBILIZE, CAMEO 150), not an attack; fired at a party it stays an attack,
and with no target phrase too (the parse often loses the target: "a missile that struck").
Military drills are exercises by another word. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_types, has_sides


@pytest.mark.parametrize(
    ("test_text", "attack_text", "target"),
    [
        (
            "Eastland launched a ballistic missile into the ocean on Tuesday.",
            "Iran launched missiles at Israel on Tuesday night.",
            "ISR",
        ),
        (
            "Eastland fired two short-range missiles into the sea off its northern coast.",
            "The Houthis fired a missile toward Saudi Arabia on Sunday.",
            "SAU",
        ),
    ],
)
def test_a_missile_fired_into_open_water_is_a_show_of_force_and_at_a_party_an_attack(
    test_text: str, attack_text: str, target: str
) -> None:
    (test_launch,) = asserted_events(test_text)
    assert test_launch.plover["type"] == "MOBILIZE"
    assert not test_launch.target
    (attack,) = asserted_events(attack_text)
    assert attack.plover["type"] == "ASSAULT"
    assert has_sides(attack, None, target)


def test_military_drills_are_a_show_of_force_and_team_drills_none() -> None:
    (drills,) = [
        e
        for e in asserted_events("Eastland's army held military drills near the border on Monday.")
        if e.plover["type"] == "MOBILIZE"
    ]
    assert drills.trigger.text == "military drills"
    assert asserted_types("The rugby players missed team drills on Wednesday.") == set()


def test_a_missile_whose_target_the_sentence_names_another_way_is_no_show_of_force() -> None:
    types = asserted_types("The rebels fired a missile that struck a hospital in the city.")
    assert "MOBILIZE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Westland fired two missiles into the sea toward a cargo ship on Monday.",
        "Westland launched a missile into the Red Sea at a passing tanker.",
        "Eastland fired missiles into the Black Sea port of Marova, killing two people.",
    ],
)
def test_a_missile_aimed_at_a_party_across_water_or_at_a_port_on_it_is_an_attack(
    text: str,
) -> None:
    types = asserted_types(text)
    assert "ASSAULT" in types
    assert "MOBILIZE" not in types
