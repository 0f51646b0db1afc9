"""Readings that news often gives and a careful coder would not write as asserted events
(issue 11, judged-dev classes), on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.records import Event


def events_of(text: str) -> list[Event]:
    return analyze("Regional News Roundup\n" + text, published="2024-03-04").events


def asserted(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.plover["type"]) for e in events if e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile says the new border should lie along the river.",
        "Peru's president said negotiations with Bolivia must continue.",
        "Chile said Peruvian lawmakers must understand that pressure will not work.",
    ],
)
def test_an_obligation_to_know_or_go_on_is_no_demand(text: str) -> None:
    assert [t for t in asserted(events_of(text)) if t[1] == "REQUEST"] == []


def test_an_obligation_to_act_is_a_demand() -> None:
    events = events_of("Chile said Peru must withdraw its troops from the border.")
    assert ("withdraw", "REQUEST") in asserted(events)
