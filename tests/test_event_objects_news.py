"""A verb whose frame needs a party as its object is no event when the object is an aim, a
reaction drawn or one's own standing; readiness promises only an act we code (issue 11,
events11f: counted on judged-wire, judged-wire2 and VOA dev46). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("The mining company expects to meet its export targets this year.", "CONSULT"),
        ("The agency met the deadline for its annual report on Friday.", "CONSULT"),
        ("The governor's remarks invited ridicule from his rivals in Lima.", "REQUEST"),
        ("The foreign ministry defended the country's image abroad on Monday.", "SUPPORT"),
        ("The bank's chief welcomes the competition from new lenders.", "CONSULT"),
    ],
)
def test_an_aim_a_reaction_or_a_standing_is_no_party(text: str, not_type: str) -> None:
    types = asserted_types(text)
    assert not_type not in types
    assert "AGREE" not in types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Chilean foreign minister met her Peruvian counterpart in Lima on Monday.", "CONSULT"),
        ("President Ana Ruiz invited the Chilean leader to the summit.", "REQUEST"),
        ("Brazil defended Venezuela at the United Nations on Tuesday.", "SUPPORT"),
        ("Peru welcomed the Chilean president in Lima on Monday.", "CONSULT"),
    ],
)
def test_a_party_as_object_keeps_the_event(text: str, event_type: str) -> None:
    assert event_type in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The union said its members were willing to wait for as long as it takes.",
        "The families said they were ready to leave for the capital as soon as Tuesday.",
    ],
)
def test_readiness_for_an_act_we_do_not_code_is_no_promise(text: str) -> None:
    assert "AGREE" not in asserted_types(text)


def test_readiness_to_accept_a_proposal_is_a_promise() -> None:
    assert "AGREE" in asserted_types("Chile said it is ready to accept the Peruvian proposal.")


def test_a_state_ready_to_act_makes_an_offer() -> None:
    assert "AGREE" in asserted_types("Peru is ready to contribute 300 soldiers to the mission.")
