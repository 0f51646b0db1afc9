"""Acts inside one actor, twentieth round (events20o): CAMEO codes interactions between actors, so
a leader meeting or instructing his own people ("met with his security council", "urged his
senior staff") and a body's own meeting ("the association held its annual meeting") are no
events, while the same act toward another party, or a meeting of a body of states, still is.
Each case pairs the act inside one actor with one between parties. Texts written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    ("inside", "between", "plover_type"),
    [
        (
            "President Ivo Marek met with his defence council in Vasta on Friday.",
            "President Ivo Marek met with Prime Minister Ana Ruiz and her ministers.",
            "CONSULT",
        ),
        (
            "General Tomas Brek spent Monday meeting with fellow commanders near Vasta.",
            "General Tomas Brek spent Monday meeting with Karvian envoys near Vasta.",
            "CONSULT",
        ),
        (
            "President Ivo Marek urged his senior staff to prepare a new budget.",
            "President Ivo Marek of Karvia urged his Lunarian counterpart to reopen the border.",
            "REQUEST",
        ),
        (  # "fellow" ministers of another country, coded so, are no one's own people
            "Spanish Foreign Minister Ana Ruiz met with her fellow ministers in Madrid on Friday.",
            "Spanish Foreign Minister Ana Ruiz met with her fellow ministers from Portugal in "
            "Lisbon on Friday.",
            "CONSULT",
        ),
    ],
)
def test_a_meeting_or_a_request_of_ones_own_people_is_no_event(
    inside: str, between: str, plover_type: str
) -> None:
    assert plover_type not in asserted_types(inside)
    assert plover_type in asserted_types(between)


@pytest.mark.parametrize(
    ("inside", "between"),
    [
        (
            "The Norland Farmers Association held its annual meeting in Vasta on Monday.",
            "The Norland Farmers Association met with the Karvian trade minister on Monday.",
        ),
        (
            "Delegates attended a meeting of the Norland Farmers Association in Vasta on Monday.",
            "The U.N. Security Council met on Sunday to discuss the crisis in Karvia.",
        ),
        (
            "Leaders of the Lunarian Labour Party met in Port Vell on Sunday to choose a chairman.",
            "Leaders of the two parties met in Port Vell on Sunday.",
        ),
        (
            "The party leadership met on Sunday in Port Vell.",
            "The Lunarian Labour Party met with the Green Party on Sunday in Port Vell.",
        ),
    ],
)
def test_one_bodys_own_meeting_is_no_consultation(inside: str, between: str) -> None:
    assert "CONSULT" not in asserted_types(inside)
    assert "CONSULT" in asserted_types(between)


@pytest.mark.parametrize(
    ("peers", "own"),
    [
        (
            "Karvian Foreign Minister Ana Ruiz urged fellow ministers on Monday to back a new "
            "fishing pact.",
            "Karvian rebel leader Tomas Brek urged fellow party members on Monday to back a new "
            "fishing pact.",
        ),
        (
            "Lunarian President Ivo Marek urged fellow presidents on Friday to reopen the ports.",
            "Lunarian General Ivo Marek urged fellow commanders on Friday to reopen the ports.",
        ),
    ],
)
def test_fellow_marks_members_of_one_body_not_peers_of_other_states(peers: str, own: str) -> None:
    """ "Fellow ministers" of a foreign minister are other states' ministers, a request between
    parties; "fellow commanders" and "fellow party members" are the doer's own people."""
    assert "REQUEST" in asserted_types(peers)
    assert "REQUEST" not in asserted_types(own)
