"""A decision verb over a negated or withheld act (issue 11, modality class, sixteenth round,
events16r): "decided not to expel", "decided never to meet", "decided to refrain from
condemning" tell an act not done; "decided to expel" still asserts it. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile's senate decided never to condemn the Bolivian consul again.", "condemn"),
        ("Chile's senate decided not to impose sanctions on the Bolivian airline.", "sanctions"),
        ("Chile's senate decided to refrain from condemning the Bolivian consul.", "condemning"),
        ("Chile's senate decided not to condemn the Bolivian consul but to praise him.", "condemn"),
    ],
)
def test_an_act_decided_against_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile's senate decided to impose sanctions on the Bolivian airline.", "sanctions"),
        ("Peru's cabinet decided to expel the Ecuadorian envoy.", "expel the Ecuadorian envoy"),
        ("Chile's senate decided not to condemn the Bolivian consul but to praise him.", "praise"),
    ],
)
def test_an_act_decided_on_stays_asserted(text: str, trigger: str) -> None:
    assert "asserted" in readings(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Marlow's council may decide to expel the Tarvian envoy next month.",
            "expel the Tarvian envoy",
        ),
        (
            "If Marlow's council decides to impose sanctions on Tarvia, the port will close.",
            "sanctions",
        ),
        (
            "The union might picket the depot if members decide to launch attacks on the mayor.",
            "attacks",
        ),
    ],
)
def test_an_act_of_a_decision_not_taken_is_not_asserted(text: str, trigger: str) -> None:
    """Twenty-sixth round, modality26: the decision is open, so is the act it would take."""
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found
