"""Recall on words the codebooks lacked (issue 11, recall22): a missile or nuclear test is a
show of force; human rights abuses and discrimination a speaker names are charges against
whoever commits them; a ship or its cargo intercepted is seized; and more words of condemnation
for a naming verb ("called the ultimatum intolerable"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_types, has_sides


def test_a_nuclear_or_missile_test_is_a_show_of_force() -> None:
    (test,) = asserted_events("North Korea conducted a nuclear test on Friday.")
    assert test.plover["type"] == "MOBILIZE"
    assert has_sides(test, "PRK", None)
    assert asserted_types("The students sat a mathematics test on Friday.") == set()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Norway said Russian troops had committed grave human rights abuses.",
            "RUS",
        ),
        (
            "Norway's minister said Russia's discrimination against minorities was wrong.",
            "RUS",
        ),
    ],
)
def test_abuses_and_discrimination_a_speaker_names_accuse_their_doer(
    text: str, target: str
) -> None:
    (charge,) = [e for e in asserted_events(text) if e.plover["type"] == "ACCUSE"]
    assert has_sides(charge, "NOR", target)


def test_a_ship_intercepted_is_seized_a_rocket_intercepted_is_not() -> None:
    (seizure,) = asserted_events(
        "The Greek coast guard intercepted a Turkish cargo ship near Rhodes."
    )
    assert seizure.plover["type"] == "COERCE"
    assert has_sides(seizure, "GRC", "TUR")
    assert (
        asserted_types("Israeli air defenses intercepted two rockets over Haifa on Monday.")
        == set()
    )


def test_an_act_called_intolerable_is_condemned() -> None:
    (charge,) = [
        e
        for e in asserted_events(
            "The Danish prime minister called the Russian ultimatum intolerable."
        )
        if e.plover["type"] == "ACCUSE"
    ]
    assert has_sides(charge, "DNK", "RUS")
