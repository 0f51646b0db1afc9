"""Tariffs told by what is done with them (issue 11 recall, twenty-seventh round, recall27):
"tariff hikes on X", "a tariff increase", "tariff decisions" are a sanction (SANCTION 163), as
"tariffs" are. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, events_of


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Canada announced tariff hikes on Chinese steel on Monday.", "tariff hikes"),
        (
            "Last week Brazil issued a string of tariff decisions against Argentina.",
            "tariff decisions",
        ),
    ],
)
def test_a_tariff_act_is_a_sanction(text: str, trigger: str) -> None:
    found = [e for e in asserted_events(text) if trigger in e.trigger.text]
    assert [e.plover["type"] for e in found] == ["SANCTION"]


def test_a_tariff_increase_voted_on_is_not_yet_in_force() -> None:
    text = "The European Union will vote on Friday on a tariff increase on Chinese cars."
    found = [e for e in events_of(text) if "tariff increase" in e.trigger.text]
    assert [(e.plover["type"], e.modality) for e in found] == [("SANCTION", "future")]
