"""Targets of an event noun held by the verb that carries it: the frame's own preposition on
the carrier ("gives military support to X") names whom the act is for, as on the noun."""

from __future__ import annotations

from eventwire import analyze
from eventwire.records import Event


def events_of(text: str) -> list[Event]:
    return analyze("Regional News Roundup\n" + text, published="2024-03-04").events


def only(events: list[Event], plover: str) -> Event:
    (event,) = [e for e in events if e.plover["type"] == plover]
    return event


def test_aid_noun_takes_its_target_from_the_carrying_verbs_to() -> None:
    event = only(events_of("Norway gives military support to Estonia every year."), "AID")
    assert [a.code for a in event.source] == ["NOR"]
    assert [a.text for a in event.target] == ["Estonia"]
    assert [a.code for a in event.target] == ["EST"]


def test_uncoded_recipients_on_the_carrier_are_the_target() -> None:
    event = only(events_of("Norway gives military support to rebels in the north."), "AID")
    assert [a.text for a in event.target] == ["rebels in the north"]
