"""Recall on real news (issue 11, events18r): people held hostage or captive in the passive,
people held in custody or held as detainees, and a news conference held with a partner; each
beside readings of the same words that name no act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_triggers, has_sides


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Twelve Nigerian farmers were held hostage by bandits for a week.", "held hostage", "NGA"),
        (
            "Four Peruvian soldiers were taken hostage by rebels in May.",
            "taken hostage",
            "PER",
        ),
        ("Two Filipino sailors were held captive by pirates for months.", "held captive", "PHL"),
    ],
)
def test_held_hostage_in_the_passive_is_hostage_taking(
    text: str, trigger: str, target: str
) -> None:
    (event,) = [e for e in asserted_events(text) if e.cameo == "181"]
    assert event.trigger.text == trigger
    assert has_sides(event, None, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghanaian police held two Togolese traders in custody overnight.", "GHA", "TGO"),
        ("A Bolivian union leader was held in detention for ten days.", None, "BOL"),
    ],
)
def test_held_in_custody_is_detention(text: str, source: str | None, target: str) -> None:
    (event,) = [e for e in asserted_events(text) if e.cameo == "173"]
    assert has_sides(event, source, target)


def test_rebels_holding_prisoners_detain_them() -> None:
    assert asserted_triggers("Houthi rebels are holding 60 prisoners in Sanaa.", "COERCE") == [
        "holding 60 prisoners"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund held its bonds in custody accounts at a Swiss bank.",
        "The new wing can hold 300 prisoners, the Chilean ministry said.",
        "Chilean officials held a news conference about the custody dispute.",
    ],
)
def test_holding_things_or_room_detains_no_one(text: str) -> None:
    assert not [e for e in asserted_events(text) if e.plover["type"] == "COERCE"]


def test_a_news_conference_with_a_partner_is_a_meeting() -> None:
    text = (
        "The Irish premier said after a press conference with the Zambian president that "
        "trade would grow."
    )
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == "CONSULT"]
    assert event.trigger.text == "press conference"
    assert has_sides(event, None, "ZMB")


def test_a_news_conference_alone_meets_no_one() -> None:
    text = "The Zambian finance minister told a news conference that taxes would fall."
    assert asserted_triggers(text, "CONSULT") == []
