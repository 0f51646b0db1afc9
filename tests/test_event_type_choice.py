"""A real act coded with the type its words call for, not a neighbouring one (issue 11, type
confusion, events17t): a rebuff refuses, backing pledged is support given, flags burned are a
protest, a person captured is detained (abducted where an armed group takes them). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, types_of


@pytest.mark.parametrize(
    ("text", "trigger_word"),
    [
        ("The governor of Sonora rebuffed appeals from Mexico City to lift the curfew.", "rebuff"),
        ("Chile's minister rebuffed pressure from Bolivia over the water dispute.", "rebuff"),
        ("Norway opposed a proposal by Denmark to close the fishing grounds.", "opposed"),
    ],
)
def test_a_rebuff_or_an_opposed_proposal_is_a_refusal(text: str, trigger_word: str) -> None:
    assert types_of(text, trigger_word) == {"REJECT"}


def test_an_opposed_policy_stays_a_disapproval() -> None:
    text = "Norway opposed the new duties on Danish salmon."
    assert types_of(text, "opposed") == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian senator pledged his support to the opposition leader in Accra.",
        "Uruguay's former president offered his endorsement to the Lima mayor on Sunday.",
    ],
)
def test_backing_pledged_or_offered_is_support_given(text: str) -> None:
    found = {e.plover["type"] for e in asserted_events(text)}
    assert "SUPPORT" in found
    assert not found & {"AGREE", "THREATEN"}


def test_a_pledge_to_act_stays_a_promise() -> None:
    text = "Peru's president pledged to send engineers to Ecuador after the floods."
    assert types_of(text, "pledged") == {"AGREE"}


def test_flags_burned_are_a_protest() -> None:
    text = "Students in Dhaka burned Indian flags outside the high commission on Friday."
    assert types_of(text, "burned") == {"PROTEST"}


def test_a_building_burned_stays_a_destruction() -> None:
    text = "Militants burned the district office in northern Mali on Friday."
    assert types_of(text, "burned") == {"COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "Police in Cebu captured the escaped inmate on Friday.",
        "Kenyan troops captured two rebel commanders near the Somali border.",
    ],
)
def test_a_person_captured_is_detained(text: str) -> None:
    assert types_of(text, "captured") == {"COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "Two Red Cross workers were captured by militants near Gao.",
        "Armed pirates captured the crew of a Greek tanker off the Somali coast.",
    ],
)
def test_a_person_captured_by_an_armed_group_is_abducted(text: str) -> None:
    assert types_of(text, "captured") == {"ASSAULT"}


def test_a_town_captured_stays_an_armed_seizure() -> None:
    text = "Rebel fighters captured the town of Kidal after two days of fighting."
    assert types_of(text, "captured") == {"ASSAULT"}
