"""What a belief is about, and an act promised on a condition (issue 11 modality, thirtieth
round, modality30): an event noun a belief takes as given ("believes the attack was a
blunder") is told as one that happened; an act its doer will do "if" another acts is
hypothetical, as the VOA gold codes it, while the word given stays a promise or threat; an act
under "unless" stays future (an ultimatum). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings, types_of


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Marot's lawyer said he believed the arrest of the editor was a warning to other "
            "reporters.",
            "arrest",
        ),
        (
            "Some believe the army's attack on the convoy was a blunder by Varnian commanders.",
            "attack",
        ),
    ],
)
def test_an_event_a_belief_takes_as_given_is_asserted(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}


def test_an_act_only_believed_to_come_stays_open() -> None:
    text = "Analysts in Kelvar believe that Varnian troops could soon attack the border town."
    assert "asserted" not in readings(text, "attack")


def test_an_act_on_a_condition_is_hypothetical_and_its_threat_asserted() -> None:
    text = (
        '"If Tarvia raises its tariffs again, we will impose sanctions on Tarvian steel," the '
        "Varnian trade minister Ilse Maren said."
    )
    assert readings(text, "sanctions") == {"hypothetical"}
    assert readings(text, "said") == {"asserted"}
    assert "THREATEN" in types_of(text, "said")


def test_a_meeting_offered_on_a_condition_is_still_an_offer() -> None:
    text = (
        "Varnian trade minister Ilse Maren said on Tuesday that the president would meet Tarvian "
        "leader Oskar Brel if there is a prospect of a deal."
    )
    assert "AGREE" in types_of(text, "meet")


def test_an_ultimatum_stays_future() -> None:
    text = (
        "Varnia will expel the Tarvian ambassador unless Tarvia apologizes, the Varnian foreign "
        "minister said."
    )
    assert readings(text, "expel the Tarvian ambassador") == {"future"}
