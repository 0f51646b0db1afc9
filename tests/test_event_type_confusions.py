"""Issue 11's wrong types for real acts, twenty-second round (type22): restrictions imposed on
another party's trade, firms or operations curtail an exchange (PLOVER SANCTION), while those
on people, the press or freedoms stay repression (COERCE). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events


def types_of(text: str, trigger_word: str) -> set[str]:
    """The PLOVER types of the asserted events whose trigger holds `trigger_word`."""
    return {e.plover["type"] for e in asserted_events(text) if trigger_word in e.trigger.text}


@pytest.mark.parametrize(
    "text",
    [
        "Karvia imposed new restrictions on Lunarian exports of steel last year.",
        "Karvia imposed onerous controls on Lunarian companies at the port in May.",
        "Karvia imposed sweeping restrictions on imports from Lunaria on Monday.",
    ],
)
def test_restrictions_on_trade_or_firms_are_a_sanction(text: str) -> None:
    assert types_of(text, "imposed") == {"SANCTION"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ostrel Front imposed strict restrictions on women in the valley.",
        "Karvia's government imposed restrictions on the press on Monday.",
        "The rebels imposed restrictions on printing books in Ostrel.",
    ],
)
def test_restrictions_on_people_or_the_press_stay_repression(text: str) -> None:
    assert types_of(text, "imposed") == {"COERCE"}
