"""Harm told through a bomb blast, and acts listed under an accusation (issue 11, twenty-fifth
round, blasts25). A blast or explosion is never the doer of the killing it is the subject of:
the event is one attack on the victims, by whoever the text says set it off, else by no one
named. Every act in "accused of killing, maiming, raping and looting" is the accused's, each
its own event, though the parser tags some of the gerunds as nouns. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import events_of

from eventwire.records import Event


def sides(event: Event) -> tuple[list[str], list[str]]:
    return [a.text for a in event.source], [a.text for a in event.target]


def harm_events(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.plover["type"] == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A roadside bomb blast killed 14 miners near Ostrava on Tuesday.", "14 miners"),
        ("A bomb blast killed six soldiers at a checkpoint in Varno on Friday.", "six soldiers"),
    ],
)
def test_a_bomb_blast_is_one_attack_on_its_victims_by_no_one_named(text: str, victims: str) -> None:
    (event,) = harm_events(text)
    source, target = sides(event)
    assert source == []
    assert target[0].startswith(victims)
    assert event.modality == "asserted"


def test_the_group_that_claimed_a_blast_is_the_doer_of_the_killing() -> None:
    (event,) = harm_events(
        "A suicide blast claimed by the Black Reed Brigade killed nine guards in Tarsk on Monday."
    )
    assert sides(event) == (["the Black Reed Brigade"], ["nine guards"])
    assert event.cameo == "1831"


def test_a_bare_explosion_carried_out_by_a_group_names_that_group_not_the_explosion() -> None:
    (event,) = harm_events(
        "An explosion carried out by the Black Reed Brigade wounded five guards in Tarsk."
    )
    assert sides(event)[0] == ["the Black Reed Brigade"]


def test_an_explosion_is_no_doer() -> None:
    (event,) = harm_events("The explosion wounded four soldiers near the depot at Kelso.")
    assert sides(event)[0] == []


def test_every_act_listed_under_an_accusation_is_the_accused_s_own_event() -> None:
    events = events_of(
        "The governor accuses the Stone Hill militia of killing, maiming, raping, looting, "
        "and regularly burning houses in the valley."
    )
    acts = {e.trigger.text: e for e in events if e.plover["type"] in {"ASSAULT", "COERCE"}}
    assert {"killing", "maiming", "raping", "looting"} <= acts.keys()
    for trigger in ("killing", "maiming", "raping", "looting"):
        assert sides(acts[trigger])[0] == ["the Stone Hill militia"], trigger
        assert acts[trigger].modality == "asserted"


def test_a_later_act_of_two_under_a_passive_charge_is_the_charged_s() -> None:
    events = events_of(
        "Both the Kolan and the Temba militias were accused of targeting and killing civilians."
    )
    (killing,) = [e for e in events if e.trigger.text == "killing"]
    assert sides(killing) == (["the Kolan", "the Temba militias"], ["civilians"])


def test_distinct_acts_are_apart_when_charged_and_one_attack_when_narrated() -> None:
    charged = events_of(
        "The two soldiers are accused of abducting and attacking villagers near Lake Osso."
    )
    acts = sorted((e.trigger.text, *sides(e)[0]) for e in charged if e.plover["type"] == "ASSAULT")
    assert acts == [("abducting", "The two soldiers"), ("attacking", "The two soldiers")]
    (narrated,) = harm_events("Rebels abducted and killed two soldiers near Lake Osso on Friday.")
    assert sides(narrated)[0] == ["Rebels"]
