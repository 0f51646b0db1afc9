"""Speech acts the frames used to miss: accusations in the passive with no accuser named, and
rejections of findings, comments and charges told by a relative clause. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.records import Event


def events_of(text: str) -> list[Event]:
    return analyze(text, published="2024-03-04").events


def of_type(events: list[Event], plover: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (e.trigger.text, e.modality, [a.text for a in e.source], [a.text for a in e.target])
        for e in events
        if e.plover["type"] == plover
    ]


@pytest.mark.parametrize(
    ("sentence", "modality", "accused"),
    [
        (
            "The former finance minister is accused of embezzling public funds.",
            "asserted",
            "The former finance minister",
        ),
        (
            "The rebel commander, who is accused of ordering the massacre, was arrested on Monday.",
            "asserted",
            "The rebel commander",
        ),
        (
            "If a police officer is accused of bribery, a tribunal hears the case.",
            "hypothetical",
            "a police officer",
        ),
    ],
)
def test_an_accusation_in_the_passive_needs_no_named_accuser(
    sentence: str, modality: str, accused: str
) -> None:
    assert of_type(events_of(sentence), "ACCUSE") == [("accused", modality, [], [accused])]


def test_a_named_accuser_stays_the_source() -> None:
    found = of_type(events_of("The opposition accused the governor of rigging the vote."), "ACCUSE")
    assert found == [("accused", "asserted", ["The opposition"], ["the governor"])]


@pytest.mark.parametrize(
    ("sentence", "rejecter"),
    [
        ("The envoy dismissed the findings as politically motivated.", "The envoy"),
        (
            "He is on trial on charges which the US embassy has dismissed as baseless.",
            "the US embassy",
        ),
    ],
)
def test_setting_aside_a_finding_or_a_charge_is_a_rejection(sentence: str, rejecter: str) -> None:
    found = of_type(events_of(sentence), "REJECT")
    assert [(modality, source) for _, modality, source, _ in found] == [("asserted", [rejecter])]


def test_a_relative_pronoun_object_stands_for_its_noun() -> None:
    found = of_type(events_of("The aid which Japan provided reached the flood victims."), "AID")
    assert [source for _, _, source, _ in found] == [["Japan"]]
