"""A passive in the plural present with no agent and no time tells what is done to people in
general, not an act (issue 11 modality, twenty-second round, events22g): "villagers are being
killed", "farmers are beaten when they cross". With an agent, a time, or people told of
("the protesters", "forty villagers") it is news and stays asserted. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Villagers are being killed across the border province, the mayor of Parvan said.",
            "killed",
        ),
        (
            "Farmers are beaten and detained when they cross the river, a Talvar official said.",
            "beaten",
        ),
        (
            "Farmers are beaten and detained when they cross the river, a Talvar official said.",
            "detained",
        ),
    ],
)
def test_what_is_done_to_people_in_general_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protesters in Morvia are being detained by police, witnesses said.", "detained"),
        ("Forty villagers are killed on Monday in Parvan, officials said.", "killed"),
        ("Villagers were killed in the attack on Parvan, officials said.", "killed"),
        ("A Talvar farmer is beaten by border guards in the video.", "beaten"),
    ],
)
def test_acts_told_with_a_doer_a_time_or_a_past_stay_asserted(text: str, trigger: str) -> None:
    assert "asserted" in readings(text, trigger)
