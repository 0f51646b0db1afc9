"""A cause or a place in a contest fought for is no combat, and a document released frees no
one, also when the document is the noun a relative clause describes (issue 11 word sense,
events11h: counted on judged-wire3 and judged-wire4). A post contested, a war of words, the
"for" of "waged a battle for" hung on the verb, and a recording that "captured" someone:
events17s. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    "text",
    [
        "The senator from Ohio has fought for our right to vote for two decades.",
        "The mayor praised the governor for fighting for workers' wages and benefits.",
        "Budget cuts have weakened the law that the governor spent much of her term fighting for.",
        "The two parties waged a bitter battle for the last seat in the upper house.",
        "The deputy mayor fought a long battle for the mayoralty of the port city.",
        "Three senators are battling for the governorship of the northern province.",
        "Lagos and Abuja lawmakers fought a war of words over the oil revenue bill.",
        "The ruling party fought off a challenge from the opposition in the northern districts.",
        "The boy's grandparents are fighting for custody in a court in Quito.",
    ],
)
def test_a_cause_or_a_contest_fought_for_is_no_combat(text: str) -> None:
    assert "ASSAULT" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought for control of the town of Kidal on Sunday.",
        "Malian soldiers fought for the village against the militants on Monday.",
        "Malian forces waged a battle for Kidal against the militants.",
        "Army units fought off an assault by the militants on the river port.",
        "The insurgents fought a fierce battle with police for two days in the hills.",
    ],
)
def test_combat_for_a_place_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Ohio released his tax returns on Friday.",
        "The senator released notes from her meetings with the Chilean envoy.",
        "The court has not seen the letters that the agency said it plans to release next week.",
        "In a letter to Chilean lawmakers released Monday, the senator criticised the deal.",
        "A Peruvian party released a radio ad attacking the Chilean president.",
        "Police in Lima released the suspect's confession to the press.",
    ],
)
def test_a_document_released_frees_no_one(text: str) -> None:
    types = asserted_types(text)
    assert "RETREAT" not in types
    assert "AGREE" not in types


def test_prisoners_released_are_freed() -> None:
    assert "RETREAT" in asserted_types("The rebels released the hostages that they had held.")
    text = "Peru published a list of prisoners released by the rebels on Monday."
    assert "RETREAT" in asserted_types(text)


def test_a_recording_captures_no_one() -> None:
    assert "ASSAULT" not in asserted_types(
        "The old recordings captured the minister ordering arrests."
    )
    assert "ASSAULT" in asserted_types("Rebels captured two aid workers near the border on Friday.")
