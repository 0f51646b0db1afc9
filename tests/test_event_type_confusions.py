"""Issue 11's wrong types for real acts, twenty-second round (type22): restrictions imposed on
another party's trade, firms or operations curtail an exchange (PLOVER SANCTION), while those
on people, the press or freedoms stay repression (COERCE); saying one will investigate is a
future investigation (ACCUSE), no promise of cooperation (AGREE), while a promise of help stays
one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of, types_of


@pytest.mark.parametrize(
    ("on_trade", "on_people"),
    [
        (
            "Karvia imposed new restrictions on Lunarian exports of steel last year.",
            "The Ostrel Front imposed strict restrictions on women in the valley.",
        ),
        (
            "Karvia imposed onerous controls on Lunarian companies at the port in May.",
            "Karvia's government imposed restrictions on the press on Monday.",
        ),
        (
            "Karvia imposed sweeping restrictions on imports from Lunaria on Monday.",
            "The rebels imposed restrictions on printing books in Ostrel.",
        ),
        (
            "The European Union imposed restrictions on Russia in 2014.",
            "Indian authorities imposed restrictions on Srinagar after the protests on Monday.",
        ),
        (
            "Karvia imposed new restrictions on Lunarian airlines on Monday.",
            "Karvia's government imposed restrictions on businesses to slow the outbreak.",
        ),
    ],
)
def test_restrictions_on_trade_or_firms_are_a_sanction_on_people_repression(
    on_trade: str, on_people: str
) -> None:
    assert types_of(on_trade, "imposed") == {"SANCTION"}
    assert types_of(on_people, "imposed") == {"COERCE"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Karvia's interior minister said the police will investigate the killings.",
            "investigate",
        ),
        (
            "The Karvian police chief, who will investigate the failures, spoke on Monday.",
            "investigate",
        ),
        ("The minister said she would announce an inquiry into the shooting shortly.", "inquiry"),
    ],
)
def test_an_investigation_to_come_is_no_promise(text: str, word: str) -> None:
    events = events_of(text)
    assert "AGREE" not in {e.plover["type"] for e in events}
    assert {(e.plover["type"], e.modality) for e in events if word in e.trigger.text} == {
        ("ACCUSE", "future")
    }


def test_a_promise_of_help_stays_a_promise() -> None:
    assert types_of("Karvia pledged to help Lunaria rebuild the port.", "pledged") == {"AGREE"}
