"""Word senses and frames that read no event (issue 11 precision, twenty-fourth round,
precision24): a clash or battle "over" something is a quarrel, one released from a hospital is
discharged, fireworks that shoot attack no one, and forces that arrive nowhere named are no
deployment. The same words in the combat, captivity and peacekeeping they name stay coded.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import types_of


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        (
            "Rival delegates clashed over the credentials of the new members on Saturday.",
            "clashed",
            "ASSAULT",
        ),
        (
            "The two parties battled over who had written the budget, aides said.",
            "battled",
            "ASSAULT",
        ),
        (
            "The governor was released from the hospital on Monday, his aides said.",
            "released",
            "RETREAT",
        ),
        (
            "Fireworks were shooting over Lake Tarvo an hour after the speech.",
            "shooting",
            "ASSAULT",
        ),
        (
            "Morvian forces also arrived and controlled the site after four hours, he added.",
            "arrived",
            "AID",
        ),
    ],
)
def test_quarrels_discharges_and_displays_are_no_acts(
    text: str, trigger: str, event_type: str
) -> None:
    assert event_type not in types_of(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        (
            "Police clashed with protesters over the new tax in Parvan on Saturday.",
            "clashed",
            "ASSAULT",
        ),
        (
            "Protesters and police clashed over the weekend in Parvan, witnesses said.",
            "clashed",
            "ASSAULT",
        ),
        (
            "Rebels battled government troops over the weekend near Tarvo, the army said.",
            "battled",
            "ASSAULT",
        ),
        (
            "The rebels released the journalist on Monday, the Morvian ministry said.",
            "released",
            "RETREAT",
        ),
        ("Gunmen were shooting at the convoy near Tarvo, the army said.", "shooting", "ASSAULT"),
        ("Kenyan peacekeepers arrived in Bangui on Monday, the U.N. said.", "arrived", "AID"),
    ],
)
def test_combat_captives_and_peacekeepers_stay_coded(
    text: str, trigger: str, event_type: str
) -> None:
    assert event_type in types_of(text, trigger)
