"""Recall on real news (issue 11, events11m): envoys convening meet and holding hostages is
hostage-taking; a court convening meets no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers, events_of


def test_envoys_convening_meet() -> None:
    text = "Foreign ministers from the African Union convened in Addis Ababa on Tuesday."
    assert asserted_triggers(text, "CONSULT") == ["convened"]


def test_a_court_convening_meets_no_one() -> None:
    assert asserted_triggers("Kenya's Supreme Court convened on Monday.", "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Al-Shabab fighters are holding 40 hostages in a hotel in Mogadishu.", "holding"),
        ("Boko Haram militants are still holding more than 100 hostages.", "holding"),
    ],
)
def test_holding_hostages_is_hostage_taking(text: str, trigger: str) -> None:
    codes = [e.cameo for e in events_of(text) if e.trigger.text.startswith(trigger)]
    assert codes == ["181"]
