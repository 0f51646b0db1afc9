"""Which Friday a bare weekday means (issues 11 and 17): the tense of its clause picks the
direction. A perfect infinitive is past ("claimed to have tested"); a weekday in the
possessive takes its noun's clause ("after Wednesday's attacks ... ratcheted up": behind;
"ahead of Tuesday's primary" under a present verb: ahead); a simple present in a relative
clause or under "if" is an arrangement or a condition ahead ("Orlen, which holds its primary
on Tuesday")."""

from __future__ import annotations

import pytest
from time_texts import times_by_text as times_of


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # 2024-01-09 is a Tuesday
        (
            "Tarvian leaders condemned the claim by Orlen to have tested a missile on Wednesday.",
            "2024-01-09",
            "Wednesday",
            "2024-01-03",
        ),
        # 2024-01-08 is a Monday
        (
            "The dispute over the port ratcheted up after Wednesday's attacks in Selm.",
            "2024-01-08",
            "Wednesday",
            "2024-01-03",
        ),
        # 2024-01-12 is a Friday
        (
            "Ana Brel barnstorms the coast ahead of Tuesday's primary.",
            "2024-01-12",
            "Tuesday",
            "2024-01-16",
        ),
        # an arrangement in a relative clause, told on a Friday; a condition, told on a Sunday
        (
            "Brel flew to Orlen, which holds its primary on Tuesday.",
            "2024-01-12",
            "Tuesday",
            "2024-01-16",
        ),
        (
            "If Koss wins the Selm contest on Friday, Brel will need a miracle.",
            "2024-01-14",
            "Friday",
            "2024-01-19",
        ),
    ],
)
def test_the_clause_picks_the_weekday(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # a waiting word on a noun, not on the verb: the nearest Friday, behind
        ("The Orlen share before Friday's sale is small.", "2024-01-08", "Friday", "2024-01-05"),
        # a past clause before a possessive: the noun may still be ahead, so the nearest
        (
            "Brel challenged Koss to a debate before Monday's caucus.",
            "2024-01-12",
            "Monday",
            "2024-01-08",
        ),
        # "for" a possessive: a past verb does not put the programme behind
        (
            "Brel spoke in an interview filed for Sunday's evening programme.",
            "2024-01-13",
            "Sunday",
            "2024-01-14",
        ),
        # a present progressive is left to nearness: it often tells a noun's past day
        (
            "Union leaders are hailing the mayor's speech on Thursday.",
            "2024-01-12",
            "Thursday",
            "2024-01-11",
        ),
        # a simple present with a possessive noun is left to nearness
        ("Wednesday's poll has Brel leading.", "2024-01-12", "Wednesday", "2024-01-10"),
        # a future perfect infinitive is not a past: "to" alone still looks ahead
        (
            "Brel is due to address the delegates on Thursday.",
            "2024-01-09",
            "Thursday",
            "2024-01-11",
        ),
    ],
)
def test_the_clause_leaves_the_weekday(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value
