"""Commentary and standing relations are no acts (issue 11, events18c): a person the article
introduces as a commentator ("a senior fellow at an institute", "a professor of law") comments
on events, later mentions by name too (gold convention 10); a group described by whom it backs
("a committee supporting the mayor") is told as what it is, not as backing anyone; broadcast
hosts, editorials and people introduced by their politics alone comment too (events19o), and
what a rule permits or forbids is no act. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types, readings


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        (
            "Lena Brandt, a senior fellow at the Nordic Policy Forum, followed the fishing "
            "talks. Brandt was highly critical of the Kenyan government on Tuesday.",
            "ACCUSE",
        ),
        (
            "Tomas Veld, a professor of maritime law in Oslo, followed the talks. Veld was "
            "highly critical of the Ostland government on Tuesday.",
            "ACCUSE",
        ),
        (
            "Mara Lind, a longtime liberal, followed the fishing talks. Lind sharply "
            "criticized the Ostland government on Tuesday.",
            "ACCUSE",
        ),
    ],
)
def test_a_commentator_named_alone_later_still_comments(text: str, not_type: str) -> None:
    assert not_type not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        (
            "A farmer in Leeds gave $4,000 to a committee supporting Governor Ana Ruiz.",
            "SUPPORT",
        ),
        ("Donors poured money into groups backing Senator Paul Okafor.", "SUPPORT"),
    ],
)
def test_a_group_described_by_whom_it_backs_backs_no_one(text: str, not_type: str) -> None:
    assert not_type not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        (
            "Ana Ruiz, a former law professor, became a senator in May. On Tuesday Senator "
            "Ruiz sharply criticized the Kenyan government.",
            "ACCUSE",
        ),
        (
            "Three opposition parties issued statements on Monday supporting Ostland's bid "
            "to join the fishing treaty.",
            "SUPPORT",
        ),
        ("The governor backed Senator Paul Okafor on Friday.", "SUPPORT"),
        (
            "Senator Mara Lind, a conservative, sharply criticized the Ostland government "
            "on Tuesday.",
            "ACCUSE",
        ),
        (
            "Marco Diaz, a longtime critic of the harbour police, led the march. On Sunday "
            "Diaz demanded an inquiry into the shooting.",
            "REQUEST",
        ),
    ],
)
def test_actors_who_criticise_or_back_are_still_coded(text: str, plover_type: str) -> None:
    assert plover_type in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("Farmers polled by the Baltic Institute said they backed Governor Ana Ruiz.", "SUPPORT"),
        ("Voters surveyed in Leeds last week said they supported Senator Paul Okafor.", "SUPPORT"),
    ],
)
def test_what_a_poll_finds_is_no_act(text: str, not_type: str) -> None:
    assert not_type not in asserted_types(text)


def test_an_act_beside_a_mention_of_polls_is_still_coded() -> None:
    text = (
        "Governor Ana Ruiz, who leads in the polls, sharply criticized the Kenyan "
        "government on Tuesday."
    )
    assert "ACCUSE" in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        (
            "Radio host Tom Briggs sharply criticized the Ostland government on Monday over "
            "the fishing levy.",
            "ACCUSE",
        ),
        (
            "Tom Briggs, a talk show host in Bergen, followed the levy debate. Briggs urged "
            "the Ostland parliament on Monday to repeal the levy.",
            "REQUEST",
        ),
        (
            "A Daily Courier editorial on Sunday accused the Ostland government of wasting "
            "money on the new port.",
            "ACCUSE",
        ),
    ],
)
def test_broadcast_hosts_and_editorials_comment(text: str, not_type: str) -> None:
    """Gold convention 10: what a broadcast host or a paper's editorial argues is opinion."""
    assert not_type not in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Qatar, the host nation, condemned the attack on the embassy in Doha.", "ACCUSE"),
        ("The host government urged the rebels on Friday to free the hostages.", "REQUEST"),
    ],
)
def test_a_host_country_still_acts(text: str, plover_type: str) -> None:
    assert plover_type in asserted_types(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Ostland parliament passed a law that made it a crime to attack or threaten "
            "election officials.",
            "attack",
        ),
        (
            "Under party rules, Ostland delegates are free to support Senator Mara Lind at "
            "the convention.",
            "support",
        ),
    ],
)
def test_what_a_rule_permits_or_forbids_is_no_act(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"hypothetical"}
