"""Acts the text does not say happened (issue 11, modality class, seventeenth round, events17m):
an act asked for through a preposition ("called for expelling"), a wish ("I'd like to meet"),
what a decision only asks others to do ("decided to invite them to resume talks"), and a
refusal or promise whose own telling is only considered or supposed ("weighing announcing that
he will not recognize"), an event noun only asked for in the passive ("talks were proposed").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types, readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Dutch foreign minister called for expelling the Belarusian ambassador after "
            "the flight was diverted.",
            "expelling the Belarusian ambassador",
        ),
        (
            "Farm unions in Chile have pushed for blockading the ports of Valparaiso until the "
            "tariff is withdrawn.",
            "blockading",
        ),
        ("The Kenyan envoy said he'd like to meet the Somali president next month.", "meet"),
        ("New talks between Serbia and Kosovo were proposed by the European Union.", "talks"),
        (
            "The African Union decided on Tuesday to invite Sudan and Chad to resume border talks.",
            "talks",
        ),
    ],
)
def test_an_act_asked_for_or_wished_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Ecuadorian president has been weighing announcing that he will not recognize the "
        "new government in Lima, according to two aides.",
        "Aides said the fallout would be severe if the senator announced that she would not "
        "support the governor.",
    ],
)
def test_a_refusal_only_considered_is_no_rejection(text: str) -> None:
    assert "REJECT" not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The senator announced that she would not support the governor.", "REJECT"),
        ("The African Union decided on Tuesday to impose sanctions on Sudan.", "SANCTION"),
        ("The African Union decided on Tuesday to invite Sudan and Chad to talks.", "REQUEST"),
    ],
)
def test_a_refusal_or_decision_made_stays_asserted(text: str, event_type: str) -> None:
    assert event_type in asserted_types(text)
