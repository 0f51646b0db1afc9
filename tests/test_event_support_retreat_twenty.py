"""SUPPORT and RETREAT in senses that back no one and yield nothing, twentieth round
(events20s): an audience applauding, a tally praised, a party defending its seats, a group
described by whom it backs, money freed up, a standing surrendered. Each beside the same word
told as the act. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    "text",
    [
        "The crowd in Port Alder applauded loudly.",
        "Senator Ana Ruiz hailed the record jobs numbers on Friday.",
        "The governor praised the turnout in the northern districts.",
        "Karvia's ruling party is defending six seats in the Senate this year.",
        (
            "A Lunarian professor is at the center of a set of gifts in 2019 to a new super"
            " PAC supporting Democratic nominee Ana Ruiz, a newspaper analysis shows."
        ),
    ],
)
def test_no_party_backed(text: str) -> None:
    assert "SUPPORT" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Ruiz applauded the governor's decision.",
        "The reform was applauded by Senator Ruiz.",
        "Karvia hailed the court ruling on Friday.",
        "Senator Ana Ruiz praised authoritarian figures such as Karvian President Tal Brenner.",
        "The minister defended the governor on Tuesday.",
        "Karvia is supporting the rebels in Lunaria.",
    ],
)
def test_a_party_or_its_act_backed_is_still_coded(text: str) -> None:
    assert "SUPPORT" in asserted_types(text)


@pytest.mark.parametrize(
    ("party_named", "no_party"),
    [
        (
            "Karvia hailed the growth of its trade with Lunaria on Monday.",
            "Karvia hailed strong economic growth on Monday.",
        ),
        (
            "The Karvian government praised the poll in Lunaria as free and fair.",
            "Senator Ana Ruiz hailed a new poll showing her ahead.",
        ),
    ],
)
def test_a_tally_that_names_a_party_is_praise_of_it(party_named: str, no_party: str) -> None:
    """A tally whose phrase names a party ("the poll in Lunaria") is that party's, and
    praising it backs the party; a tally of no one ("strong economic growth") backs no one."""
    assert "SUPPORT" in asserted_types(party_named)
    assert "SUPPORT" not in asserted_types(no_party)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tal Brenner has freed up $40 million in state funds to fight the outbreak.",
        "Karvia surrendered its authority over the port to its neighbours.",
    ],
)
def test_nothing_yielded(text: str) -> None:
    assert "RETREAT" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karvian police freed the hostages on Monday.",
        "The Karvian army surrendered to the rebels.",
    ],
)
def test_a_release_or_a_surrender_is_still_coded(text: str) -> None:
    assert "RETREAT" in asserted_types(text)


@pytest.mark.parametrize(
    ("no_troops", "troops"),
    [
        (
            "Senator Ana Ruiz withdrew on Monday, citing poor health.",
            "Karvia withdrew on Monday after talks collapsed.",
        ),
        (
            "The Karvian administration withdrew in 2019, and the fishing pact collapsed.",
            "The Karvians withdrew in 2019, and the border war ended.",
        ),
    ],
)
def test_withdrawing_alone_is_a_pull_out_only_for_a_country(no_troops: str, troops: str) -> None:
    """Told with nothing withdrawn and nowhere left, a country or a people withdrawing pulls
    out its forces; a senator or an administration leaves a race, a post or a deal."""
    assert "RETREAT" not in asserted_types(no_troops)
    assert "RETREAT" in asserted_types(troops)
