"""An area an act goes to is where, not whom: troops sent to a border, fighters who fight on
one, have no target there, while a country they are sent to stays the target. Sentences
written for these tests."""

from __future__ import annotations

from news_events import events_of

from eventwire.records import Event


def the_event(text: str, plover: str) -> Event:
    (event,) = [e for e in events_of(text) if e.plover["type"] == plover]
    return event


def test_troops_sent_to_a_border_have_no_target_but_sent_to_a_country_do() -> None:
    to_border = the_event(
        "President Ramos sent 5,000 soldiers to Peru's southern border last week to curb "
        "smuggling.",
        "MOBILIZE",
    )
    assert to_border.target == []
    to_country = the_event("President Ramos sent 5,000 soldiers to Bolivia last week.", "AID")
    assert [(a.text, a.code) for a in to_country.target] == [("Bolivia", "BOL")]


def test_fighters_who_fight_on_a_border_fight_no_one_there() -> None:
    event = the_event(
        "Police say the gang has about 200 gunmen who fight to hold hamlets on the Bolivian "
        "border.",
        "ASSAULT",
    )
    assert event.target == []
