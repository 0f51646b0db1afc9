"""Pledges and promises that name no act (lowprec30): a claim stated in a tensed clause
("promised that he is staying in the race") and delegates bound to a candidate, which the
parser reads as a verb and its object ("leads in pledged delegates"). Each beside a pledge of
an act, which stays AGREE. Texts written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_types


@pytest.mark.parametrize(
    "text",
    [
        ("Senator Ana Ruiz leads in both pledged delegates and primary wins."),
        "Senator Ana Ruiz clinched a majority of regular, pledged delegates on Tuesday.",
        "Governor Tal Brenner pledged that Senator Ana Ruiz truly backs lower tariffs.",
        "Senator Ana Ruiz promised that she is remaining a candidate through the summer.",
    ],
)
def test_a_pledge_of_no_act_is_no_agreement(text: str) -> None:
    assert "AGREE" not in asserted_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tal Brenner pledged that he would cut the jobless rate in Karvia.",
        "The Karvian president promised to reverse the new rules on Monday.",
        "Karvia pledged 10 million dollars to Lunaria.",
    ],
)
def test_a_pledge_of_an_act_is_still_an_agreement(text: str) -> None:
    assert "AGREE" in asserted_types(text)
