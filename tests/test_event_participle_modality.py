"""A participle clause that tells how an act is done is as open as that act (issue 11
precision, twenty-fourth round, extra24p): "may impose sanctions, cutting aid" cuts no aid yet,
"will expel the envoys, cutting ties" cuts none yet. The same clause under an act that happened
stays asserted, as do one before its verb (its own circumstance) and one the parser hangs on a
quoted verb across the quote's end (the narrator's). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers, readings


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "The council may impose trade sanctions on Varnia, cutting foreign aid to its "
            "government.",
            "cutting foreign aid",
            "hypothetical",
        ),
        (
            "Tarvia will expel the Varnian envoys next week, cutting its ties with Varnia.",
            "cutting its ties",
            "future",
        ),
    ],
)
def test_a_participle_under_an_open_act_is_open(text: str, trigger: str, modality: str) -> None:
    assert readings(text, trigger) == {modality}


def test_a_participle_under_a_possible_attack_kills_no_one() -> None:
    text = "Tarvian rebels could attack the capital, killing hundreds of civilians, he warned."
    assert "killing" not in asserted_triggers(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        (
            "Tarvia expelled the Varnian envoys on Monday, cutting its ties with Varnia.",
            "cutting its ties",
            "SANCTION",
        ),
        (
            '"They should consider changing their name," the Tarvian spokesman added, '
            "further accusing the group of fraud.",
            "accusing",
            "ACCUSE",
        ),
        (
            "Denying he was a spy, the Tarvian envoy would walk the streets of Varnia at night.",
            "Denying",
            "REJECT",
        ),
    ],
)
def test_a_participle_under_a_told_act_stays_asserted(
    text: str, trigger: str, event_type: str
) -> None:
    assert trigger in asserted_triggers(text, event_type)
