"""An "attack" on what only words can hit (a programme, a budget, a pact, one's
reputation) or on an office-holder with nothing of weapons or fighters in its sentence is
criticism, ACCUSE 111 (issue 11, rulings30 6d); an attack on people, places, vehicles or
forces, or one by protesters, stays an assault. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the president's health programme on Tuesday.",
        "The opposition party attacked the government's budget on Tuesday.",
        "The minister attacked the trade pact with Ruritania on Tuesday.",
        "The party's housing programme was attacked by the governor on Tuesday.",
        "The senator's attack on the budget drew applause on Tuesday.",
        "The mayor's attack against the housing programme drew applause on Tuesday.",
        "The governor attacked the president as weak on Tuesday.",
        "The council chairman attacked some opposition lawmakers over the vote on Tuesday.",
    ],
)
def test_an_attack_on_a_programme_or_an_office_holder_in_words_is_criticism(text: str) -> None:
    types = asserted_types(text)
    assert "ASSAULT" not in types and "ACCUSE" in types


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army post in northern Mali on Tuesday.",
        "Gunmen attacked the governor in the capital on Tuesday, wounding two guards.",
        "On Tuesday protesters attacked the mayor outside the town hall.",
        "Militants attacked a bus carrying budget officials near the border on Tuesday.",
    ],
)
def test_an_attack_on_people_places_or_vehicles_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in asserted_types(text)
