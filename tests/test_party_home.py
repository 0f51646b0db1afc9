"""Parties and coalitions named by a proper name no table lists ("the Umma party"): of the
country where their sentence places things, when the sentence names no other; a country named
only by its name or adjective may be what the party acts on, so it codes nothing."""

from __future__ import annotations

import pytest

from eventwire.pipeline import analyze


def actor_named(text: str, words: str):
    """The event actor whose text starts with `words`; it must be found."""
    analysis = analyze(text, published="2024-03-05")
    actors = [a for e in analysis.events for a in [*e.source, *e.target]]
    return next(actor for actor in actors if actor.text.startswith(words))


def test_a_named_coalition_is_of_the_country_its_sentence_places_it_in() -> None:
    actor = actor_named(
        "Leaders of the Sahel Unity coalition rejected the budget in Bamako on Tuesday.",
        "Leaders of the Sahel Unity coalition",
    )
    assert actor.code == "MLI"
    assert actor.code_from.rule == "party_home"
    assert actor.code_from.text == "Bamako"


def test_an_opposition_party_takes_its_role() -> None:
    actor = actor_named(
        "The Green Dawn opposition party rejected the new budget at a rally in Lusaka.",
        "The Green Dawn opposition party",
    )
    assert actor.code == "ZMBOPP"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a country named only by its adjective: what the party criticizes, not its own
        ("The Green Wave party criticized Chinese trade policy.", "The Green Wave party"),
        # places in two countries: which one is the party's is not said
        (
            "The Nahda party accused Morocco of closing the border near Oujda.",
            "The Nahda party",
        ),
    ],
)
def test_a_party_without_one_placed_country_stays_uncoded(text: str, words: str) -> None:
    assert actor_named(text, words).code is None
