"""Acts inside one actor, twentieth round (events20o): CAMEO codes interactions between actors, so
a leader meeting or instructing his own people ("met with his security council", "urged his
senior staff") and a body's own meeting ("the association held its annual meeting") are no
events, while meetings with another party, or of a body of states, still are. Texts written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("President Ivo Marek met with his National Security Council on Tuesday.", "CONSULT"),
        ("General Tomas Brek spent Monday meeting with fellow commanders near Vasta.", "CONSULT"),
        ("President Ivo Marek urged his senior staff to prepare a new budget.", "REQUEST"),
    ],
)
def test_a_meeting_or_a_request_of_ones_own_people_is_no_event(text: str, not_type: str) -> None:
    assert not_type not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Norland Farmers Association held its annual meeting in Vasta on Monday.",
        "Delegates attended a meeting of the Norland Farmers Association in Vasta on Monday.",
        "Leaders of the Lunarian Labour Party met in Port Vell on Sunday to choose a chairman.",
        "The party leadership met on Sunday in Port Vell.",
    ],
)
def test_one_bodys_own_meeting_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("President Ivo Marek met with Prime Minister Ana Ruiz and her ministers.", "CONSULT"),
        (
            "President Ivo Marek of Karvia urged his Lunarian counterpart to reopen the border.",
            "REQUEST",
        ),
        ("Leaders of the two parties met in Port Vell on Sunday.", "CONSULT"),
        ("The Lunarian Labour Party met with the Green Party on Sunday in Port Vell.", "CONSULT"),
        ("The U.N. Security Council met on Sunday to discuss the crisis in Karvia.", "CONSULT"),
    ],
)
def test_meetings_and_requests_between_parties_are_still_coded(text: str, plover_type: str) -> None:
    assert plover_type in asserted_types(text)
