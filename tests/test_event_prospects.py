"""Prospects told as done (issue 11, thirteenth round): an act a reward is offered for, an act
reached through the start or return of talks still ahead, a headline's "X to do Y", and an act
someone was "hoping" to do have not happened. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import CODER_READINGS, PUBLISHED, asserted_types, events_of

from eventwire import analyze
from eventwire.annotate.modality import headline_infinitive
from eventwire.headline_case import parse_articles


@pytest.mark.parametrize(
    "text",
    [
        "State police offered a $20,000 reward for tips leading to the arrest of Dale Hurst.",
        "Veloria has put up a reward of nearly $2 million for any clue that leads to the "
        "arrest of the rebel commander.",
        "Before he was shot, the officer was hoping to arrest the suspect on suspicion of robbery.",
    ],
)
def test_an_arrest_not_yet_made_is_not_asserted(text: str) -> None:
    assert "COERCE" not in asserted_types(text)
    assert any(e.plover["type"] == "COERCE" for e in events_of(text))


def test_an_arrest_a_reward_was_paid_for_stays_asserted() -> None:
    text = "The FBI paid a reward for information that led to the arrest of the bomber."
    assert "COERCE" in asserted_types(text)


def test_talks_on_the_eve_of_their_return_are_still_ahead() -> None:
    text = "Troops seized rifles on Friday on the eve of the resumption of talks with guerrillas."
    assert "CONSULT" not in asserted_types(text)
    assert "COERCE" in asserted_types(text)


def test_an_attack_whose_anniversary_is_ahead_happened() -> None:
    text = "Police seized a bomb on Sunday on the eve of the anniversary of the attack by rebels."
    assert "ASSAULT" in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Ostland to deploy police officers to Veloria\nThe cabinet met on Monday.", "MOBILIZE"),
        ("Veloria to expel Ostland diplomats\nThe ministry gave no reason.", "SANCTION"),
    ],
)
def test_a_headline_infinitive_is_still_to_come(text: str, event_type: str) -> None:
    events = analyze(text, published=PUBLISHED, settings=CODER_READINGS).events
    assert [e.modality for e in events if e.plover["type"] == event_type] == ["future"]


def test_what_talks_are_aimed_at_is_still_ahead() -> None:
    text = "The meeting is aimed at securing a ceasefire between the rebels and the army."
    assert "RETREAT" not in asserted_types(text)


def test_what_is_said_of_the_wanted_man_is_no_prospect() -> None:
    text = (
        "The ministry posted a reward for the arrest of Ivo Kask, "
        "charged with smuggling rifles into Ostland."
    )
    events = events_of(text)
    assert [e.modality for e in events if e.plover["type"] == "COERCE"] == ["hypothetical"]
    assert "ACCUSE" in asserted_types(text)  # the charge


def test_a_headline_infinitive_needs_its_subject_before_to() -> None:
    (parse,) = parse_articles(["Democrats to sue Arizona over poll access"])
    assert headline_infinitive(next(t for t in parse if t.lower_ == "sue"))
    (parse,) = parse_articles(["To sue Arizona over poll access"])
    assert not headline_infinitive(next(t for t in parse if t.lower_ == "sue"))


def test_what_a_clause_on_a_name_tells_is_no_aim() -> None:
    text = (
        "The visit appeared aimed at easing tension with Arcadia, which had denounced "
        "Ostland's blockade of its ports."
    )
    assert "ACCUSE" in asserted_types(text)
