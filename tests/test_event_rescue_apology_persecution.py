"""Trigger words the codebooks lacked (issue 11 recall, twenty-fourth round, recall24): forces
that rescue held people give aid, an apology made to a party is one (CAMEO 055), and a people
persecuted is coerced. The same words where no party acts on another stay uncoded: an economy
rescued, a campaign rescued, an admiral who makes no apologies. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, types_of


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "cameo"),
    [
        (
            "The Morvian army rescued 40 hostages from a camp near Tarvo on Sunday.",
            "rescued",
            "AID",
            "070",
        ),
        (
            "All 30 hostages were rescued by Morvian soldiers on Sunday, the army said.",
            "rescued",
            "AID",
            "070",
        ),
        (
            "The governor of Parvan made a public apology to the Morvian envoy on Tuesday.",
            "apology",
            "SUPPORT",
            "055",
        ),
        (
            "The ruling party offered an apology to the opposition leader on Monday.",
            "apology",
            "SUPPORT",
            "055",
        ),
        (
            "Rights groups said that Kesh minorities are being persecuted by the Morvian army.",
            "persecuted",
            "COERCE",
            "170",
        ),
    ],
)
def test_rescues_apologies_and_persecution_are_coded(
    text: str, trigger: str, event_type: str, cameo: str
) -> None:
    codes = {
        e.cameo
        for e in asserted_events(text)
        if trigger in e.trigger.text and e.plover["type"] == event_type
    }
    assert cameo in codes


def test_forces_rescue_people_not_economies_or_campaigns() -> None:
    assert "AID" in types_of("Morvian troops rescued 12 hostages near Tarvo on Friday.", "rescued")
    assert "AID" not in types_of(
        "The new minister rescued the economy from collapse, his allies said.", "rescued"
    )
    assert "AID" not in types_of("Hadley was seeking to rescue his struggling campaign.", "rescue")
