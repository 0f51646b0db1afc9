"""Words that fix a date's direction whatever the verb (issue 17): a date after "since" is
behind the publication day, and a season under a future verb that is over by that day is
next year's."""

from __future__ import annotations

import pytest
from time_texts import times_by_text as times_of


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            "In Selm there are hundreds of break-ins, hundreds since January 1st.",
            "2024-09-20",
            "January 1st",
            "2024-01-01",
        ),
        (
            "The Selm clinic counts 300 cases, 40 of them since November.",
            "2024-08-20",
            "November",
            "2023-11",
        ),
        (
            "Tarvian exports are at their lowest level since October, the ministry says.",
            "2024-07-10",
            "October",
            "2023-10",
        ),
        (
            "The Tarvian ceasefire holds since Friday, the envoy says.",
            "2024-06-12",
            "Friday",
            "2024-06-07",
        ),
        (
            "Volunteers said they have been canvassing the Orlen district since the spring.",
            "2024-02-17",
            "the spring",
            "2023-SP",
        ),
        # already behind: unchanged
        ("Brel has led the Orlen polls since March.", "2024-06-10", "March", "2024-03"),
    ],
)
def test_a_date_since_which_something_holds_is_behind(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            "The Selm film is set to reach cinemas in the summer, its producer said.",
            "2024-12-10",
            "the summer",
            "2025-SU",
        ),
        (
            "The Tarvian museum will open a new wing in the spring.",
            "2024-11-03",
            "the spring",
            "2025-SP",
        ),
        # a season not yet over stays this year's
        ("The Orlen bridge will reopen in the summer.", "2024-04-10", "the summer", "2024-SU"),
        ("The Orlen bridge will reopen in the fall.", "2024-10-10", "the fall", "2024-FA"),
    ],
)
def test_a_season_over_under_a_future_verb_is_next_years(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value
