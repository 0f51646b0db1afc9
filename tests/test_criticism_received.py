"""Whom criticism or opposition is aimed at when the clause it hangs on says so ("X went ahead
amid criticism from Y"); on sentences written for these tests."""

from __future__ import annotations

from eventwire import analyze
from eventwire.records import Event


def criticism(text: str) -> list[Event]:
    events = analyze("Regional News Roundup\n" + text, published="2024-03-04").events
    return [e for e in events if e.plover["type"] == "ACCUSE"]


def codes(actors) -> set[str | None]:
    return {actor.code for actor in actors}


def test_criticism_amid_or_despite_which_a_subject_acts_is_aimed_at_it() -> None:
    (event,) = criticism("Peru held the referendum amid sharp criticism from Chile.")
    assert codes(event.source) == {"CHL"}
    assert {code[:3] for code in codes(event.target)} == {"PER"}
    (event,) = criticism("The Peruvian government went ahead despite opposition from Bolivia.")
    assert codes(event.source) == {"BOL"}
    assert codes(event.target) == {"PERGOV"}


def test_a_country_s_opposition_amid_which_a_subject_acts_is_aimed_at_it() -> None:
    (event,) = criticism("Peruvian fishing revenues doubled amid Chilean opposition.")
    assert codes(event.source) == {"CHL"}
    assert {code[:3] for code in codes(event.target)} == {"PER"}


def test_a_subject_that_names_no_actor_receives_nothing() -> None:
    events = criticism("Fuel prices rose amid criticism from Chilean unions.")
    assert all(not event.target for event in events)
