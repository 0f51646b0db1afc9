"""Voters backing a candidate (issue 11 precision, thirty-first round, precision31). Backing
given by voters, supporters or fans, directly or through "who", is their vote or their cheers,
no act of a party: no SUPPORT. A named actor's backing, told the same ways, stays. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Those voters backed Governor Ruiz in the primary, according to the exit poll.",
        "The people who backed Governor Ruiz last year are now drifting away, the pollster said.",
        "Supporters who defend Governor Ruiz on cable news say he will win.",
    ],
)
def test_backing_by_voters_is_no_support(text: str) -> None:
    assert asserted_triggers(text, "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Marta Quell backed Governor Ruiz in the primary on Tuesday.", "backed"),
        (
            "Senator Marta Quell, who backed Governor Ruiz in the primary, spoke on Tuesday.",
            "backed",
        ),
    ],
)
def test_backing_by_a_named_actor_stays(text: str, trigger: str) -> None:
    assert asserted_triggers(text, "SUPPORT") == [trigger]
