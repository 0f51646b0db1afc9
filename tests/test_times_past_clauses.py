"""Dates told in a past clause stay in the past (issue 17, issue 11): a month without a year
under a past verb, under a bare -ing participle of one, and "N years later" counted from the
story's present, none of which may land after the publication day."""

from __future__ import annotations

import pytest
from time_texts import times_by_text as times_of


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("Talks failed at the summit held in February.", "2024-12-18", "February", "2024-02"),
        (
            "The two leaders held a summit in Moscow in September, and trade has grown since.",
            "2024-06-28",
            "September",
            "2023-09",
        ),
        ("The two leaders will hold a summit in September.", "2024-06-28", "September", "2024-09"),
        ("The ministers met in December.", "2024-12-18", "December", "2024-12"),
    ],
)
def test_a_month_in_a_past_clause_reaches_back_to_its_last_day(
    text: str, published: str, expression: str, value: str
) -> None:
    """A month is all its days: a summit "held in February", told in mid-December, is ten
    months back from the end of February, within the reach of a past verb."""
    assert times_of(text, published)[expression].value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        (
            "The company's shares have swung widely, climbing to a peak in June from a low "
            "in March.",
            "2024-10-30",
            "March",
            "2024-03",
        ),
        (
            "The army has stepped up pressure by staging drills since May.",
            "2024-12-18",
            "May",
            "2024-05",
        ),
    ],
)
def test_a_bare_participle_takes_the_tense_of_its_verb(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value


def test_a_loan_extended_through_a_month_points_ahead() -> None:
    found = times_of("The bank has extended the loans through January.", "2024-10-30")
    assert found["January"].value == "2025-01"


def test_years_later_never_land_after_the_publication_day() -> None:
    """Counted from the story's present ("opened Monday") rather than from the year it meant,
    named only inside a noun ("the 2004 bombing"), "two decades later" would be 2041: no value."""
    text = (
        "A trial opened Monday over the 2004 bombing of the base. "
        "Nearly two decades later, the attack still raises questions."
    )
    found = times_of(text, "2021-03-29")
    assert found["Monday"].value == "2021-03-29"
    assert found["Nearly two decades later"].value is None


def test_years_later_from_a_year_the_text_gives_keep_their_value() -> None:
    found = times_of("The plant opened in 2001. Two years later it closed.", "2021-03-29")
    assert found["Two years later"].value == "2003"


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("The tax credit expires in November.", "2024-03-16", "November", "2024-11"),
        (
            "Whoever wins in November will face a divided Senate.",
            "2024-05-16",
            "November",
            "2024-11",
        ),
        ("The new overtime rule takes effect on Jan. 1.", "2024-05-08", "Jan. 1", "2025-01-01"),
        (
            "The school budget, which runs out Sept. 30, is already overspent.",
            "2024-01-20",
            "Sept. 30",
            "2024-09-30",
        ),
    ],
)
def test_a_month_that_dates_a_present_verb_is_ahead(
    text: str, published: str, expression: str, value: str
) -> None:
    """A present verb dated by a month without a year tells what is due, so the coming month,
    however near the last one is."""
    assert times_of(text, published)[expression].value == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("A poll in February shows the mayor well ahead.", "2024-05-18", "February", "2024-02"),
        ("The weak August figures are a worry for the bank.", "2024-11-09", "August", "2024-08"),
    ],
)
def test_a_month_that_dates_a_noun_stays_the_nearest(
    text: str, published: str, expression: str, value: str
) -> None:
    assert times_of(text, published)[expression].value == value
