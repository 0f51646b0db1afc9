"""Words of meeting, travel, charging and refusing read as what users meet in the judged
samples, twenty-first round (events21u): a statement to the press or a rumour is no
consultation ("discussed the row with radio host X", "phoning into the networks", "all the
talk of decline"); a trip inside one's own country visits no other party ("the president
arrived in Lyon"); a body "charged with overseeing" something is given a task, not accused;
"declined to describe the device" withholds a comment (CAMEO 011), refusing no one; a gunman
who "killed himself" attacks no one. Each case pairs the reading with the same word told as
the act. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers, asserted_types


@pytest.mark.parametrize(
    ("speech", "consultation"),
    [
        (
            "The senator discussed the dispute with radio host Tom Berrin on Thursday.",
            "The senator discussed the dispute with Karvian officials on Thursday.",
        ),
        (
            "The governor of Texas spent the afternoon phoning into several networks.",
            "The governor of Texas spent the afternoon phoning the Mexican president.",
        ),
        (
            "All the talk of Karvia's decline is hot air, the minister said on Monday.",
            "Karvia and Veloria held talks in Dalvora on Monday.",
        ),
    ],
)
def test_speech_to_the_press_or_a_rumour_is_no_consultation(speech: str, consultation: str) -> None:
    assert "CONSULT" not in asserted_types(speech)
    assert "CONSULT" in asserted_types(consultation)


@pytest.mark.parametrize(
    "consultation",
    [
        "The Jordanian minister discussed the refugee crisis with host governments in Beirut.",
        "The Indian prime minister talked with his Japanese hosts about trade on Monday.",
    ],
)
def test_a_diplomatic_host_is_a_party_not_the_press(consultation: str) -> None:
    """'host' and 'anchor' name the press only as a title before a name ("radio host Tom
    Berrin"); a summit's or a refugee crisis's hosts are parties to the talks."""
    assert "CONSULT" in asserted_types(consultation)


def test_a_trip_inside_ones_own_country_visits_no_one() -> None:
    assert "CONSULT" not in asserted_types(
        "French President Jean Moreau arrived in Lyon on Monday to campaign for the party."
    )
    assert "CONSULT" in asserted_types(
        "French President Jean Moreau arrived in Berlin on Monday for talks."
    )
    assert "CONSULT" in asserted_types(  # a body of states is another party
        "President Jean Moreau of France visited the United Nations on Monday."
    )
    assert "CONSULT" in asserted_types(  # a trip the sentence places abroad
        "The French defence minister visited French troops in Mali on Monday."
    )


@pytest.mark.parametrize(
    "task",
    [
        "The State Department, which was charged with facilitating the transition in Karvia, "
        "has not succeeded.",
        "The U.N. Security Council charged the agency with overseeing the vote in Karvia.",
    ],
)
def test_a_body_charged_with_a_task_is_not_accused(task: str) -> None:
    assert asserted_triggers(task, "ACCUSE") == []
    assert asserted_triggers(
        "Tom Berrin was charged with killing a guard in Dalvora.", "ACCUSE"
    ) == ["charged"]


def test_declining_to_describe_something_refuses_no_one() -> None:
    assert (
        asserted_triggers(
            "Inspector Mara Kell declined to describe the device in detail.", "REJECT"
        )
        == []
    )
    assert asserted_triggers("Inspector Mara Kell declined to attend the hearing.", "REJECT") == [
        "declined"
    ]


def test_killing_oneself_is_no_attack() -> None:
    assert "killed" not in asserted_triggers(
        "Police found only one gunman, who killed himself after the attack on the Dalvora mall.",
        "ASSAULT",
    )
    assert "killed" in asserted_triggers(
        "The gunman killed two guards at the Dalvora mall.", "ASSAULT"
    )


def test_killing_oneself_and_others_is_an_attack_on_the_others() -> None:
    assert "killed" in asserted_triggers(
        "A suicide bomber killed himself and 12 soldiers at a checkpoint near Dalvora.", "ASSAULT"
    )
