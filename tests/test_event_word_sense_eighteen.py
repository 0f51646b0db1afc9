"""Trigger senses no coder of political events writes (issue 11 word sense, eighteenth round,
counted on the judged samples): a person's, a firm's or a road's exit is no withdrawal from a
pact; helping someone to a success of their own is no aid; recognising a truth, a fact or a
face is no diplomatic recognition. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch brewer's exit ended a decade of losses.",
        "Shortly after the mayor's exit, the council adjourned.",
    ],
)
def test_an_exit_from_no_pact_or_body_is_no_withdrawal(text: str) -> None:
    assert asserted_triggers(text, "SANCTION") == []


def test_an_exit_from_a_pact_stays_a_withdrawal() -> None:
    text = "Britain's exit from the European Union took effect in January."
    assert asserted_triggers(text, "SANCTION") == ["exit"]


@pytest.mark.parametrize(
    "text",
    [
        "A publisher who helped the novelist start her first magazine retired on Friday.",
        "A retired editor helped the two students uncover the fraud at the county office.",
    ],
)
def test_helping_someone_to_a_success_is_no_aid(text: str) -> None:
    assert asserted_triggers(text, "AID") == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkey helped Azerbaijan rebuild its air defences in 2021.",
        "The Red Cross helped flood victims in Assam on Tuesday.",
    ],
)
def test_help_to_a_party_stays_aid(text: str) -> None:
    assert asserted_triggers(text, "AID") == ["helped"]


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen have long recognized the value of the mangroves along the coast.",
        "The mayor recognized that the budget was too small.",
        "The party's manifesto recognizes veterans and their families.",
        "A neighbour recognized him in the photograph.",
    ],
)
def test_recognising_a_fact_or_a_face_is_no_recognition(text: str) -> None:
    assert asserted_triggers(text, "SUPPORT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Finland recognized Kosovo in 2008.",
        "Paraguay formally recognized the new government in Tripoli on Monday.",
    ],
)
def test_a_state_recognising_a_party_stays_recognition(text: str) -> None:
    assert asserted_triggers(text, "SUPPORT") == ["recognized"]
