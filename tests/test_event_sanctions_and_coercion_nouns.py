"""Coercion and sanctions the codebooks lacked words for (issue 11 recall, twenty-fifth round,
recall25a): a state's imposition of sanctions or duties, measures against a country and
sanctions a relative clause says who imposed are sanctions; a cell or ring dismantled or broken
up, people confined in camps, a vessel boarded by a state's officers are coercion. The same
words where no state acts on anyone stay uncoded: martial law imposed is no sanction, banks
broken up and laws dismantled are reforms, marchers confined to a route and tourists boarding a
ferry coerce no one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, types_of


@pytest.mark.parametrize(
    ("coded", "uncoded", "trigger", "event_type"),
    [
        (
            "Markets in Tarvo fell after Morvia's imposition of sanctions last year.",
            "Voters in Tarvo fear the imposition of martial law in the north.",
            "imposition",
            "SANCTION",
        ),
        (
            "Parvan asked for talks over Morvia's imposition of import duties on its steel.",
            "Voters in Tarvo fear the imposition of martial law in the north.",
            "imposition",
            "SANCTION",
        ),
        (
            "Analysts pointed to China's punitive measures against Australia last year.",
            "The ministry announced new measures against the virus on Monday.",
            "measures",
            "SANCTION",
        ),
        (
            "The Morvian counterterror agency broke up a terrorist cell in Tarvo.",
            "Regulators broke up the biggest bank in Tarvo in 1984.",
            "broke up",
            "COERCE",
        ),
        (
            "Police in Tarvo dismantled a smuggling ring operating from the harbor.",
            "The new senate dismantled the health law last year.",
            "dismantled",
            "COERCE",
        ),
        (
            "More than 1,000 Kesh have been confined in internment camps in Morvia.",
            "The city of Tarvo confined all marchers to one route.",
            "confined",
            "COERCE",
        ),
        (
            "Morvian authorities have boarded foreign fishing boats near Tarvo.",
            "Hundreds of tourists boarded the ferry to Tarvo on Sunday.",
            "boarded",
            "COERCE",
        ),
    ],
)
def test_states_sanctioning_and_taking_groups_apart_are_coded(
    coded: str, uncoded: str, trigger: str, event_type: str
) -> None:
    """The word coded where a state acts on someone; where no one is acted on, not."""
    assert event_type in types_of(coded, trigger)
    assert event_type not in types_of(uncoded, trigger.split()[0])


def test_the_imposing_state_holds_the_sanction() -> None:
    (event,) = [
        e
        for e in asserted_events("Markets in Tarvo fell after Morvia's imposition of sanctions.")
        if "imposition" in e.trigger.text
    ]
    assert [a.text for a in event.source] == ["Morvia"]


def test_sanctions_a_relative_clause_says_who_imposed_are_theirs() -> None:
    """A support verb in a relative clause carries the noun as one over it does: its subject
    imposed the sanctions, its phrase names on whom; counted attacks stay a tally."""
    (event,) = [
        e
        for e in asserted_events("The sanctions Morvia imposed on Parvan hurt its economy.")
        if e.trigger.text == "sanctions"
    ]
    assert event.plover["type"] == "SANCTION"
    assert [a.text for a in event.source] == ["Morvia"]
    assert [a.text for a in event.target] == ["Parvan"]
    assert not types_of(
        "The militia plans to double the number of attacks it carried out in Tarvo last year.",
        "attacks",
    )
