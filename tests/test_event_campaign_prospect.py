"""Campaign acts and prospects on political news (issue 11, classes `campaign` and `prospect`
counted on judged-wire3, judged-wire and judged-wire2): a candidate rallying supporters is
electioneering, no PROTEST; a schedule or an expectation ("is scheduled to meet", "were
expected to discuss", "a meeting scheduled for next week") puts the act ahead without being
anyone's promise. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Lopez rallied supporters in Columbus on Monday.",
        "Rallying hundreds of nurses in a gym, Governor Tom Hale promised higher wages.",
        "The governor spoke at a campaign rally in Des Moines on Saturday.",
        "The nominee told reporters at a rally with supporters in Denver that he would win.",
        "The vice president joined the senator for a rally with voters in Reno.",
        "Senator Bernie Sanders opened a rally in Toledo by criticizing the governor's tax plan.",
    ],
)
def test_electioneering_is_no_protest(text: str) -> None:
    assert "PROTEST" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters rallied in the capital against the new tax on Sunday.",
        "Opposition supporters held a rally in Lagos against the president on Friday.",
        "Students rallied outside the parliament to demand the minister's resignation.",
    ],
)
def test_a_street_rally_stays_a_protest(text: str) -> None:
    assert "PROTEST" in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Ruiz is scheduled to meet with Governor Hale on Thursday in Denver.", "meet"),
        ("The foreign ministers were expected to discuss the border dispute.", "discuss"),
        ("The prime minister is set to meet the Danish king next week.", "meet"),
        ("The premier's May 3 meeting with the French leader was scheduled in March.", "meeting"),
        ("Norway's foreign ministry announced talks with Russia set for next Tuesday.", "talks"),
    ],
)
def test_a_scheduled_or_expected_meeting_is_ahead_and_no_promise(text: str, trigger: str) -> None:
    events = [e for e in events_of(text) if e.trigger.text == trigger]
    readings = {(e.plover["type"], e.modality) for e in events}
    assert ("CONSULT", "future") in readings
    assert not any(modality == "asserted" for _, modality in readings)


def test_a_planned_meeting_is_a_meeting_ahead_not_an_offer() -> None:
    """The thirtieth round's ruling 3: a meeting told as planned is CONSULT future."""
    events = events_of("Ruiz said she plans to meet Governor Hale on Thursday.")
    readings = {(e.plover["type"], e.modality) for e in events if e.trigger.text == "meet"}
    assert ("CONSULT", "future") in readings
    assert ("AGREE", "asserted") not in readings


def test_a_meeting_held_stays_asserted() -> None:
    assert "CONSULT" in asserted_types("Senator Ruiz met Governor Hale in Denver on Thursday.")
