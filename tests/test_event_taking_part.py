"""An event noun its subject only plans, hopes or is expected to take part in (issue 11,
modality class, seventeenth round, events17n): "intend to participate in the talks", "is
expected to take part in the negotiations" tell no talks held; taking part in the past stays
asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Two opposition parties said they intend to participate in the talks with the junta "
            "next week.",
            "talks",
        ),
        (
            "The Ghanaian delegation is expected to take part in the negotiations over the "
            "fishing treaty.",
            "negotiations",
        ),
        (
            "The Bolivian president hopes to be present at the summit of Andean leaders in Lima.",
            "summit",
        ),
    ],
)
def test_an_event_only_planned_to_take_part_in_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Ghanaian delegation took part in the negotiations over the fishing treaty on "
            "Tuesday.",
            "negotiations",
        ),
        ("The Bolivian president was present at the summit of Andean leaders in Lima.", "summit"),
    ],
)
def test_an_event_taken_part_in_stays_asserted(text: str, trigger: str) -> None:
    assert "asserted" in readings(text, trigger)
