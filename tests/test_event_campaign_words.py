"""The words of an election campaign are no violence (issue 11 precision, twenty-fourth round,
campaign24): in a story about candidates competing for votes, "attacks" between them are
criticism or no event, "a blow", a "clash" or a "fight" between campaigns no combat, a rally
no protest, and a candidate's appeal no request. A shooting at a rally, police clashing with
protesters and troops fighting rebels in the same story stay attacks. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events

CAMPAIGN = (
    "Voters in Ghana go to the polls on Tuesday in the ruling party primary. The two "
    "candidates, Senator Mara Orlin and Governor Teodor Hask, met in a televised debate last "
    "week. Polls show Ms. Orlin ahead among older voters, and the winner will become the "
    "party's nominee."
)
"""A story of a campaign: its candidates, voters, polls, primary, debate and nominee."""


def types_in_campaign(sentence: str, trigger_word: str) -> set[str]:
    """The PLOVER types of the asserted events of `sentence`, told after a campaign's opening,
    whose trigger holds `trigger_word`."""
    start = len(CAMPAIGN) + 1
    return {
        event.plover["type"]
        for event in asserted_events(f"{CAMPAIGN} {sentence}")
        if trigger_word in event.trigger.text and event.trigger.start >= start
    }


@pytest.mark.parametrize(
    ("sentence", "trigger", "event_type"),
    [
        (
            "Senator Orlin dealt a severe blow to Governor Hask with a strong win in the north.",
            "blow",
            "ASSAULT",
        ),
        (
            "Senator Orlin and Governor Hask leveled sharp attacks against one another in Accra.",
            "attacks",
            "ASSAULT",
        ),
        ("Governor Hask's supporters attended the rally in Accra on Sunday.", "rally", "PROTEST"),
        ("The party's appeal to young voters was clear on Monday.", "appeal", "REQUEST"),
        (
            "Governor Hask's campaign clashed with the party leadership on Friday.",
            "clashed",
            "ASSAULT",
        ),
        ("The ruling party is fighting the opposition party in the north.", "fighting", "ASSAULT"),
        (
            "Opposition lawmakers attacked the government on Monday over the vote count.",
            "attacked",
            "ASSAULT",
        ),
    ],
)
def test_campaign_contests_are_no_violence_or_protest(
    sentence: str, trigger: str, event_type: str
) -> None:
    assert event_type not in types_in_campaign(sentence, trigger)


def test_attacking_a_rival_in_a_campaign_is_criticism() -> None:
    sentence = "Opposition lawmakers attacked the government on Monday over the vote count."
    assert "ACCUSE" in types_in_campaign(sentence, "attacked")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("A gunman attacked the rally in Accra on Sunday, wounding two voters.", "attacked"),
        ("Police clashed with protesters outside the debate hall on Friday.", "clashed"),
        ("Rebels attacked an army base near the border on Sunday.", "attacked"),
        ("Ghanaian troops fought rebels near the border on Sunday.", "fought"),
    ],
)
def test_force_in_a_campaign_stays_an_attack(sentence: str, trigger: str) -> None:
    assert "ASSAULT" in types_in_campaign(sentence, trigger)
