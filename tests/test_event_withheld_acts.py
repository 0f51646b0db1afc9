"""An act told after a word of holding back is not done (issue 11, modality class, sixteenth
round, events16k): "refrained from praising", "are prohibited from killing", "gave no indication
of backing down". Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The dockers' union voted to refrain from praising the harbour master.",
            "praising",
        ),
        ("Officials said the council had refrained from endorsing the new plan.", "endorsing"),
        (
            "Hungary's ruling party gave no indication of backing down in the dispute.",
            "backing down",
        ),
        (
            "The council abstained from criticizing the governor over the fees.",
            "criticizing",
        ),
        # twenty-sixth round, modality26: a verb and its particle or adverb hold back together
        (
            "The mayor of Tessaly stopped short of calling for the sheriff's dismissal.",
            "calling",
        ),
        ("The Verdant Party decided to hold off on endorsing Ms. Okafor.", "endorsing"),
        (
            "The mayor of Tessaly praised the deputies but stopped short of calling for a recount.",
            "calling",
        ),
    ],
)
def test_an_act_held_back_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials said the council had endorsed the new plan.", "endorsed"),
        (
            "Opposition lawmakers in Kenya backed down on Monday after a long standoff.",
            "backed down",
        ),
        ("The council criticized the governor after refraining from comment.", "criticized"),
        ("The governor held talks on ending the dock strike with the union.", "talks"),
    ],
)
def test_an_act_done_stays_asserted(text: str, trigger: str) -> None:
    assert "asserted" in readings(text, trigger)
