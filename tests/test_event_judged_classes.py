"""Classes of events judged false on the judged samples (issue 11, fifteenth round): a meeting
noun told as ahead is the meeting's future, not a promise; an opinion told with "think" or
"believe" asks nothing of anyone; a candidate's "appeal" to voters and "demonstrated that"
are no request and no protest. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_types, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Ostland's defence chief will hold a meeting with Freedonian officers next month.",
        "A signing ceremony would be held at the African Union summit in Addis Ababa in June.",
    ],
)
def test_a_meeting_ahead_told_by_a_noun_is_future_and_no_promise(text: str) -> None:
    events = events_of(text)
    assert "AGREE" not in asserted_types(text)
    assert any(e.plover["type"] == "CONSULT" and e.modality != "asserted" for e in events)


def test_a_promise_to_meet_and_a_refusal_to_meet_are_still_coded() -> None:
    """A scheduled visit is CONSULT future (signed ruling 3); a promise is AGREE."""
    assert "AGREE" not in asserted_types("Ostland's foreign minister will visit Freedonia Monday.")
    assert "AGREE" in asserted_types("Ostland's president promised to meet the rebel leaders.")
    assert "REJECT" in asserted_types("Ostland's president will not meet the rebel leaders.")


def test_an_opinion_that_someone_should_act_is_no_demand() -> None:
    text = '"I think Ostland should withdraw its troops," Senator Ruiz said on Monday.'
    assert "REQUEST" not in asserted_types(text)


def test_a_minister_saying_another_state_must_act_still_demands() -> None:
    text = "Ostland's foreign minister said Freedonia must withdraw its troops from the border."
    assert "REQUEST" in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruiz's broad appeal among rural voters has worried his rivals for months.",
        "Governor Blake's appeal in Ohio has grown since the spring.",
    ],
)
def test_a_candidates_appeal_to_voters_is_no_request(text: str) -> None:
    assert "REQUEST" not in asserted_types(text)


def test_an_appeal_issued_is_a_request() -> None:
    assert "REQUEST" in asserted_types("The UN envoy for Ostland issued his appeal on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "In her first month the minister demonstrated that she could handle a crisis.",
        "The vote has clearly demonstrated that the coalition is still united.",
    ],
)
def test_demonstrated_that_is_no_protest(text: str) -> None:
    assert "PROTEST" not in asserted_types(text)
    assert "PROTEST" in asserted_types("Thousands demonstrated against the government in Lima.")
    assert "PROTEST" in asserted_types("Students demonstrated outside parliament to demand jobs.")


@pytest.mark.parametrize(
    "text",
    [
        "Late on Friday the governor discussed the strike with her advisers.",
        "The prime minister met her closest aides at her residence on Sunday.",
        "The governor discussed the next steps with her advisers.",
    ],
)
def test_a_talk_within_ones_own_circle_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in asserted_types(text)


def test_a_partner_named_after_the_topic_is_still_consulted() -> None:
    """The parser hangs "with" on the topic; the envoys are still whom she consulted."""
    text = "The minister discussed the plan with Freedonian envoys on Monday."
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == "CONSULT"]
    assert [a.text for a in event.target] == ["Freedonian envoys"]


def test_a_meeting_with_families_of_victims_is_still_one() -> None:
    text = "The mayor met with families of the victims on Monday."
    assert "CONSULT" in asserted_types(text)


def test_tough_talk_is_no_negotiation() -> None:
    text = "The challenger's tough talk on trade lifted her ratings."
    assert "CONSULT" not in asserted_types(text)
    assert "CONSULT" in asserted_types("Ostland's president met with Freedonian envoys on Monday.")
