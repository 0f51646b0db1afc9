"""Asserted events that are no events (issue 11 precision, twenty-sixth round, precision26):
fighting for freedom or democracy is a struggle for a cause, no combat; a ban or detention in
the simple present with a recurring time ("each year", "every summer") is a standing rule, not
one act. The same verbs told as a fight for ground or a group, or dated to one day, stay
asserted; a position held in the simple present by a group in general ("most lawmakers agree",
"a nominee who many members oppose") describes who holds a view, while one named side's
stance stays asserted. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings, types_of


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Villagers in Norland say they are fighting for their freedom and for democracy.",
            "fighting",
        ),
        ("Students in Kavala fought for democracy in the capital for years.", "fought"),
        ("The two parties waged a long battle for freedom of the press.", "battle"),
    ],
)
def test_a_fight_for_a_cause_is_no_combat(text: str, trigger: str) -> None:
    assert "ASSAULT" not in types_of(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels fought for control of the border town on Tuesday.", "fought"),
        ("Soldiers fought for the rebels near Kavala on Monday.", "fought"),
    ],
)
def test_a_fight_for_ground_or_a_side_stays_combat(text: str, trigger: str) -> None:
    assert "ASSAULT" in types_of(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Officials said the ministry bans fishing in the southern bay in the middle of "
            "each year to protect stocks.",
            "bans",
        ),
        ("The ministry bans fishing in the southern bay every summer.", "bans"),
        (
            "The ministry bans fishing in the southern bay in the middle of each year, and in "
            "March it approved a new coast guard law.",
            "bans",
        ),
    ],
)
def test_a_rule_with_a_recurring_time_is_not_asserted(text: str, trigger: str) -> None:
    assert "asserted" not in readings(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry banned fishing in the southern bay on Monday.", "banned"),
        ("The ministry bans fishing in the southern bay from Monday.", "bans"),
        (
            "The ministry bans fishing in the southern bay from Monday, and in March it "
            "approved a new coast guard law.",
            "bans",
        ),
    ],
)
def test_a_ban_dated_to_one_day_stays_asserted(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Most Norland lawmakers agree that the governor should resign over the scandal.", "agree"),
        ("Many voters in Kavala support the new ceasefire.", "support"),
        ("The party now has a nominee who many of its members strongly oppose.", "oppose"),
    ],
)
def test_a_position_held_by_many_is_no_act(text: str, trigger: str) -> None:
    assert "asserted" not in readings(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Kavala Front also opposes Ostrian investment in the province.", "opposes"),
        ("Both Norland and Ostria reject the claims that their mine harms villagers.", "reject"),
    ],
)
def test_one_sides_stance_stays_asserted(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}
