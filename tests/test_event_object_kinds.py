"""Codes of a relation between parties (a meeting, a visit, a reception, aid) need a party as
what they are done to: a frame's `object_kind` (issue 11, word sense, events16w). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted, countries, events_of


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("Farmers in the valley welcomed the recent rain after a dry summer.", "CONSULT"),
        ("Ski resorts in the Alps welcomed the early snowfall this week.", "CONSULT"),
        ("The rain was welcomed by farmers across the valley.", "CONSULT"),
        ("The ferry company met the surge in summer traffic with extra boats.", "CONSULT"),
        ("The ministry consulted the old tax records before the vote.", "CONSULT"),
        ("The central bank helped the economy with lower interest rates.", "AID"),
    ],
)
def test_a_thing_as_object_is_no_party(text: str, not_type: str) -> None:
    assert not_type not in {found for _, found in asserted(events_of(text))}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Kenyan president welcomed his Ghanaian counterpart in Nairobi.", "CONSULT"),
        ("The Chilean envoy was welcomed by the Peruvian president in Lima.", "CONSULT"),
        ("The foreign minister met with the Swedish ambassador on Monday.", "CONSULT"),
        ("The two ministers met with some of the rebel commanders on Friday.", "CONSULT"),
        ("The two leaders met in Geneva on Friday.", "CONSULT"),
        ("Reporters waited outside the villa where the two ministers were meeting.", "CONSULT"),
        ("The prime minister visited the flooded region on Sunday.", "CONSULT"),
        ("The finance minister consulted his French counterpart before the vote.", "CONSULT"),
        ("France helped the rebels with weapons and money.", "AID"),
    ],
)
def test_a_party_a_place_or_no_object_keeps_the_event(text: str, event_type: str) -> None:
    assert event_type in {found for _, found in asserted(events_of(text))}


def test_hosting_talks_is_one_reception_of_their_parties() -> None:
    events = events_of("Egypt hosted talks between Israel and Hamas in Cairo on Monday.")
    assert [(e.trigger.text, e.plover["type"]) for e in events] == [("hosted talks", "CONSULT")]
    assert countries(events[0].source) == {"EGY"}
    assert "ISR" in countries(events[0].target)
