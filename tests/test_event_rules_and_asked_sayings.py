"""Clauses that tell no event (issue 11 modality, eighteenth round, events18o): what is done as a
rule ("are usually detained", "fines for people who refuse"; in words, "often criticize" is a
stance PLOVER codes), a skill ("how to ambush"), what one is told to do ("told his troops to
attack"), a condemnation only asked or wished to be said ("urged the cabinet to say that ...
was unacceptable"), and insisting on what will happen. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types, readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Smugglers in the border province are usually detained by army patrols.", "detained"),
        ("The ministry in Ankara raised the fines for people who refuse to quarantine.", "refuse"),
        ("A retired colonel taught the militia how to ambush army convoys.", "ambush"),
        ("The Malian general told his troops to attack the rebel base at dawn.", "attack"),
    ],
)
def test_a_rule_a_skill_or_an_order_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Turkish officials often criticize Greek naval patrols in the Aegean.", "criticize"),
        ("Turkey has often criticized Greek naval patrols in the Aegean.", "criticized"),
        ("Riot police detained 40 people who refused to leave the square.", "refused"),
        ("Malian rebels are said to have attacked the army base at dawn.", "attacked"),
    ],
)
def test_acts_that_happened_stay_asserted(text: str, trigger: str) -> None:
    assert "asserted" in readings(text, trigger)


def test_a_condemnation_only_asked_for_is_no_criticism() -> None:
    asked = "Nairobi's mayor urged the cabinet to say publicly that Uganda's border closure was "
    assert "ACCUSE" not in asserted_types(asked + "unacceptable.")
    said = "Kenya's foreign minister said on Monday that Uganda's border closure was "
    assert "ACCUSE" in asserted_types(said + "unacceptable.")


def test_insisting_on_what_will_happen_asks_for_nothing() -> None:
    assert "REQUEST" not in asserted_types(
        "The Chilean senator insisted that the new pension law will pass by June."
    )
    assert "REQUEST" in asserted_types(
        "The Chilean minister insisted that Bolivia must withdraw its troops from the border."
    )
