"""Recall on real news (issue 11, events11j): a duty laid or made heavier is a sanction
("doubled its tariffs on"), and a dialogue is a consultation, but not the name of a forum
("the Coastal Security Dialogue"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, events_of, has_sides


def typed(text: str, event_type: str):
    return [e for e in events_of(text) if e.plover["type"] == event_type]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Brazil doubled its tariffs on Argentine wheat on Monday.", "BRA", "ARG"),
        ("The Indian government raised import duties on Chinese solar panels.", "IND", "CHN"),
        ("Mexico slapped new tariffs on American pork last week.", "MEX", "USA"),
        ("Chile levied a 20% duty on Peruvian fruit on Monday.", "CHL", "PER"),
        ("The premier of Quebec said he was adding a 10% surcharge on power.", "CAN", None),
    ],
)
def test_a_duty_laid_or_raised_is_a_sanction(text: str, source: str, target: str | None) -> None:
    assert any(has_sides(e, source, target) for e in typed(text, "SANCTION"))


@pytest.mark.parametrize(
    "text",
    [
        "The company raised prices on its phones and increased its dividend.",
        "The minister raised concerns about the harvest and doubled the subsidy for farmers.",
        "Officials increased their duty rosters at the border post.",
    ],
)
def test_raising_what_is_no_duty_is_no_sanction(text: str) -> None:
    assert typed(text, "SANCTION") == []


def test_a_dialogue_between_states_is_a_consultation() -> None:
    events = [
        e
        for e in asserted_events(
            "Kenya and Ethiopia opened a dialogue on the disputed border on Tuesday."
        )
        if e.plover["type"] == "CONSULT"
    ]
    assert events and has_sides(events[0], "KEN", None)


def test_a_dialogue_called_for_is_no_dialogue_held() -> None:
    events = typed("The envoy urged the junta to start a dialogue with the opposition.", "CONSULT")
    assert events and all(e.modality != "asserted" for e in events)


def test_a_forum_named_dialogue_is_no_consultation() -> None:
    text = (
        "Japan and Australia expanded their Coastal Security Dialogue, "
        "which has become the focus of regional planning."
    )
    assert [e.trigger.text for e in typed(text, "CONSULT")] == []
