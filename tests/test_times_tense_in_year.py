"""A month without a year in a clause with a tense (issue 17): the tense picks the publication
year's month however far back or ahead in that year it lies ("visited in January", told in
December), and an -ing participle with no tense of its own, a reduced relative ("the minister,
speaking in November, said") or parsed as the root of its sentence, takes its finite verb's."""

from __future__ import annotations

import pytest
from time_texts import times_by_text as times_of


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("Tourists visited the island of Marn in January.", "2024-12-18", "January", "2024-01"),
        (
            "Visitors came to Selm from January through July this year, the port said.",
            "2024-12-18",
            "January",
            "2024-01",
        ),
        ("Tarvia will hold its elections in December.", "2024-01-10", "December", "2024-12"),
        # within the reach a tense already had: as before
        ("The ministers met in December.", "2024-12-18", "December", "2024-12"),
        (
            "The Selm council has chosen Nov. 10 for its vote.",
            "2024-10-20",
            "Nov. 10",
            "2024-11-10",
        ),
    ],
)
def test_a_tense_reaches_any_month_of_the_publication_year(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            "The minister, speaking in November, said the talks would resume.",
            "2025-03-12",
            "November",
            "2024-11",
        ),
        (
            "Defense Minister Ana Brel, also speaking in late January, called the camp a disgrace.",
            "2025-03-12",
            "late January",
            "2025-01",
        ),
        # a participle under a verb about what is ahead stays ahead
        (
            "The minister, speaking in November, will open the new bridge at Orlen.",
            "2025-03-12",
            "November",
            "2025-11",
        ),
    ],
)
def test_a_participle_without_a_tense_takes_its_finite_verbs(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value
