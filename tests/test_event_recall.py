"""Events that news tells in words the coder once missed (issue 11, recall): trade measures,
..., each checked on sentences written for these tests, with the readings that must stay
events-free beside them."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.records import Event


def asserted_events(text: str) -> list[Event]:
    events = analyze("Regional News Roundup\n" + text, published="2024-03-04").events
    return [e for e in events if e.modality == "asserted"]


def countries(actors) -> set[str]:
    return {a.code[:3] for a in actors if a.code}


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Canada levied 25% tariffs on Mexican steel on Monday.", "SANCTION", "CAN", "MEX"),
        ("Peru is keeping its new tariffs on Chile in place.", "SANCTION", "PER", "CHL"),
        ("Brazil stepped up its trade war with Argentina on Monday.", "SANCTION", "BRA", "ARG"),
        ("Chile delayed the tariffs on Bolivia for a month.", "RETREAT", "CHL", "BOL"),
        ("Peru lifted its tariffs on Ecuador on Friday.", "RETREAT", "PER", "ECU"),
    ],
)
def test_trade_measures_are_sanctions_and_easing_them_a_retreat(
    text: str, plover: str, source: str, target: str
) -> None:
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == plover]
    assert countries(event.source) == {source}
    assert countries(event.target) == {target}


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister said a trade war with Chile would hurt both countries.",
        "The war in Sudan entered its third year on Monday.",
        "Argentine farmers fought a wildfire near Rosario for two days.",
    ],
)
def test_a_trade_war_only_hypothetical_and_a_war_in_arms_are_no_sanction(text: str) -> None:
    assert not [e for e in asserted_events(text) if e.plover["type"] == "SANCTION"]
