"""A "not" that measures a time or a distance negates no act (issue 12 point 6, threaten29):
"It was not long ago that X and Y traded barbs", "It was not until Friday that X recalled its
envoy", "attacked a village not far from the border" tell acts that took place; "did not
attack" and "not so far" (not yet) still negate. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "It was not long ago that the Kenyan and Ugandan leaders were exchanging angry "
            "barbs over the border.",
            "exchanging angry barbs",
        ),
        (
            "It was not so long ago that Peru accused Chile of spying on its navy.",
            "accused",
        ),
        (
            "It was not until Friday that Chile recalled its ambassador from Lima.",
            "recalled its ambassador",
        ),
        ("Rebels attacked a village not far from the Malian border on Sunday.", "attacked"),
    ],
)
def test_a_not_that_says_when_or_where_leaves_the_act_asserted(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels did not attack the village near the Malian border.", "attack"),
        ("Chile did not recall its ambassador from Lima.", "recall its ambassador"),
        ("Rebels have not attacked the village, at least not so far.", "attacked"),
    ],
)
def test_a_not_on_the_act_still_negates_it(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"negated"}
