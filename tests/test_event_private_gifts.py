"""A gift of money is news only when a public actor gives it (issue 11, class `private`): a
donor's or a private person's gift to a charity is no AID event; a state's or an agency's is.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Wealthy donors and individuals gave millions of dollars to the hospital charity.",
        "The retired banker Tom Elgar donated $40,000 to the city's animal shelter last year.",
        "Many people who attended the gala gave money to the foundation, the organizers said.",
        "A local businessman gave funds to the school's music program on Friday.",
    ],
)
def test_a_private_gift_of_money_is_no_aid(text: str) -> None:
    assert asserted_triggers(text, "AID") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan donated $40 million to the refugee agency on Monday.",
        "The European Union gave money to Jordan to house refugees, officials said.",
        "Norway's government donated $5 million to the relief effort in Sudan.",
    ],
)
def test_a_public_actor_giving_money_is_aid(text: str) -> None:
    assert asserted_triggers(text, "AID") != []
